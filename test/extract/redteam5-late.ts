// The fifth red-team set, second wave of rounds 18 to 20: written after the first wave's fixes and committed
// before the cleaner was run on it, in the same families with the shapes the first wave did not try: a BLOX
// "Related to this story" card group and its "keep reading" wall, a Newspack latest-posts block with excerpts,
// a portal's "read the full article" button and provider credit, an AMP carousel's buttons and an amp-iframe's
// placeholder, Substack's closing furniture ("Ready for more?", the platform's footer), Medium's responses box,
// a Beehiiv referral programme, and Ukrainian, Russian, Polish, German and French credit, tag, app, agency,
// tip and thanks-for-reading lines. Guards: paragraphs that open with "Publié", "Mit Material" and "Fot.".
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { LOCAL } from './redteam5-pages18.js';
import { link5, shell5 } from './redteam5-shells.js';
import { DEU, FAIR, FRA, LEVY, NATOBID, POL, SCHOOLVOTE, UKR, WATERMAIN, ZONING } from './redteam5-stories.js';

export const CASES_LATE: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES_LATE.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const withPara = (s: Story, i: number, para: string): Story => ({
  ...s,
  paras: [...s.paras.slice(0, i), para, ...s.paras.slice(i)],
});
const a = (text: string, n: number): string => `<a href="/news/${2026060500 + n}.html">${text}</a>`;

// Round 18, second wave: local chains.
add(
  'BLOX "Related to this story" card group inside the asset, each card with a date',
  SCHOOLVOTE,
  shell5('blox', SCHOOLVOTE, {
    at: {
      3: `<div class="related-assets tnt-stack"><h4 class="tnt-heading">Related to this story</h4>${LOCAL.slice(7, 10)
        .map(
          (h) =>
            `<div class="card-container"><div class="card-image"><img alt="" src="/r.jpg"></div><div class="card-headline"><h5>${link5(h)}</h5></div><div class="card-meta"><time>Feb 27, 2026</time></div></div>`,
        )
        .join('')}</div>`,
    },
  }),
  ['Related to this story', ...LOCAL.slice(7, 10)],
);

add(
  'BLOX "keep reading" wall under a complete story: log in or choose a plan',
  WATERMAIN,
  shell5('blox', WATERMAIN, {
    tail: `<div class="subscriber-only encrypted-content"><h3>Thanks for reading!</h3><p>Log in or create a free account and choose a plan to keep reading.</p><a class="btn" href="/users/login">Log In</a><a class="btn" href="/subscribe">See plans</a></div>`,
  }),
  ['Thanks for reading!', 'choose a plan to keep reading', 'See plans'],
);

add(
  'Newspack latest-posts block after the story: kicker, headline, one-sentence excerpt, byline and date',
  LEVY,
  shell5('newspack', LEVY, {
    after: `<div class="wp-block-newspack-blocks-homepage-articles"><h2 class="article-section-title">Latest from the Civic Desk</h2>${[
      [
        'Schools',
        LOCAL[1] ?? '',
        'The owners said rising rents and a shortage of bakers made it impossible to keep going.',
      ],
      ['Environment', LOCAL[10] ?? '', 'Crews worked through the night to restore service to about 3,000 customers.'],
      ['Civic life', LOCAL[14] ?? '', 'Trustees want another estimate before they commit to the building.'],
    ]
      .map(
        ([k, h, e]) =>
          `<article class="post-has-image"><div class="entry-wrapper"><div class="cat-links"><a href="/c/${k?.length}">${k}</a></div><h3 class="entry-title">${link5(h ?? '')}</h3><p class="excerpt">${e}</p><div class="entry-meta"><span class="byline">By Rosalind Achebe</span><time>May 18, 2026</time></div></div></article>`,
      )
      .join('')}</div>`,
  }),
  [
    'Latest from the Civic Desk',
    LOCAL[1] ?? '',
    'rising rents and a shortage of bakers',
    LOCAL[10] ?? '',
    'restore service to about 3,000',
    'Rosalind Achebe',
  ],
);

