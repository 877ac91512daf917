// The fifth red-team set, round 20, written before the cleaner was run on it: the chrome of Ukrainian, Polish,
// German and French news sites around coverage of Ukraine's NATO bid. "Read also" teasers, "Most read" rails with
// view counts, Telegram and Google News plugs, "Noticed a mistake? Ctrl+Enter", "rest of the article below the
// video", "Weiterlesen nach der Anzeige", "La suite après cette publicité", subscriber-only lines, share rows and
// favourites buttons, and the issue's rail of sixteen headlines with no label in Ukrainian. Guards: paragraphs
// that open like chrome ("Джерело ...", "Dalsza część ...", "Folgen Sie ...", "Partager ...").
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { shell5 } from './redteam5-shells.js';
import { DEU, FRA, POL, UKR } from './redteam5-stories.js';

export const CASES20: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES20.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const withPara = (s: Story, i: number, para: string): Story => ({
  ...s,
  paras: [...s.paras.slice(0, i), para, ...s.paras.slice(i)],
});
const a = (text: string, n: number): string => `<a href="/news/${2026060400 + n}-${n * 37}.html">${text}</a>`;

/** Sixteen Ukrainian headlines of our own on other subjects. */
const UA_HEADS = [
  'У Житомирі відкрили новий міст через Тетерів',
  'Синоптики попередили про грози на заході країни',
  'Ціни на гречку зросли вперше за пів року',
  'Київська футбольна команда підписала нового воротаря',
  'У Львові відновили рух трамваїв на Городоцькій',
  'Фермери Полтавщини почали збирати ранній ячмінь',
  'Столичний театр оголосив прем’єру нового сезону',
  'Енергетики попередили про планові відключення в області',
  'На Закарпатті туристів просять не ходити в гори',
  'Студенти-медики пройдуть практику в сільських амбулаторіях',
  'Музей у Чернігові отримав колекцію старовинних карт',
  'Залізниця призначила додаткові потяги до моря',
  'У Вінниці ремонтують дах обласної бібліотеки',
  'Школи готуються до нового навчального року в укриттях',
  'Рятувальники навчають дітей правил безпеки на воді',
  'Волонтери зібрали кошти на новий автомобіль для лікарні',
];
const PL_HEADS = [
  'Pociągi na trasie do Krakowa pojadą szybciej od września',
  'Rolnicy z Podlasia skarżą się na niskie ceny zboża',
  'Wisła pokonała lidera po golu w ostatniej minucie',
  'W Gdańsku otwarto nowy most zwodzony na Motławie',
  'Synoptycy zapowiadają falę upałów w przyszłym tygodniu',
];
const DE_HEADS = [
  'Bahn kündigt neue Baustellen auf der Rheinstrecke an',
  'Stadtrat beschließt höhere Parkgebühren in der Innenstadt',
  'Winzer rechnen nach dem Hagel mit kleiner Ernte',
  'Freibad öffnet nach Sanierung früher als geplant',
  'Handballer verlieren das Derby knapp in der Nachspielzeit',
];
const FR_HEADS = [
  'Les agriculteurs de la Sarthe inquiets après la grêle',
  'Le tramway de Nantes prolongé jusqu’à la gare sud',
  'Un festival de jazz annulé faute de bénévoles',
  'Les prix de l’immobilier reculent pour la deuxième année',
  'Le club de basket local recrute un nouvel entraîneur',
];

add(
  'Ukrainian: "Читайте також" teasers between paragraphs and a "Найпопулярніше" rail with view counts',
  UKR,
  shell5(
    'intl',
    UKR,
    {
      at: {
        1: `<p><strong>Читайте також:</strong> ${a(UA_HEADS[0] ?? '', 1)}</p>`,
        3: `<p class="read-also">ЧИТАЙТЕ ТАКОЖ ${a(UA_HEADS[1] ?? '', 2)}</p>`,
      },
      side: `<div class="most-popular"><h3>Найпопулярніше</h3><ul>${UA_HEADS.slice(2, 7)
        .map((h, i) => `<li>${a(h, 10 + i)}<span class="views">${(9 - i) * 1137}</span></li>`)
        .join('')}</ul></div>`,
    },
    'uk',
  ),
  ['Читайте також', UA_HEADS[0] ?? '', UA_HEADS[1] ?? '', 'Найпопулярніше', ...UA_HEADS.slice(2, 7)],
);

