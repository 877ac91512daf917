// The red-team set: chrome of our own writing in markup shapes the earlier sets do not use (rails as divs of
// spans, tables, <br> lines, numbered lists with counts, cards, headline links with no label, labels only in an
// aria-label, rails inside the last paragraph or between two halves of the body, same-topic rails, inline
// "Read more" and "Also read" teasers, bios, sign-ups with and without a form, follow rows, comment counts,
// credits, consent text, sponsored grids, German and Spanish chrome). `chrome` lists phrases that must not
// survive, `article` the lines that must. The guards (redteam-guards.ts) hold content that looks like chrome.
import { link, shell } from './redteam-shells.js';
import { BAKERY, DERBY, FERRY, HAIL, LIBRARIES, PISCINAS, RADWEGE, RETRIAL } from './redteam-stories.js';
import type { Story } from './chrome-stories.js';

export interface RedteamCase {
  name: string;
  story: Story;
  html: string;
  chrome: string[];
  article: string[];
  /** A leak left (why): the test expects it to fail, and tells when a change fixes it. */
  known?: string;
}

export const CASES: RedteamCase[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};

const OTHER = [
  'Pop star cancels stadium tour after losing her voice',
  'Reality show winner opens a vegan burger van',
  'Five gadgets that will make your kitchen look bigger',
  'Actor reveals the diet that got him ready for the sequel',
  'Lottery syndicate of dinner ladies shares a jackpot',
  'Why your houseplants hate the radiator in winter',
  'Royal biographer says the palace rewrote the wedding menu',
  'Influencer apologises for photo taken at a war memorial',
];

// ---- Rails in new shapes --------------------------------------------------------------------------------
add(
  'td related row: divs of spans with dates, no list',
  HAIL,
  shell('newspaper', HAIL, {
    tail: `<div class="td_block_wrap td_block_related_posts"><div class="td-related-row">${OTHER.slice(0, 6)
      .map(
        (h, i) =>
          `<div class="td-related-span4"><div class="td-module-container"><div class="td-module-thumb"><a href="/news/x${i}"><span class="entry-thumb"></span></a></div><span class="entry-title td-module-title">${link(h)}</span><span class="td-post-date"><time>April ${i + 3}, 2026</time></span></div></div>`,
      )
      .join('')}</div></div>`,
  }),
  OTHER.slice(0, 6),
);

const FARM = [
  'Sheep prices hold steady at spring mart',
  'Parish hall roof appeal passes its target',
  'New vet practice to open on the high street',
  'Young farmers win county stock judging cup',
  'Bypass consultation extended by a fortnight',
];
add(
  'table rail of headlines and dates after the body, same cell',
  FERRY,
  shell('tables', FERRY, {
    tail: `<br><table class="morenews" width="100%"><tr><td colspan="2"><b>Other news this week</b></td></tr>${FARM.map((h, i) => `<tr><td>${link(h)}</td><td><font size="1">${10 + i}/04/2026</font></td></tr>`).join('')}</table>`,
  }),
  FARM,
);

add(
  'br-separated headline lines in one paragraph, strong label',
  LIBRARIES,
  shell('jetpack', LIBRARIES, {
    tail: `<p><strong>More from the Gazette</strong><br>${OTHER.slice(2, 7)
      .map((h) => link(h))
      .join('<br>')}</p>`,
  }),
  ['More from the Gazette', ...OTHER.slice(2, 7)],
);

const POPULAR = [
  'Man rescued from the quarry lake by passing kayaker',
  'Petrol station robbed twice in one night',
  'Famous chef to open a restaurant in the old bank',
  'Drivers warned of roadworks on the coast road',
  'Teenager’s science project lands a national prize',
];
add(
  'numbered most-read divs with read counts, label in an h3',
  BAKERY,
  shell('olivero', BAKERY, {
    tail: `<div class="block block-views most-read"><h3>Most read</h3>${POPULAR.map((h, i) => `<div class="views-row"><span class="rank">${i + 1}</span><span class="views-field views-field-title">${link(h)}</span><span class="views-field views-field-totalcount">${(9 - i) * 1213} reads</span></div>`).join('')}</div>`,
  }),
  POPULAR,
);

