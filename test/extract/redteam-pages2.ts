// The red-team set's second round: written after the first round's rules, to attack them and what the older
// rules still miss (a 40-item rail before the body, a numbered list of cards, previous/next links with
// headlines, a site's own copyright line in the body, comments written as paragraphs, a cookie note inside the
// article, German and Spanish toolbars and tag rows).
import { esc } from './chrome-shells.js';
import { link, shell } from './redteam-shells.js';
import { BAKERY, DERBY, FERRY, HAIL, LIBRARIES, PISCINAS, RADWEGE, RETRIAL } from './redteam-stories.js';
import type { Story } from './chrome-stories.js';
import type { RedteamCase } from './redteam-pages.js';

export const CASES2: RedteamCase[] = [];
const add = (name: string, story: Story, html: string, chrome: string[]): void => {
  CASES2.push({ name, story, html, chrome, article: [...story.paras] });
};

const WORDS = ['Harbour', 'Moorland', 'Canal', 'Orchard', 'Quarry', 'Viaduct', 'Chapel', 'Lighthouse'];
const VERBS = [
  'reopens after repairs',
  'wins heritage grant',
  'faces closure threat',
  'gets new owners',
  'hosts summer fair',
];
const FORTY = WORDS.flatMap((w) => VERBS.map((v) => `${w} trust ${v} this spring`));

add(
  'forty headline links before the body, inside the article, no label',
  HAIL,
  shell('olivero', HAIL, {
    at: { [-1]: `<div class="strip">${FORTY.map((h) => `<div>${link(h)}</div>`).join('')}</div>` },
  }),
  FORTY.slice(0, 40),
);

const TREND = [
  'Singer sells her castle to a tech founder',
  'Chat show host quits live on air',
  'Twins reunited on a cruise after fifty years',
  'Baker’s wedding cake goes viral again',
  'Footballer’s wife launches perfume',
  'Game show contestant wins with a guess',
  'Celebrity chef loses a restaurant star',
  'Star’s dog walks the red carpet',
  'Band announces farewell tour again',
  'Soap actor reveals secret second job',
  'Skater breaks record on a frozen lake',
  'Famous tortoise turns one hundred',
  'Comedian buys a football club',
  'Director casts his own mother',
  'Royal cousin opens a coffee shop',
  'Influencer moves into a lighthouse',
];
add(
  'issue shape: Trending label, a lone dash, sixteen links each followed by " -", same container as the body',
  RETRIAL,
  shell('jetpack', RETRIAL, {
    tail: `<h4>Trending</h4>-<br>${TREND.map((h) => `${link(h, 'showbiz')} -<br>`).join('')}`,
  }),
  TREND,
);

add(
  'numbered list of cards, each an <li> holding one link with a number and an <h3>',
  DERBY,
  shell('newspaper', DERBY, {
    tail: `<ol class="c-most-popular">${TREND.slice(0, 5)
      .map(
        (h, i) =>
          `<li><a href="/showbiz/${i}"><span class="c-most-popular__rank">${i + 1}</span><h3>${esc(h)}</h3></a></li>`,
      )
      .join('')}</ol>`,
  }),
  TREND.slice(0, 5),
);

add(
  'previous and next article links with their headlines',
  BAKERY,
  shell('newspaper', BAKERY, {
    tail: `<div class="td-post-next-prev"><div class="td-post-next-prev-content"><span>Previous article</span>${link('Toy shop owner retires after forty years', 'business')}</div><div class="td-post-next-prev-content"><span>Next article</span>${link('Brewery taps into export market with lager', 'business')}</div></div>`,
  }),
  ['Previous article', 'Toy shop owner retires', 'Next article', 'Brewery taps into export'],
);

add(
  'the site’s own copyright line and a reuse note inside the body container',
  FERRY,
  shell('tables', FERRY, {
    tail: `<p><i>© 2026 Valley Weekly. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</i></p>`,
  }),
  ['All rights reserved', 'may not be published'],
);

add(
  'comments as plain paragraphs under a "Comments (2)" heading',
  LIBRARIES,
  shell('olivero', LIBRARIES, {
    tail: `<section class="comments"><h2>Comments (2)</h2><div class="c"><p><b>Pauline from Eastgate</b> · 3 hours ago</p><p>We fought to save this library once already. Count me in for the consultation.</p></div><div class="c"><p><b>R. Singh</b> · 1 hour ago</p><p>Community groups cannot pay for a new roof, be realistic.</p></div></section>`,
  }),
  ['Pauline from Eastgate', 'We fought to save this library', 'Community groups cannot pay for a new roof'],
);