add(
  'Ukrainian: Telegram plug, share row, "Помітили помилку? ... Ctrl+Enter" and an agency line under the story',
  UKR,
  shell5(
    'intl',
    UKR,
    {
      tail: `<p class="source">Джерело: Укрінформ</p><div class="tg-plug"><p>Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися головні новини.</p></div><div class="share"><span>Поділитися:</span><a href="https://fb.example/share">Facebook</a><a href="https://tg.example/share">Telegram</a></div><p class="typo">Помітили помилку? Виділіть її та натисніть Ctrl+Enter.</p>`,
    },
    'uk',
  ),
  ['Джерело: Укрінформ', 'Підписуйтесь на наш Telegram-канал', 'Поділитися', 'Помітили помилку', 'Ctrl+Enter'],
);

add(
  'Ukrainian: the issue shape, sixteen headlines with no label under the story, "Новини партнерів" after',
  UKR,
  shell5(
    'intl',
    UKR,
    {
      at: { 4: `<div class="feed-inline">${UA_HEADS.map((h, i) => `<div>${a(h, 30 + i)} |</div>`).join('')}</div>` },
      after: `<div class="partners"><h3>Новини партнерів</h3><p>${a('Як заощадити на комунальних платежах взимку', 90)}</p></div>`,
    },
    'uk',
  ),
  [...UA_HEADS, 'Новини партнерів', 'Як заощадити на комунальних'],
);

add(
  'Polish: "Przeczytaj również:" teaser, "Dalsza część artykułu pod materiałem wideo" and "Reklama"',
  POL,
  shell5(
    'intl',
    POL,
    {
      at: {
        0: `<p class="read-also"><b>Przeczytaj również:</b> ${a(PL_HEADS[0] ?? '', 3)}</p>`,
        2: `<div class="video-box"><div class="player"></div><p class="below-video">Dalsza część artykułu pod materiałem wideo</p><span class="ad-label">Reklama</span></div>`,
      },
    },
    'pl',
  ),
  ['Przeczytaj również', PL_HEADS[0] ?? '', 'Dalsza część artykułu', 'Reklama'],
);

add(
  'Polish: "Obserwuj nas w Google News", share and comment buttons, "Najważniejsze" rail of five',
  POL,
  shell5(
    'intl',
    POL,
    {
      tail: `<div class="gn"><a href="https://news.google.example/pub">Obserwuj nas w Google News</a></div><div class="share"><button>Udostępnij</button><button>Skopiuj link</button></div><div class="comments"><a href="#komentarze">Komentarze (37)</a><button>Dodaj komentarz</button></div>`,
      after: `<section><h2>Najważniejsze</h2><ul>${PL_HEADS.map((h, i) => `<li>${a(h, 40 + i)}</li>`).join('')}</ul></section>`,
    },
    'pl',
  ),
  [
    'Obserwuj nas w Google News',
    'Udostępnij',
    'Skopiuj link',
    'Komentarze (37)',
    'Dodaj komentarz',
    'Najważniejsze',
    ...PL_HEADS,
  ],
);

add(
  'German: "Weiterlesen nach der Anzeige", "Lesen Sie dazu auch" and an audio player line in the body',
  DEU,
  shell5(
    'intl',
    DEU,
    {
      at: {
        [-1]: `<div class="audio"><button>Artikel anhören</button><span>5:12 Min.</span></div>`,
        1: `<div class="ad"><p class="ad-note">Weiterlesen nach der Anzeige</p></div>`,
        3: `<p class="teaser-inline"><strong>Lesen Sie dazu auch:</strong> ${a(DE_HEADS[0] ?? '', 5)}</p>`,
      },
    },
    'de',
  ),
  ['Artikel anhören', '5:12 Min', 'Weiterlesen nach der Anzeige', 'Lesen Sie dazu auch', DE_HEADS[0] ?? ''],
);