add(
  'numbered most-read with relative times, label only in aria-label',
  DERBY,
  shell('newspaper', DERBY, {
    tail: `<section aria-label="Most popular"><div>${POPULAR.map((h, i) => `<div><b>${i + 1}</b> ${link(h)} <span>${i + 2} hours ago</span></div>`).join('')}</div></section>`,
  }),
  POPULAR,
);

const CARDS = [
  ['Courts', 'Judge rejects bail for harbour arson suspect', '2 hours ago'],
  ['Crime', 'Stolen tractors found in a barn across the border', '5 hours ago'],
  ['Courts', 'Former mayor fined for breaking lobbying rules', 'Yesterday'],
  ['Local', 'Court fees to rise for small claims next year', '2 days ago'],
];
add(
  'promo cards mid-body: image, kicker, headline, time',
  RETRIAL,
  shell('olivero', RETRIAL, {
    at: {
      2: `<div class="promo-list">${CARDS.map(([k, h, t]) => `<div class="promo"><div class="promo__media"><a href="/news/${k}"><img src="/img/${k}.jpg" alt=""></a></div><div class="promo__kicker">${k}</div><div class="promo__title">${link(h ?? '')}</div><div class="promo__time">${t}</div></div>`).join('')}</div>`,
    },
  }),
  CARDS.map((c) => c[1] ?? ''),
);

add(
  'headline links with no label after the body',
  HAIL,
  shell('squarespace', HAIL, {
    tail: `<div class="sqs-block summary-v2-block">${OTHER.slice(1, 7)
      .map((h) => `<div class="summary-item"><div class="summary-title">${link(h, 'blog')}</div></div>`)
      .join('')}</div>`,
  }),
  OTHER.slice(1, 7),
);

add(
  'rail inside the last paragraph after a double br',
  FERRY,
  shell('blogger', FERRY, {
    lastPara: `<p>${FERRY.paras[4] ?? ''}<br><br>Related: ${link(OTHER[0] ?? '', '2026/03')}<br>${link(OTHER[3] ?? '', '2026/03')}<br>${link(OTHER[5] ?? '', '2026/02')}<br>${link(OTHER[6] ?? '', '2026/02')}</p>`,
  }),
  [OTHER[0] ?? '', OTHER[3] ?? '', OTHER[5] ?? '', OTHER[6] ?? ''],
);

const SAME = [
  'Warehouse fraud trial: auditor tells jury the invoices were forged',
  'Warehouse managers guilty of storage invoice fraud',
  'Fraud pair jailed for billing distributor for empty space',
  'Appeal lodged in warehouse invoice fraud convictions',
];
add(
  'same-topic "More on this story" rail between two halves of the body',
  RETRIAL,
  shell('jetpack', RETRIAL, {
    at: {
      1: `<div class="related-coverage"><h4>More on this story</h4>${SAME.map((h) => `<div>${link(h, 'courts')}</div>`).join('')}</div>`,
    },
  }),
  SAME,
);

add(
  'single "Read more:" teaser mid-body',
  BAKERY,
  shell('newspaper', BAKERY, {
    at: {
      1: `<p><strong>Read more:</strong> ${link('FreshWay profits rise as shoppers trade down to own brands', 'business')}</p>`,
    },
  }),
  ['FreshWay profits rise as shoppers trade down to own brands'],
);

add(
  '"Also read" inline links with pipe and dash',
  LIBRARIES,
  shell('olivero', LIBRARIES, {
    at: {
      0: `<p>ALSO READ | ${link('Town hall clock to chime again after repairs', 'local')}</p>`,
      2: `<p>See also – ${link('Swimming baths saved by late budget deal', 'local')}</p>`,
    },
  }),
  ['Town hall clock to chime again after repairs', 'Swimming baths saved by late budget deal'],
);