add(
  'a cookie note and its buttons inside the article container',
  HAIL,
  shell('squarespace', HAIL, {
    tail: `<div class="cookie-note"><p>We use cookies to give you the best experience on our site. By continuing to browse you agree to our use of cookies.</p><a href="#accept">Accept</a> <a href="/cookies">Manage preferences</a></div>`,
  }),
  ['We use cookies', 'Manage preferences'],
);

add(
  'German toolbar, tag row and ad label',
  RADWEGE,
  shell('german', RADWEGE, {
    at: { 2: `<p class="ad-label">Anzeige</p>` },
    tail: `<div class="article__tools">Artikel drucken | Artikel merken | Link kopieren</div><div class="article__tags">Schlagwörter: <a href="/thema/radverkehr">Radverkehr</a>, <a href="/thema/stadtrat">Stadtrat</a>, <a href="/thema/ring">Ring</a></div><p><a href="/">Zur Startseite</a></p>`,
  }),
  ['Anzeige', 'Artikel drucken', 'Schlagwörter', 'Zur Startseite'],
);

add(
  'Spanish share row, comments count and tags',
  PISCINAS,
  shell('spanish', PISCINAS, {
    tail: `<div class="compartir">Compartir en Facebook | Compartir en X | Enviar por WhatsApp</div><div class="etiquetas">Temas: <a href="/tema/piscinas">Piscinas</a>, <a href="/tema/verano">Verano</a>, <a href="/tema/pleno">Pleno municipal</a></div><div class="comentarios"><a href="#c">5 comentarios</a></div>`,
  }),
  ['Compartir en Facebook', 'Enviar por WhatsApp', 'Temas:', '5 comentarios'],
);

add(
  'a "Follow us on WhatsApp" call mid-body as a bold linked line',
  DERBY,
  shell('jetpack', DERBY, {
    at: {
      2: `<p><strong><a href="https://wa.example/channel/sport">Follow our sport desk on WhatsApp for every goal and result</a></strong></p>`,
    },
  }),
  ['Follow our sport desk on WhatsApp'],
);

add(
  'a bio with photo and no label, name in bold at the start',
  FERRY,
  shell('squarespace', FERRY, {
    tail: `<div class="sqs-block html-block"><div class="sqs-block-content"><p><img src="/img/rc.jpg" alt="" width="60"><strong>Ruairi Coyle</strong> Transport and islands reporter since 2018. Before that he skippered a fishing boat out of the north harbour.</p></div></div>`,
  }),
  ['Transport and islands reporter since 2018', 'skippered a fishing boat'],
);

add(
  'a blockquote card of another post: linked title and excerpt, no class',
  BAKERY,
  shell('jetpack', BAKERY, {
    at: {
      2: `<blockquote><p><a href="/2025/11/halloran-s-opens-fortieth-shop">Halloran’s opens its fortieth shop</a></p><p>The bakery chain opened in the old post office on Bridge Street, its first new shop in three years…</p></blockquote>`,
    },
  }),
  ['Halloran’s opens its fortieth shop', 'old post office on Bridge Street'],
);

add(
  'a related-topics chip row after the body',
  RETRIAL,
  shell('olivero', RETRIAL, {
    tail: `<div class="field field--name-field-tags"><div class="field__label">Related topics</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/12">Courts</a></div><div class="field__item"><a href="/taxonomy/term/31">Fraud</a></div><div class="field__item"><a href="/taxonomy/term/44">Appeals</a></div></div></div>`,
  }),
  ['Related topics'],
);

add(
  'a breaking-news alert sign-up as a linked line and a live link',
  HAIL,
  shell('newspaper', HAIL, {
    at: { 0: `<p><b>LIVE:</b> ${link('Storm updates from across the region', 'live')}</p>` },
    tail: `<p><a class="alerts-link" href="/alerts">Get breaking weather alerts sent to your phone</a></p>`,
  }),
  ['Storm updates from across the region', 'Get breaking weather alerts'],
);