add(
  'German: "Empfehlungen der Redaktion" rail, "Mehr aus dem Ressort", a newsletter box and a bookmark button',
  DEU,
  shell5(
    'intl',
    DEU,
    {
      tail: `<div class="actions"><button>Artikel teilen</button><button>Zur Merkliste hinzufügen</button></div><div class="nl-box"><h4>Newsletter abonnieren</h4><p>Jeden Morgen die wichtigsten Nachrichten aus der Region in Ihrem Postfach.</p><input type="email"><button>Jetzt anmelden</button></div>`,
      after: `<section class="recommendations"><h2>Empfehlungen der Redaktion</h2><ul>${DE_HEADS.slice(1, 5)
        .map((h, i) => `<li>${a(h, 50 + i)}</li>`)
        .join('')}</ul><a href="/politik/">Mehr aus dem Ressort</a></section>`,
    },
    'de',
  ),
  [
    'Artikel teilen',
    'Zur Merkliste',
    'Newsletter abonnieren',
    'wichtigsten Nachrichten aus der Region',
    'Jetzt anmelden',
    'Empfehlungen der Redaktion',
    ...DE_HEADS.slice(1, 5),
    'Mehr aus dem Ressort',
  ],
);

add(
  'French: "La suite après cette publicité", "Lire la suite" teaser and "Article réservé aux abonnés"',
  FRA,
  shell5(
    'intl',
    FRA,
    {
      at: {
        [-1]: `<p class="premium-flag">Article réservé aux abonnés</p>`,
        1: `<div class="pub"><p class="pub-label">La suite après cette publicité</p></div>`,
        2: `<p class="inline-link"><strong>Lire la suite :</strong> ${a(FR_HEADS[0] ?? '', 7)}</p>`,
      },
    },
    'fr',
  ),
  ['Article réservé aux abonnés', 'La suite après cette publicité', 'Lire la suite', FR_HEADS[0] ?? ''],
);

add(
  'French: share row, "Ajouter à mes favoris", a newsletter box, "Voir les commentaires" and "Les plus lus" of five',
  FRA,
  shell5(
    'intl',
    FRA,
    {
      tail: `<div class="share-row"><span>Partager</span><a href="https://fb.example/s">Facebook</a><a href="https://x.example/s">X</a><button>Ajouter à mes favoris</button></div><div class="nl"><h4>Abonnez-vous à notre newsletter</h4><p>Recevez chaque matin l’essentiel de l’actualité.</p><input type="email"><button>S’inscrire</button></div><a class="comments-link" href="#comments">Voir les commentaires</a><p class="typo">Vous avez repéré une erreur ? Signalez-la à la rédaction.</p>`,
      side: `<div class="top"><h3>Les plus lus</h3><ol>${FR_HEADS.map((h, i) => `<li>${a(h, 60 + i)}</li>`).join('')}</ol></div>`,
    },
    'fr',
  ),
  [
    'Ajouter à mes favoris',
    'Abonnez-vous à notre newsletter',
    'essentiel de l’actualité',
    'Voir les commentaires',
    'repéré une erreur',
    'Les plus lus',
    ...FR_HEADS,
  ],
);

// Guards: paragraphs that open like chrome.
const UA_G = withPara(
  UKR,
  3,
  'Джерело розбіжностей, за словами співрозмовників, полягає в різній оцінці ризиків: одні столиці бояться затягування війни, інші – прямого зіткнення з Росією.',
);
add('guard: a Ukrainian paragraph that opens with "Джерело"', UA_G, shell5('intl', UA_G, {}, 'uk'), []);

const PL_G = withPara(
  POL,
  4,
  'Dalsza część rozmów ma dotyczyć finansowania pomocy wojskowej, w tym wspólnego funduszu, o którego wielkość spierają się państwa zachodniej i wschodniej flanki.',
);
add('guard: a Polish paragraph that opens with "Dalsza część"', PL_G, shell5('intl', PL_G, {}, 'pl'), []);

const DE_G = withPara(
  DEU,
  2,
  'Folgen Sie dem Geld, sagte ein Diplomat, dann verstehen Sie den Streit: Wer der Ukraine eine Perspektive verspricht, muss auch ihre Armee auf Jahre hinaus mitfinanzieren.',
);
add('guard: a German paragraph that opens with "Folgen Sie"', DE_G, shell5('intl', DE_G, {}, 'de'), []);

const FR_G = withPara(
  FRA,
  3,
  'Partager le fardeau de la défense reste, selon un diplomate, la condition posée par plusieurs capitales à tout engagement supplémentaire envers Kiev.',
);
add('guard: a French paragraph that opens with "Partager"', FR_G, shell5('intl', FR_G, {}, 'fr'), []);