// ---- Boxes -----------------------------------------------------------------------------------------------
add(
  'author bio box with photo after the body',
  RETRIAL,
  shell('newspaper', RETRIAL, {
    tail: `<div class="td-author-box"><div class="author-box-wrap"><a href="/author/maren-okafor/"><img class="avatar" src="/img/mo.jpg" alt="Maren Okafor" width="96"></a><div class="desc"><div class="td-author-name vcard author"><a href="/author/maren-okafor/">Maren Okafor</a></div><div class="td-author-description">Maren Okafor has covered the state courts since 2019. Before joining the Daily she reported on city hall for a public radio station.</div><div class="td-author-social"><a href="https://x.example/marenokafor">X</a> <a href="mailto:maren@example.com">Email</a></div></div></div></div>`,
  }),
  ['has covered the state courts since 2019', 'public radio station'],
);

add(
  'newsletter sign-up inside a form mid-body',
  HAIL,
  shell('olivero', HAIL, {
    at: {
      2: `<form class="newsletter-signup" action="/subscribe" method="post"><label for="nl-email">Get the weather briefing in your inbox every morning at seven.</label><input id="nl-email" type="email" placeholder="Your email address"><button type="submit">Sign up</button><p class="small">By signing up you agree to our terms and privacy notice.</p></form>`,
    },
  }),
  ['weather briefing in your inbox', 'By signing up you agree'],
);

add(
  'newsletter box with no form, a button link',
  DERBY,
  shell('squarespace', DERBY, {
    tail: `<div class="sqs-block newsletter-block"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Full Time</h2><div class="newsletter-form-header-description"><p>The weekend’s results and the stories behind them, every Sunday night.</p></div></div><a class="sqs-block-button-element" href="/full-time">Get it free</a></div>`,
  }),
  ['every Sunday night', 'Get it free'],
);

add(
  '"Follow us on" row and a Google News line',
  BAKERY,
  shell('jetpack', BAKERY, {
    tail: `<div class="follow-row"><span>Follow us on</span> <a href="https://fb.example/gazette">Facebook</a> <a href="https://ig.example/gazette">Instagram</a> <a href="https://wa.example/gazette">WhatsApp</a></div><p><em>Follow the Hillside Gazette on <a href="https://news.google.example/gazette">Google News</a></em></p>`,
  }),
  ['Follow us on', 'Google News'],
);

add(
  'comment counts and a comment prompt',
  LIBRARIES,
  shell('blogger', LIBRARIES, {
    tail: `<div class="post-comment-link"><a class="comment-link" href="#comments">7 comments</a></div><p class="comment-prompt">What do you think? Have your say in the comments below.</p>`,
  }),
  ['7 comments', 'Have your say in the comments'],
);

add(
  'image credit lines beside and under figures',
  HAIL,
  shell('jetpack', HAIL, {
    at: {
      0: `<figure class="wp-caption"><img src="/img/hail.jpg" alt=""><figcaption class="wp-caption-text">Broken panes at a nursery south of the river. Photo: Lena Vos/Gazette</figcaption></figure>`,
      2: `<p class="photo-credit">Image credit: Regional Storm Watch</p>`,
    },
  }),
  ['Broken panes at a nursery', 'Photo: Lena Vos', 'Image credit: Regional Storm Watch'],
);

add(
  'consent text of a blocked embed and a cookie note',
  RADWEGE,
  shell('german', RADWEGE, {
    at: {
      1: `<div class="embed-consent"><p>An dieser Stelle finden Sie einen externen Inhalt, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen.</p><button>Externen Inhalt anzeigen</button><p>Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Dabei können personenbezogene Daten an Drittplattformen übermittelt werden.</p></div>`,
    },
  }),
  ['externen Inhalt', 'Drittplattformen'],
);