add(
  'Newspack "Our work is made possible by readers like you" box with a support button in the body',
  LEVY,
  shell5('newspack', LEVY, {
    at: {
      2: `<div class="newspack-inline-popup"><p>Our work is made possible by readers like you. If this story helped you understand the ballot, please chip in.</p><a class="button" href="/support">Yes, I'll support</a></div>`,
    },
  }),
  ['made possible by readers like you', "Yes, I'll support"],
);

// Round 19, second wave: portals, AMP, newsletters.
add(
  'portal: a "Click here to read the full article" button and "© Provided by" credit under a short version',
  NATOBID,
  shell5('portal', NATOBID, {
    at: { [-1]: `<p class="provided">© Provided by Continental Wire</p>` },
    tail: `<div class="caas-readmore"><a class="link" href="https://wire.example/story/1">Click here to read the full article.</a></div>`,
  }),
  ['Provided by Continental Wire', 'read the full article'],
);

add(
  "AMP: an amp-carousel of related stories with its buttons' labels, and an amp-iframe poll placeholder",
  SCHOOLVOTE,
  shell5('amp', SCHOOLVOTE, {
    at: {
      2: `<amp-iframe src="https://polls.example/e/33" height="300" layout="fixed-height"><div placeholder>Loading poll…</div></amp-iframe>`,
    },
    tail: `<amp-carousel type="carousel" height="220" layout="fixed-height"><div role="button" aria-label="Previous item in carousel">Previous item in carousel</div>${LOCAL.slice(
      11,
      15,
    )
      .map((h) => `<div class="slide"><amp-img src="/s.jpg" width="200" height="120"></amp-img>${link5(h)}</div>`)
      .join('')}<div role="button" aria-label="Next item in carousel">Next item in carousel</div></amp-carousel>`,
  }),
  ['Loading poll', 'item in carousel', ...LOCAL.slice(11, 15)],
);

add(
  'Substack: "Ready for more?" with its form, and the platform footer with its links',
  ZONING,
  shell5('substack', ZONING, {
    after: `<div class="end-of-post"><h2>Ready for more?</h2><form><input type="email" placeholder="Type your email…"><button>Subscribe</button></form></div><div class="footer-wrap"><p>© 2026 Wendeline Prochaska</p><p><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/cn">Collection notice</a></p><a href="/start">Start writing</a><a href="/app">Get the app</a><p>Substack is the home for great culture</p></div>`,
  }),
  ['Ready for more?', 'Collection notice', 'Start writing', 'home for great culture'],
);

add(
  'Medium: the responses box ("Responses (4)", "What are your thoughts?", Cancel, Respond)',
  ZONING,
  shell5('medium', ZONING, {
    tail: `<div class="pw-responses"><h2>Responses (4)</h2><div class="compose"><p>What are your thoughts?</p><button>Cancel</button><button>Respond</button></div></div>`,
  }),
  ['Responses (4)', 'What are your thoughts?', 'Respond'],
);

add(
  "Beehiiv: a referral programme box with the reader's count and the next reward",
  ZONING,
  shell5('beehiiv', ZONING, {
    tail: `<div class="bh-referral"><h3>Share Orchard Hill Weekly</h3><p>Refer friends and earn rewards. You currently have 0 referrals, only 3 away from receiving a sticker pack.</p><a href="/refer">Click to share</a><p>Or copy and paste this link to others: https://ohw.example/r/abc123</p></div>`,
  }),
  ['Share Orchard Hill Weekly', 'earn rewards', '0 referrals', 'Click to share', 'copy and paste this link'],
);

// Round 20, second wave: European sites.
add(
  'Ukrainian: photo credit, tag line and an app plug under the story',
  UKR,
  shell5(
    'intl',
    UKR,
    {
      at: { 0: `<p class="photo-credit">Фото: Укрінформ</p>` },
      tail: `<div class="tags"><span>Теги:</span> <a href="/tag/nato">НАТО</a>, <a href="/tag/ua">Україна</a>, <a href="/tag/summit">саміт</a></div><div class="app"><p>Новини Вістей Полісся у вашому смартфоні. Завантажуйте наш застосунок для Android та iOS.</p></div>`,
    },
    'uk',
  ),
  ['Фото: Укрінформ', 'Теги:', 'у вашому смартфоні', 'Завантажуйте наш застосунок'],
);