const ADS = [
  ['Doctors stunned by this simple knee trick', 'HealthyLiving'],
  ['Homeowners in your area are switching to this roof', 'RoofPro Quotes'],
  ['The pension mistake most people make at sixty', 'Money Tips Daily'],
  ['This forgotten island is the cheapest escape of the year', 'TravelDeals'],
];
add(
  'sponsored grid in a recommendation widget',
  DERBY,
  shell('olivero', DERBY, {
    tail: `<div id="reco-below-article" class="trc_related_container"><div class="trc_rbox_header"><span class="trc_rbox_header_span">Sponsored Content</span></div><div class="trc_rbox_outer">${ADS.map(([h, b]) => `<div class="videoCube"><a href="https://ads.example/c?u=${encodeURIComponent(h ?? '')}" rel="nofollow"><span class="thumbBlock"></span><span class="video-label-box"><span class="video-title">${h}</span><span class="branding">${b}</span></span></a></div>`).join('')}</div></div>`,
  }),
  ADS.map((a) => a[0] ?? ''),
);

add(
  'recommendation widget with source names, "Recommended for you"',
  RETRIAL,
  shell('substack', RETRIAL, {
    tail: `<div class="ob-widget ob-feed"><div class="ob-widget-header"><span>Recommended for you</span></div>${OTHER.slice(
      0,
      5,
    )
      .map(
        (h) =>
          `<a class="ob-dynamic-rec-link" href="https://reco.example/r?u=${encodeURIComponent(h)}"><span class="ob-rec-text">${h}</span><span class="ob-rec-source">Celebrity Weekly</span></a>`,
      )
      .join('')}</div>`,
  }),
  OTHER.slice(0, 5),
);

add(
  'newsletter subscribe widget and share row mid-post',
  BAKERY,
  shell('substack', BAKERY, {
    at: {
      1: `<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="subscription-widget-title">Thanks for reading The Quarterly Ledger! Subscribe for free to receive new posts and support my work.</p><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>`,
      3: `<p class="button-wrapper"><a class="button primary" href="/share"><span>Share</span></a></p>`,
    },
  }),
  ['Subscribe for free to receive new posts', 'Type your email'],
);

add(
  'blog footer: share words run together, comments, labels',
  FERRY,
  shell('blogger', FERRY, {
    tail: `<div class="post-share-buttons">Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest</div><div class="post-labels">Labels: <a href="/search/label/ferries">ferries</a>, <a href="/search/label/island">island</a></div>`,
  }),
  ['BlogThis', 'Share to Pinterest', 'Labels:'],
);

add(
  'older and newer post links and a recent-posts list',
  LIBRARIES,
  shell('squarespace', LIBRARIES, {
    tail: `<nav class="item-pagination"><a class="item-pagination-link item-pagination-link--prev" href="/blog/prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Allotment waiting list passes four hundred</h2></a><a class="item-pagination-link item-pagination-link--next" href="/blog/next"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Bin collections to change over Easter</h2></a></nav>`,
  }),
  ['Allotment waiting list passes four hundred', 'Bin collections to change over Easter'],
);

// ---- Other languages -------------------------------------------------------------------------------------
const MEHR = [
  'Neue Ampel an der Schillerstraße geht in Betrieb',
  'Parkhaus am Theater wird ab Mai saniert',
  'Buslinie 7 fährt künftig im Zehn-Minuten-Takt',
  'Stadtwerke erhöhen die Preise für Fernwärme',
];
add(
  'German chrome: Mehr zum Thema, Newsletter, teilen, Kommentare, Foto',
  RADWEGE,
  shell('german', RADWEGE, {
    at: { 0: `<p class="bildnachweis">Foto: Stadtanzeiger/Archiv</p>` },
    tail: `<div class="article__share">Artikel teilen: <a href="https://fb.example/s">Facebook</a> <a href="mailto:?s">E-Mail</a></div><div class="teaser-list"><h2>Mehr zum Thema</h2>${MEHR.map((h) => `<div class="teaser">${link(h, 'lokales')}</div>`).join('')}</div><div class="newsletter-teaser"><strong>Newsletter abonnieren</strong><p>Jeden Morgen die wichtigsten Nachrichten aus der Stadt direkt in Ihr Postfach.</p></div><div class="comments-count">Kommentare (12)</div>`,
  }),
  [...MEHR, 'Foto: Stadtanzeiger', 'Artikel teilen', 'Newsletter abonnieren', 'Kommentare (12)'],
);

const LEIDO = [
  'Cortes de tráfico en el paseo marítimo por la media maratón',
  'La feria del libro vuelve a la plaza mayor en mayo',
  'Detenido un hombre por robar en tres farmacias',
  'El puerto recibe el crucero más grande de su historia',
];
add(
  'Spanish chrome: Te puede interesar, Lo más leído, Síguenos, boletín',
  PISCINAS,
  shell('spanish', PISCINAS, {
    at: {
      2: `<p><strong>Te puede interesar:</strong> ${link('Las playas de la ciudad renuevan la bandera azul', 'ciudad')}</p>`,
    },
    tail: `<div class="siguenos">Síguenos en <a href="https://fb.example/dp">Facebook</a>, <a href="https://x.example/dp">X</a> e <a href="https://ig.example/dp">Instagram</a></div><div class="boletin"><h3>Suscríbete a nuestro boletín</h3><p>Recibe cada mañana las noticias de tu ciudad.</p><a class="boton" href="/boletin">Suscribirme</a></div><div class="mas-leido"><h2>Lo más leído</h2>${LEIDO.map((h, i) => `<div class="mas-leido__item"><span>${i + 1}</span>${link(h, 'ciudad')}</div>`).join('')}</div>`,
  }),
  ['Las playas de la ciudad renuevan la bandera azul', 'Síguenos en', 'Suscríbete a nuestro boletín', ...LEIDO],
);

// ---- Harder shapes: rails with no container of their own, long rails, comments --------------------------
const LONG = [
  ...OTHER,
  'Singer’s dog gets its own clothing line',
  'Quiz show host reveals the question he got wrong',
  'Ten sofas that look expensive but are not',
  'Soap star’s wedding: every outfit ranked',
  'The snack that nutritionists secretly love',
  'Comedian quits social media after row over a joke',
  'Model swaps the catwalk for a dairy farm',
  'Which celebrity owns the most expensive car',
];
add(
  'sixteen headline paragraphs after the body, no label, no container',
  DERBY,
  shell('jetpack', DERBY, { tail: LONG.map((h) => `<p>${link(h, 'showbiz')}</p>`).join('') }),
  LONG,
);

add(
  'sixteen headlines in one div separated by " |"',
  BAKERY,
  shell('olivero', BAKERY, {
    tail: `<div class="more-links">${LONG.map((h) => link(h, 'showbiz')).join(' | ')}</div>`,
  }),
  LONG,
);

add(
  'rail before the body, bullets as text and a strong label',
  LIBRARIES,
  shell('newspaper', LIBRARIES, {
    at: {
      [-1]: `<p><strong>Latest</strong></p><p>• ${OTHER.slice(0, 5)
        .map((h) => link(h))
        .join('<br>• ')}</p>`,
    },
  }),
  OTHER.slice(0, 5),
);

add(
  'a link-only paragraph mid-body with no label (an in-body teaser)',
  HAIL,
  shell('olivero', HAIL, { at: { 1: `<p><b>${link('Growers count the cost of a wet winter', 'weather')}</b></p>` } }),
  ['Growers count the cost of a wet winter'],
);

add(
  'in-body aside card: label span, image, headline and standfirst in one link',
  RETRIAL,
  shell('newspaper', RETRIAL, {
    at: {
      2: `<aside class="inline-story"><a href="/courts/auditor-evidence-rules"><span class="inline-story__label">Related</span><img src="/img/c.jpg" alt=""><span class="inline-story__title">What the rules say about questioning an expert witness</span><span class="inline-story__dek">A short guide to cross-examination in the state courts.</span></a></aside>`,
    },
  }),
  ['What the rules say about questioning an expert witness', 'A short guide to cross-examination'],
);