add(
  'Russian-language Ukrainian site: "Читайте также", "Самое читаемое" and a Telegram plug',
  UKR,
  shell5(
    'intl',
    UKR,
    {
      at: { 2: `<p><b>Читайте также:</b> ${a('В Одессе открыли новый морской вокзал', 1)}</p>` },
      tail: `<p class="tg">Подписывайтесь на наш канал в Telegram.</p>`,
      side: `<div><h3>Самое читаемое</h3><ul>${[
        'Цены на бензин снова выросли',
        'В Харькове восстановили трамвайную линию',
        'Синоптики обещают жару до конца недели',
      ]
        .map((h, i) => `<li>${a(h, 10 + i)}</li>`)
        .join('')}</ul></div>`,
    },
    'uk',
  ),
  ['Читайте также', 'новый морской вокзал', 'Подписывайтесь на наш канал', 'Самое читаемое', 'Цены на бензин'],
);

add(
  'Polish: "Fot." credit, "Oprac." credit, a tip line and "Dziękujemy, że przeczytałeś"',
  POL,
  shell5(
    'intl',
    POL,
    {
      at: { 0: `<p class="foto">Fot. PAP/Marek Zieliński</p>` },
      tail: `<p class="oprac">Oprac. Bartłomiej Wierzbicki</p><div class="tip"><p>Masz ciekawy temat? Napisz do nas: redakcja@gazeta.example</p></div><div class="thanks"><p>Dziękujemy, że przeczytałeś nasz artykuł do końca. Bądź na bieżąco!</p></div>`,
    },
    'pl',
  ),
  ['Fot. PAP', 'Oprac.', 'Masz ciekawy temat', 'Dziękujemy, że przeczytałeś'],
);

add(
  'German: "Mit Material von dpa", "Diskutieren Sie mit" and "Artikel kommentieren"',
  DEU,
  shell5(
    'intl',
    DEU,
    {
      tail: `<p class="agency"><em>Mit Material von dpa und AFP</em></p><div class="comments-cta"><h3>Diskutieren Sie mit</h3><a href="#kommentare">Artikel kommentieren</a></div>`,
    },
    'de',
  ),
  ['Mit Material von dpa', 'Diskutieren Sie mit', 'Artikel kommentieren'],
);

add(
  'French: "Publié le ..., mis à jour ..." stamp, "Avec AFP", "Réagir" and "Commenter"',
  FRA,
  shell5(
    'intl',
    FRA,
    {
      at: { [-1]: `<p class="date">Publié le 04/06/2026 à 18h20, mis à jour à 19h02</p>` },
      tail: `<p class="agency">Avec AFP</p><div class="react"><a href="#c">Réagir</a><a href="#c">Commenter</a></div>`,
    },
    'fr',
  ),
  ['Publié le 04/06/2026', 'Avec AFP', 'Réagir', 'Commenter'],
);

// Guards.
const FR_G = withPara(
  FRA,
  4,
  'Publié le mois dernier, le rapport du Parlement européen recommandait déjà de fixer un calendrier pour l’adhésion.',
);
add('guard: a French paragraph that opens with "Publié le"', FR_G, shell5('intl', FR_G, {}, 'fr'), []);

const DE_G = withPara(
  DEU,
  3,
  'Mit Material von Verbündeten, Munition und Geld wolle man der Ukraine weiter helfen, sagte ein Diplomat.',
);
add('guard: a German paragraph that opens with "Mit Material von"', DE_G, shell5('intl', DE_G, {}, 'de'), []);

const FAIR_G = withPara(
  FAIR,
  4,
  'Thanks for reading the fine print, the board chair joked, before explaining that the parking fee has not changed since 2019.',
);
add('guard: a local story paragraph that opens with "Thanks for reading"', FAIR_G, shell5('blox', FAIR_G), []);