add(
  'author bio as an italic closing paragraph',
  FERRY,
  shell('olivero', FERRY, {
    tail: `<p><em>Ruairi Coyle is the Observer’s transport correspondent. He can be reached at ruairi.coyle@observer.example or on 01234 567890.</em></p>`,
  }),
  ['transport correspondent', 'can be reached at'],
);

add(
  'newsletter line and credit line as plain closing paragraphs',
  HAIL,
  shell('newspaper', HAIL, {
    tail: `<p><small>(Photo by Jonas Berg/Riverside Daily)</small></p><p><strong>Sign up for Storm Desk, our free weekly newsletter on weather and climate, <a href="/newsletters">here</a>.</strong></p>`,
  }),
  ['Photo by Jonas Berg', 'Sign up for Storm Desk'],
);

add(
  'WordPress comments: count heading, comment bodies and a reply form',
  LIBRARIES,
  shell('jetpack', LIBRARIES, {
    tail: `<div id="comments" class="comments-area"><h3 class="comments-title">3 thoughts on “${LIBRARIES.title}”</h3><ol class="commentlist"><li class="comment"><div class="comment-author vcard"><cite class="fn">Margaret W</cite> <span class="says">says:</span></div><div class="comment-meta"><a href="#c1">April 14, 2026 at 9:02 pm</a></div><p>Disgraceful. My grandchildren learned to read at Fernhill and the council wastes money on consultants instead.</p><div class="reply"><a class="comment-reply-link" href="#r1">Reply</a></div></li><li class="comment"><div class="comment-author vcard"><cite class="fn">Dev</cite> <span class="says">says:</span></div><p>Nobody has used the Eastgate branch in years, to be fair, the building is freezing.</p></li></ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea></textarea><input type="submit" value="Post Comment"></form></div></div>`,
  }),
  [
    'thoughts on',
    'Margaret W',
    'Disgraceful. My grandchildren',
    'the building is freezing',
    'Leave a Reply',
    'will not be published',
  ],
);

add(
  'related links as a definition list between two halves of the body',
  PISCINAS,
  shell('spanish', PISCINAS, {
    at: {
      1: `<dl class="relacionadas"><dt>Noticias relacionadas</dt><dd>${link('El calor obliga a cerrar los parques a mediodía', 'ciudad')}</dd><dd>${link('Los socorristas piden mejores contratos', 'ciudad')}</dd><dd>${link('Récord de visitas en la piscina del barrio sur', 'ciudad')}</dd></dl>`,
    },
  }),
  [
    'Noticias relacionadas',
    'El calor obliga a cerrar los parques',
    'Los socorristas piden mejores contratos',
    'Récord de visitas en la piscina',
  ],
);

add(
  'most-read with clock times before the headlines, label in a strong',
  FERRY,
  shell('newspaper', FERRY, {
    tail: `<div class="td_block_wrap"><strong>Most read</strong>${POPULAR.map((h, i) => `<div class="item"><time>${10 + i}:${20 + i * 7}</time> ${link(h)}</div>`).join('')}</div>`,
  }),
  POPULAR,
);

add(
  'German: Das könnte Sie auch interessieren, cards with kicker and time',
  RADWEGE,
  shell('german', RADWEGE, {
    tail: `<section class="teaser-row"><h2 class="teaser-row__title">Das könnte Sie auch interessieren</h2>${MEHR.map((h, i) => `<article class="teaser"><a href="/lokales/t${i}"><span class="teaser__kicker">Stadt</span><h3 class="teaser__headline">${h}</h3><span class="teaser__time">vor ${i + 1} Std.</span></a></article>`).join('')}</section>`,
  }),
  ['Das könnte Sie auch interessieren', ...MEHR],
);

add(
  'photo gallery counter and caption strip mid-body',
  DERBY,
  shell('olivero', DERBY, {
    at: {
      1: `<div class="gallery"><div class="gallery__counter">1 / 14</div><img src="/img/g1.jpg" alt=""><p class="gallery__caption">Fans shelter under umbrellas before kick-off.</p><button class="gallery__next">Next image</button></div>`,
    },
  }),
  ['Fans shelter under umbrellas', 'Next image', '1 / 14'],
);
