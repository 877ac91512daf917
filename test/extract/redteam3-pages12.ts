// The third red-team set, round 12, written before the cleaner was run on it: chrome in French, Italian,
// Portuguese, Dutch, Polish, German and Spanish around stories in those languages; Joomla, Drupal 7 views, Wix,
// JNews, Soledad, Bootstrap, a table-layout site and Blogger Contempo; recommendation widgets as text, comment
// fallbacks, share bars, tags, breadcrumbs, score and stock tickers, players, polls, and rails in new shapes
// (" · " paragraphs, <dl>, <ol> of 40, bare cards, a rail before the body, labels only in alt or aria-label).
// Guards keep the story's own sources, timeline, recipe, interview, corrections and notes.
import { esc } from './chrome-shells.js';
import { link3, shell3 } from './redteam3-shells.js';
import {
  BUSCONTRACT,
  CRICKET,
  DYKE,
  FERRY,
  FROST,
  GLACIER,
  INQUIRY,
  LENTILS,
  LIBRARY,
  ORCHESTRA,
  QUARRY,
  TRAMDEPOT,
} from './redteam3-stories.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';

export const CASES12: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES12.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const li = (items: string[], folder = 'news'): string => items.map((h) => `<li>${link3(h, folder)}</li>`).join('');

export const FR_HEADS = [
  'Le marché couvert rouvre après deux ans de travaux',
  'Un nouveau radar installé sur la route des plages',
  'La piscine municipale fermée jusqu’à la rentrée',
  'Les pompiers sauvent un chevreuil coincé dans un port',
  'Le festival de musique bretonne dévoile sa programmation',
];
export const IT_HEADS = [
  'Chiude per lavori il ponte sul torrente fino a luglio',
  'Nuove piste ciclabili nel centro storico entro l’estate',
  'Il mercato del sabato si sposta in piazza della stazione',
  'Concerto gratuito al teatro comunale per la festa del patrono',
  'Scuole, al via le iscrizioni per il servizio mensa',
];
export const PT_HEADS = [
  'Mercado municipal recebe obras de requalificação',
  'Nova ciclovia liga a estação ao bairro ribeirinho',
  'Festival de verão anuncia os primeiros nomes do cartaz',
  'Piscinas municipais abrem mais cedo este ano',
  'Câmara aprova orçamento participativo com recorde de propostas',
];
export const NL_HEADS = [
  'Nieuwe fietsbrug over het kanaal eindelijk open',
  'Gemeente wil meer groen op het marktplein',
  'Zwembad in het park gaat na de zomer dicht',
  'Kermis verhuist volgend jaar naar de haven',
  'Bibliotheek zoekt vrijwilligers voor taalcafé',
];
export const PL_HEADS = [
  'Remont mostu na rzece potrwa do jesieni',
  'Nowa linia autobusowa połączy osiedle z dworcem',
  'Miejski basen otwarty dłużej w wakacje',
  'Festiwal jazzowy ogłosił pierwszych artystów',
  'Radni zdecydowali o budowie nowego przedszkola',
];
export const DE_HEADS = [
  'Neue Radbrücke über die Bahngleise freigegeben',
  'Freibad öffnet in diesem Jahr schon im Mai',
  'Stadtrat beschließt Parkgebühren in der Altstadt',
  'Weinfest am Marktplatz mit neuem Programm',
  'Feuerwehr rettet Katze aus einem Kamin',
];
export const ES_HEADS = [
  'Las piscinas municipales abrirán una semana antes',
  'El mercado central estrena horario de tarde',
  'Cortes de tráfico en el centro por las fiestas',
  'Un nuevo carril bici unirá la estación con el campus',
  'El festival de teatro presenta su cartel completo',
];
export const CELEB = [
  'Pop star reveals the surprise guest at her wedding',
  'Reality show couple split after three seasons',
  'Actor spotted house hunting on the coast again',
  'Talk show host returns after a long break',
  'Singer cancels the rest of her summer tour dates',
  'Film director hints at a sequel nobody expected',
  'TV chef opens a third restaurant in the city',
  'Boy band members reunite for a charity gig',
  'Model launches a clothing line with her sister',
  'Comedian sells out the arena in under an hour',
  'Soap legend announces he is leaving the show',
  'Rapper buys his childhood home for his mother',
  'Quiz show champion breaks the all time record',
  'Royal biographer says the palace was furious',
  'Streaming series renewed for a fifth season',
  'Dancing contest judge reveals her favourite act',
];
const SUBJ = ['Council', 'Hospital', 'Museum', 'Airport', 'Harbour', 'School', 'Library', 'Railway'];
const VERB = ['plans new', 'delays its', 'cuts back', 'opens a'];
const OBJ = ['car park', 'night service', 'summer hours', 'visitor centre', 'bus link'];
/** 40 headlines made of small parts. */
export const FORTY = SUBJ.flatMap((s, i) => VERB.map((v, j) => `${s} ${v} ${OBJ[(i + j) % 5] ?? ''}`)).slice(0, 40);

// --- Non-English chrome ---

add(
  'French: "Les plus lus" numbered list in the article after the body',
  FERRY,
  shell3('euro', FERRY, {
    lang: 'fr',
    tail: `<section class="most-read"><h2>Les plus lus</h2><ol>${li(FR_HEADS)}</ol></section>`,
  }),
  FR_HEADS,
);

add(
  'French: "À lire aussi" box between two paragraphs',
  FERRY,
  shell3('euro', FERRY, {
    lang: 'fr',
    at: {
      1: `<div class="encadre-lire"><span class="lire-label">À lire aussi</span>${link3(FR_HEADS[0] ?? '')}</div>`,
    },
  }),
  ['À lire aussi', FR_HEADS[0] ?? ''],
);

add(
  'French: "Sur le même sujet" image cards, share bar and comment count',
  FERRY,
  shell3('euro', FERRY, {
    lang: 'fr',
    tail: `<div class="partage"><button>Partager sur Facebook</button><button>Partager sur X</button><button>Copier le lien</button></div><div class="meme-sujet"><div class="titre-bloc">Sur le même sujet</div>${FR_HEADS.slice(
      1,
      4,
    )
      .map(
        (h, i) =>
          `<div class="carte"><a href="/regions/${i}-article"><img src="/c${i}.jpg" alt=""><span>${esc(h)}</span></a></div>`,
      )
      .join(
        '',
      )}</div><div class="reactions"><a href="#comments">12 commentaires</a> <a href="#comments">Réagir à cet article</a></div>`,
  }),
  [
    'Partager sur Facebook',
    'Copier le lien',
    'Sur le même sujet',
    FR_HEADS[1] ?? '',
    '12 commentaires',
    'Réagir à cet article',
  ],
);

add(
  'Italian: "Leggi anche" link mid-body and "Ti potrebbe interessare" list after',
  FROST,
  shell3('euro', FROST, {
    lang: 'it',
    at: { 2: `<p><strong>Leggi anche</strong> ${link3(IT_HEADS[0] ?? '')}</p>` },
    tail: `<div class="correlati"><h3>Ti potrebbe interessare</h3><ul>${li(IT_HEADS.slice(1))}</ul></div>`,
  }),
  ['Leggi anche', ...IT_HEADS],
);

add(
  'Italian: "Più letti" 16 items as spans with " | " separators, and "Condividi" row',
  FROST,
  shell3('euro', FROST, {
    lang: 'it',
    tail: `<div class="share-row">Condividi su Facebook | Condividi su WhatsApp | Stampa</div><div class="piu-letti"><strong>Più letti</strong> ${[...IT_HEADS, ...CELEB.slice(0, 11)].map((h) => link3(h)).join(' | ')}</div>`,
  }),
  ['Condividi su', 'Stampa', 'Più letti', ...IT_HEADS, ...CELEB.slice(0, 11)],
);

add(
  'Portuguese: "Leia também" list mid-body and "Veja também" cards after the article',
  TRAMDEPOT,
  shell3('euro', TRAMDEPOT, {
    lang: 'pt',
    at: { 1: `<aside class="leia"><p>Leia também</p><ul>${li(PT_HEADS.slice(0, 3))}</ul></aside>` },
    after: `<section class="veja"><h2>Veja também</h2>${PT_HEADS.slice(3)
      .map((h) => `<article class="card"><h3>${link3(h)}</h3><time>há 2 horas</time></article>`)
      .join('')}</section>`,
  }),
  ['Leia também', ...PT_HEADS],
);

add(
  'Portuguese: "Mais lidas" rail inside the article and a comment box',
  TRAMDEPOT,
  shell3('euro', TRAMDEPOT, {
    lang: 'pt',
    tail: `<div class="mais-lidas"><h4>Mais lidas</h4><ol>${li(PT_HEADS)}</ol></div><div class="comentarios"><h4>Comentários</h4><p>Deixe o seu comentário. Os comentários são moderados.</p><p>Ainda não há comentários. Seja o primeiro a comentar.</p></div>`,
  }),
  ['Mais lidas', ...PT_HEADS, 'Deixe o seu comentário', 'Seja o primeiro a comentar'],
);

add(
  'Dutch: "Lees ook" teaser mid-body and "Meest gelezen" after the body',
  DYKE,
  shell3('euro', DYKE, {
    lang: 'nl',
    at: { 2: `<p class="lees-ook"><b>Lees ook:</b> ${link3(NL_HEADS[0] ?? '')}</p>` },
    tail: `<div class="meest-gelezen"><h3>Meest gelezen</h3><ul>${li(NL_HEADS.slice(1))}</ul></div>`,
  }),
  ['Lees ook', ...NL_HEADS, 'Meest gelezen'],
);

add(
  'Dutch: "Gerelateerde artikelen" and "Deel dit artikel" row inside the article',
  DYKE,
  shell3('euro', DYKE, {
    lang: 'nl',
    tail: `<div class="deel">Deel dit artikel <a href="https://www.facebook.com/sharer">Facebook</a> <a href="https://wa.me/?text=x">WhatsApp</a> <a href="mailto:?subject=x">E-mail</a></div><h2>Gerelateerde artikelen</h2><div class="gerelateerd">${NL_HEADS.map((h) => `<div class="item">${link3(h)}</div>`).join('')}</div>`,
  }),
  ['Deel dit artikel', 'Gerelateerde artikelen', ...NL_HEADS],
);

add(
  'Polish: "Czytaj także" teaser mid-body and "Najczęściej czytane" list after the body',
  LIBRARY,
  shell3('euro', LIBRARY, {
    lang: 'pl',
    at: { 1: `<p><strong>Czytaj także:</strong> ${link3(PL_HEADS[0] ?? '')}</p>` },
    tail: `<div class="najczesciej"><h3>Najczęściej czytane</h3><ol>${li(PL_HEADS.slice(1))}</ol></div>`,
  }),
  ['Czytaj także', ...PL_HEADS, 'Najczęściej czytane'],
);

add(
  'Polish: "Polecamy" box of four links between paragraphs, "Zobacz też" after',
  LIBRARY,
  shell3('euro', LIBRARY, {
    lang: 'pl',
    at: {
      2: `<div class="polecamy"><span>Polecamy</span>${PL_HEADS.slice(0, 4)
        .map((h) => link3(h))
        .join('')}</div>`,
    },
    tail: `<p class="zobacz">Zobacz też: ${link3(PL_HEADS[4] ?? '')}</p>`,
  }),
  ['Polecamy', ...PL_HEADS, 'Zobacz też'],
);

add(
  'German: "Meistgelesen" numbered with read counts, "Auch interessant" cards, comments and print',
  GLACIER,
  shell3('euro', GLACIER, {
    lang: 'de',
    tail: `<div class="werkzeuge"><a href="#">Artikel teilen</a> <a href="#">Drucken</a> <a href="#kommentare">Kommentare (12)</a></div><div class="auch-interessant"><div class="label">Auch interessant</div>${DE_HEADS.slice(
      0,
      3,
    )
      .map(
        (h, i) =>
          `<a class="teaser" href="/region/${i}-artikel"><img src="/t${i}.jpg" alt=""><span class="titel">${esc(h)}</span></a>`,
      )
      .join('')}</div>`,
    after: `<div class="meistgelesen"><h2>Meistgelesen</h2><ol>${DE_HEADS.map((h, i) => `<li><span class="nr">${i + 1}</span>${link3(h)}<span class="views">${(9 - i) * 1000} mal gelesen</span></li>`).join('')}</ol></div>`,
  }),
  ['Artikel teilen', 'Kommentare (12)', 'Auch interessant', ...DE_HEADS, 'mal gelesen'],
);

add(
  'German: "Das könnte Sie auch interessieren" sponsored cards with "Anzeige" badges',
  GLACIER,
  shell3('euro', GLACIER, {
    lang: 'de',
    tail: `<div class="ob-widget"><div class="ob-header">Das könnte Sie auch interessieren</div>${[
      'Dieser Trick senkt Ihre Stromrechnung sofort',
      'Ärzte staunen über dieses einfache Hausmittel',
      'So günstig sind Treppenlifte im Jahr 2026',
      'Rentner aus Bayern verblüfft alle mit diesem Hobby',
    ]
      .map(
        (h) =>
          `<div class="ob-card"><a href="https://ads.example/click?id=1"><span class="ob-title">${esc(h)}</span><span class="ob-source">Anzeige · Ratgeber Heute</span></a></div>`,
      )
      .join('')}</div>`,
  }),
  ['Das könnte Sie auch interessieren', 'Dieser Trick', 'Ärzte staunen', 'Treppenlifte', 'Anzeige'],
);

add(
  'Spanish: "Lo más visto" headlines in a paragraph separated by " · ", "Lee también" mid-body',
  BUSCONTRACT,
  shell3('euro', BUSCONTRACT, {
    lang: 'es',
    at: { 1: `<p class="relacionada">Lee también ${link3(ES_HEADS[0] ?? '')}</p>` },
    tail: `<p class="mas-visto"><b>Lo más visto</b> · ${ES_HEADS.slice(1)
      .map((h) => link3(h))
      .join(' · ')}</p>`,
  }),
  ['Lee también', ...ES_HEADS, 'Lo más visto'],
);

add(
  'Spanish: comments block "Únete a la conversación" and share text',
  BUSCONTRACT,
  shell3('euro', BUSCONTRACT, {
    lang: 'es',
    tail: `<div class="compartir">Compartir en Facebook Compartir en Twitter Copiar enlace</div><div class="comentarios"><h3>Comentarios</h3><p>Únete a la conversación. Para comentar debes estar registrado.</p><a href="/login">Inicia sesión</a></div>`,
  }),
  ['Compartir en Facebook', 'Copiar enlace', 'Únete a la conversación', 'Inicia sesión'],
);

// --- Platforms ---

add(
  'Joomla: related items module, pager and hits line',
  QUARRY,
  shell3('joomla', QUARRY, {
    tail: `<ul class="pager pagenav"><li class="previous"><a href="/news/1" rel="prev">Prev</a></li><li class="next"><a href="/news/3" rel="next">Next</a></li></ul><dd class="hits">Hits: 1482</dd>`,
    after: `<div class="moduletable"><h3>Related Articles</h3><ul class="relateditems mod-list">${li(FORTY.slice(0, 5))}</ul></div>`,
  }),
  ['Hits: 1482', 'Related Articles', ...FORTY.slice(0, 5)],
);

add(
  'Drupal 7: a views block of related content and a tags field inside the node',
  QUARRY,
  shell3('drupal7', QUARRY, {
    tail: `<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/planning">planning</a></div><div class="field-item odd"><a href="/tags/wildlife">wildlife</a></div><div class="field-item even"><a href="/tags/courts">courts</a></div></div></div><div class="view view-related-content view-id-related_content"><div class="view-header"><h2>Related content</h2></div><div class="view-content">${FORTY.slice(
      5,
      10,
    )
      .map(
        (h, i) =>
          `<div class="views-row views-row-${i + 1}"><div class="views-field views-field-title"><span class="field-content">${link3(h)}</span></div><div class="views-field views-field-created"><span class="field-content">05/0${i + 1}/2026</span></div></div>`,
      )
      .join('')}</div></div>`,
  }),
  ['Tags:', 'Related content', ...FORTY.slice(5, 10)],
);

add(
  'Wix: recent posts with views and comment counts, like button text',
  CRICKET,
  shell3('wix', CRICKET, {
    tail: `<div data-hook="post-footer"><span data-hook="view-count">214 views</span><span data-hook="comment-count">0 comments</span><span data-hook="like-button">Post not marked as liked</span></div>`,
    after: `<section data-hook="recent-posts"><h2>Recent Posts</h2><a href="/blog">See All</a>${FORTY.slice(10, 13)
      .map(
        (h) =>
          `<div data-hook="post-list-item"><a href="/post/${h.length}"><img src="/r.jpg" alt=""><p data-hook="post-title">${esc(h)}</p></a><span>31</span><span>0</span></div>`,
      )
      .join('')}</section>`,
  }),
  ['214 views', '0 comments', 'Post not marked as liked', 'Recent Posts', 'See All', ...FORTY.slice(10, 13)],
);

add(
  'JNews: a "Trending" block before the body inside the content, prev/next and tags after',
  INQUIRY,
  shell3('jnews', INQUIRY, {
    at: {
      [-1]: `<div class="jeg_postblock_22 jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Trending</span></h3></div><div class="jeg_posts">${CELEB.slice(
        0,
        5,
      )
        .map((h) => `<article class="jeg_post"><h3 class="jeg_post_title">${link3(h, 'entertainment')}</h3></article>`)
        .join('')}</div></div>`,
    },
    tail: `<div class="jeg_post_tags"><span>Tags:</span> <a href="/tag/fire">fire</a><a href="/tag/inquiry">inquiry</a><a href="/tag/emergency">emergency</a></div><div class="jeg_prevnext_post"><a href="/p/1" class="post prev-post"><span class="caption">Previous Post</span><h3 class="post-title">${esc(FORTY[13] ?? '')}</h3></a><a href="/p/3" class="post next-post"><span class="caption">Next Post</span><h3 class="post-title">${esc(FORTY[14] ?? '')}</h3></a></div>`,
  }),
  [...CELEB.slice(0, 5), 'Previous Post', 'Next Post', FORTY[13] ?? '', FORTY[14] ?? ''],
);

add(
  'Soledad: "You Might Be Interested In" carousel and prev/next article',
  CRICKET,
  shell3('soledad', CRICKET, {
    tail: `<div class="tags-share-box"><span class="post-share-item">Facebook</span><span class="post-share-item">Twitter</span><span class="post-share-item">Pinterest</span><span class="post-share-item">Email</span></div><div class="post-pagination"><div class="prev-post"><div class="prev-post-title"><span>previous post</span></div><h5><a href="/p/1">${esc(FORTY[15] ?? '')}</a></h5></div><div class="next-post"><div class="prev-post-title"><span>next post</span></div><h5><a href="/p/3">${esc(FORTY[16] ?? '')}</a></h5></div></div>`,
    after: `<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">You Might Be Interested In</h4></div><div class="penci-owl-carousel">${FORTY.slice(
      17,
      22,
    )
      .map(
        (h) =>
          `<div class="item-related"><a href="/p/${h.length}"><img alt="" src="/r.jpg"></a><h3>${link3(h)}</h3><span class="date">May 1, 2026</span></div>`,
      )
      .join('')}</div></div>`,
  }),
  [
    'previous post',
    'next post',
    FORTY[15] ?? '',
    FORTY[16] ?? '',
    'You Might Be Interested In',
    ...FORTY.slice(17, 22),
  ],
);

add(
  'Bootstrap: "Most popular" as a <dl> of headlines and dates after the body',
  INQUIRY,
  shell3('bootstrap', INQUIRY, {
    tail: `<h4 class="font-italic">Most popular</h4><dl class="row">${FORTY.slice(22, 27)
      .map((h) => `<dt class="col-sm-9">${link3(h)}</dt><dd class="col-sm-3">May 2</dd>`)
      .join('')}</dl>`,
  }),
  ['Most popular', ...FORTY.slice(22, 27)],
);

add(
  'Legacy tables: "Other headlines" as table rows, print and e-mail links',
  QUARRY,
  shell3('legacy', QUARRY, {
    tail: `<br><a href="/print?id=77">Printer friendly version</a> | <a href="/mail?id=77">E-mail this story to a friend</a><br><br><table width="100%" border="0" cellpadding="2"><tr><td bgcolor="#cccccc"><b>OTHER HEADLINES</b></td></tr>${FORTY.slice(
      27,
      32,
    )
      .map((h) => `<tr><td><font size="1">&#187; ${link3(h)}</font></td></tr>`)
      .join('')}</table>`,
  }),
  ['Printer friendly version', 'E-mail this story to a friend', 'OTHER HEADLINES', ...FORTY.slice(27, 32)],
);

add(
  'Blogger Contempo: labels, share links, comment form text, older/newer and popular posts',
  LENTILS,
  shell3('contempo', LENTILS, {
    tail: `<div class="post-footer"><div class="post-share-buttons"><a class="goog-inline-block share-button" href="#">Email This</a><a class="share-button" href="#">Share to X</a><a class="share-button" href="#">Share to Facebook</a></div><div class="post-labels">Labels: <a href="/search/label/soup" rel="tag">soup</a>, <a href="/search/label/winter" rel="tag">winter</a></div></div><section class="comments" id="comments"><h3 class="title">Comments</h3><div class="comment-form"><p>Post a Comment</p></div></section><div class="blog-pager"><a class="blog-pager-newer-link" href="/n">Newer Post</a> <a class="blog-pager-older-link" href="/o">Older Post</a> <a class="home-link" href="/">Home</a></div><div class="blog-feeds">Subscribe to: Post Comments (Atom)</div>`,
    after: `<div class="widget PopularPosts"><h3 class="title">Popular Posts</h3>${FORTY.slice(32, 36)
      .map(
        (h) =>
          `<div class="post"><div class="post-content"><h3 class="post-title">${link3(h, '2026/04')}</h3><div class="snippet-item">A short look at what changed this spring and what comes next for the town.</div></div></div>`,
      )
      .join('')}</div>`,
  }),
  [
    'Share to Facebook',
    'Labels:',
    'Post a Comment',
    'Newer Post',
    'Older Post',
    'Subscribe to:',
    'Popular Posts',
    ...FORTY.slice(32, 36),
  ],
);

// --- Widgets as text ---

add(
  'Taboola as text: "Sponsored stories" / "You May Like" with advertisers',
  INQUIRY,
  shell3('bootstrap', INQUIRY, {
    tail: `<div id="taboola-below-article-thumbnails" class="trc_related_container"><div class="trc_header_ext"><span class="trc_rbox_header_span">You May Like</span><a class="trc_attribution" href="https://popup.taboola.com/en/">Sponsored Links by Taboola</a></div>${[
      ['Homeowners are switching to this new roof coating', 'RoofPro Tips'],
      ['The hotel deals locals do not want you to see', 'TravelSaver'],
      ['Why this sofa is selling out across the country', 'Comfy Living'],
      ['Seniors under 80 can now claim this allowance', 'Benefit Check'],
    ]
      .map(
        ([h, s]) =>
          `<div class="videoCube"><a href="https://ads.example/t"><span class="video-title">${esc(h ?? '')}</span><span class="branding">${esc(s ?? '')}</span></a></div>`,
      )
      .join('')}</div>`,
  }),
  [
    'You May Like',
    'Sponsored Links by Taboola',
    'roof coating',
    'hotel deals',
    'sofa is selling',
    'RoofPro Tips',
    'Benefit Check',
  ],
);

add(
  'Outbrain as text: "Promoted" stories mixed with the site\'s own, "Recommended by"',
  GLACIER,
  shell3('jnews', GLACIER, {
    lang: 'de',
    tail: `<div class="OUTBRAIN" data-widget-id="AR_1"><div class="ob-widget-header"><span>Promoted Stories</span><a class="ob_what" href="https://www.outbrain.com/what-is/">Recommended by</a></div>${[
      'Diese Gartenmöbel sind jetzt stark reduziert',
      'Neue Hörgeräte sind kaum noch sichtbar',
      'So sparen Hausbesitzer beim Heizen',
    ]
      .map(
        (h) =>
          `<a class="ob-dynamic-rec-link" href="https://paid.example/o"><span class="ob-rec-text">${esc(h)}</span><span class="ob-rec-source">Promoted</span></a>`,
      )
      .join('')}</div>`,
  }),
  ['Promoted Stories', 'Recommended by', 'Gartenmöbel', 'Hörgeräte', 'beim Heizen'],
);

add(
  'comments: Disqus and Coral fallbacks, "Join the conversation", "N comments"',
  QUARRY,
  shell3('soledad', QUARRY, {
    tail: `<div class="comments-area"><h3 class="comments-title">Join the conversation</h3><p class="comment-count">23 comments</p><div id="coral_thread"><p>Comments are loading. If they do not appear, please refresh the page.</p></div><div id="disqus_thread"></div><noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript></div>`,
  }),
  ['Join the conversation', '23 comments', 'Comments are loading', 'powered by Disqus'],
);

add(
  'paywall teaser between two paragraphs (the page still gives the whole story)',
  INQUIRY,
  shell3('jnews', INQUIRY, {
    at: {
      1: `<div class="paywall-inline"><p class="pw-title">This story is for subscribers.</p><p>Get unlimited access from 99p for your first month. Cancel anytime.</p><a class="btn" href="/subscribe">Subscribe now</a> <a href="/login">Already a subscriber? Sign in</a></div>`,
    },
  }),
  ['This story is for subscribers', 'unlimited access from 99p', 'Subscribe now', 'Already a subscriber'],
);

add(
  'share bar as text before the body: "Share on Facebook", "Copy link", "Print"',
  CRICKET,
  shell3('bootstrap', CRICKET, {
    at: {
      [-1]: `<div class="share-bar"><a href="https://facebook.example/share">Share on Facebook</a> <a href="https://x.example/share">Share on X</a> <button>Copy link</button> <button onclick="print()">Print</button></div>`,
    },
  }),
  ['Share on Facebook', 'Share on X', 'Copy link'],
);

add(
  'breadcrumb in the article and "Filed under" with a tag cloud',
  QUARRY,
  shell3('bootstrap', QUARRY, {
    at: {
      [-1]: `<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/news">News</a></li><li class="breadcrumb-item active">Courts</li></ol></nav>`,
    },
    tail: `<p class="filed">Filed under: <a href="/t/quarries">Quarries</a> · <a href="/t/bats">Bats</a> · <a href="/t/high-court">High Court</a> · <a href="/t/planning">Planning</a></p><div class="tagcloud"><a href="/t/a" style="font-size:14pt">Environment</a> <a href="/t/b" style="font-size:9pt">Mining</a> <a href="/t/c" style="font-size:11pt">Villages</a> <a href="/t/d" style="font-size:8pt">Woodland</a></div>`,
  }),
  ['Filed under', 'Quarries', 'Environment', 'Mining'],
);

add(
  'live scores ticker of other matches inside the body',
  CRICKET,
  shell3('jnews', CRICKET, {
    at: {
      1: `<div class="scores-ticker"><span class="label">LIVE SCORES</span><ul><li>Rovers 2-1 Albion</li><li>Westfield 0-0 Parkside</li><li>Eastholm 3-2 Mill Lane</li><li>Kingsbridge 1-4 Northgate</li></ul><a href="/scores">All scores</a></div>`,
    },
  }),
  ['LIVE SCORES', 'Rovers 2-1 Albion', 'Westfield 0-0 Parkside', 'All scores'],
);

add(
  'stock ticker strip in the body',
  BUSCONTRACT,
  shell3('euro', BUSCONTRACT, {
    lang: 'es',
    at: {
      2: `<div class="ticker-bolsa"><span>IBEX 35 11.204,3 ▲ 0,42%</span><span>EURO STOXX 4.980,1 ▼ 0,18%</span><span>EUR/USD 1,0871 ▲ 0,05%</span><span>BRENT 83,12 ▼ 1,10%</span></div>`,
    },
  }),
  ['IBEX 35', 'EURO STOXX', 'EUR/USD', 'BRENT'],
);

add(
  'video player with "Watch next" titles and durations after the body',
  INQUIRY,
  shell3('soledad', INQUIRY, {
    tail: `<div class="video-player"><div class="vjs-poster"></div><div class="up-next"><p class="up-next-label">Watch next</p>${FORTY.slice(
      36,
      40,
    )
      .map(
        (h, i) =>
          `<div class="playlist-item"><span class="pl-title">${esc(h)}</span><span class="pl-dur">0${i + 1}:2${i}</span></div>`,
      )
      .join('')}</div></div>`,
  }),
  ['Watch next', ...FORTY.slice(36, 40)],
);

add(
  'podcast player listing other episodes with their descriptions',
  ORCHESTRA,
  shell3('contempo', ORCHESTRA, {
    tail: `<div class="podcast-embed"><p class="pod-show">The Culture Hour</p><p class="pod-more">More episodes</p><ul class="episodes"><li><span class="ep-title">Episode 41: The last video shop in town</span><span class="ep-len">34 min</span></li><li><span class="ep-title">Episode 40: Inside the puppet theatre</span><span class="ep-len">29 min</span></li><li><span class="ep-title">Episode 39: How choirs came back</span><span class="ep-len">41 min</span></li></ul></div>`,
  }),
  ['The Culture Hour', 'More episodes', 'The last video shop', 'Inside the puppet theatre', 'How choirs came back'],
);

add(
  'photo gallery with captions of other pictures and a counter',
  FROST,
  shell3('euro', FROST, {
    lang: 'it',
    at: {
      0: `<div class="galleria"><p class="galleria-titolo">Fotogallery</p><figure><img src="/g1.jpg" alt=""><figcaption>Foto 1 di 8</figcaption></figure><a class="sfoglia" href="/galleria/gelo">Sfoglia la gallery</a></div>`,
    },
  }),
  ['Fotogallery', 'Foto 1 di 8', 'Sfoglia la gallery'],
);

add(
  'poll about the story after the body, with options and "View results"',
  LIBRARY,
  shell3('euro', LIBRARY, {
    lang: 'pl',
    tail: `<div class="sonda"><p class="sonda-pytanie">Sonda: Czy skorzystasz z nocnej czytelni?</p><label><input type="radio" name="s"> Tak</label><label><input type="radio" name="s"> Nie</label><label><input type="radio" name="s"> Nie wiem</label><button>Głosuj</button><a href="/sonda/wyniki">Zobacz wyniki</a></div>`,
  }),
  ['Sonda:', 'Głosuj', 'Zobacz wyniki'],
);

// --- Rails in new shapes ---

add(
  'rail of 16 celebrity headlines in a <p> separated by " · " after the body',
  INQUIRY,
  shell3('jnews', INQUIRY, { tail: `<p class="hot">${CELEB.map((h) => link3(h, 'showbiz')).join(' · ')}</p>` }),
  CELEB,
);

add(
  'rail of 40 numbered headlines as an <ol> with "1." text inside the article',
  CRICKET,
  shell3('soledad', CRICKET, {
    tail: `<ol class="list-latest">${FORTY.map((h, i) => `<li>${i + 1}. ${link3(h)}</li>`).join('')}</ol>`,
  }),
  FORTY,
);

add(
  'five image+link cards with no list element between two paragraphs',
  QUARRY,
  shell3('jnews', QUARRY, {
    at: {
      2: `<div class="inline-related">${CELEB.slice(5, 10)
        .map(
          (h, i) =>
            `<div class="ir-card"><a href="/showbiz/${i}-story"><img src="/i${i}.jpg" alt=""></a><a class="ir-title" href="/showbiz/${i}-story">${esc(h)}</a></div>`,
        )
        .join('')}</div>`,
    },
  }),
  CELEB.slice(5, 10),
);

add(
  'headline rail of five inside the article container before the body, headed "Latest"',
  GLACIER,
  shell3('euro', GLACIER, {
    lang: 'de',
    at: {
      [-1]: `<div class="latest-strip"><h4>Neueste Meldungen</h4>${DE_HEADS.map((h) => `<div>${link3(h)}</div>`).join('')}</div>`,
    },
  }),
  DE_HEADS,
);

add(
  'rail labelled only by an image alt text ("Trending now"), 16 items',
  FERRY,
  shell3('euro', FERRY, {
    lang: 'fr',
    after: `<div class="trend-box"><img src="/trending.svg" alt="Trending now"><div class="trend-items">${CELEB.map((h) => `<span class="t-item">${link3(h, 'people')}</span>`).join('')}</div></div>`,
  }),
  CELEB,
);

add(
  'rail labelled only by aria-label, items as divs of links inside the body container',
  DYKE,
  shell3('euro', DYKE, {
    lang: 'nl',
    at: {
      4: `<div role="region" aria-label="Meer nieuws uit de regio">${NL_HEADS.map((h) => `<div class="r-item">${link3(h)}</div>`).join('')}</div>`,
    },
  }),
  NL_HEADS,
);

// --- Guards: the story's own text ---

const QUARRY_DATED: Story = {
  ...QUARRY,
  paras: QUARRY.paras.map((t, i) => (i === 0 ? `LONDON (Courtwire) — ${t}` : t)),
};
add(
  'guard: a wire dateline, an editor’s note above and a correction below',
  QUARRY_DATED,
  shell3('bootstrap', QUARRY_DATED, {
    at: {
      [-1]: `<p><em>Editor’s note: This article was updated on May 5 to include the quarry operator’s response.</em></p>`,
    },
    tail: `<p class="correction"><strong>Correction:</strong> An earlier version of this article said the woodland covered sixty hectares. It covers about forty.</p>`,
  }),
  [],
  [
    'Editor’s note: This article was updated on May 5 to include the quarry operator’s response.',
    'An earlier version of this article said the woodland covered sixty hectares. It covers about forty.',
  ],
);

const INGREDIENTS = [
  '250g red lentils, rinsed',
  '1 onion, finely chopped',
  '1 carrot, diced',
  '2 tbsp olive oil',
  '1 tsp ground cumin',
  '1 tsp sweet paprika',
  '1.2 litres vegetable stock',
  'juice of 1 lemon',
];
add(
  'guard: a recipe’s ingredients list and method heading',
  LENTILS,
  shell3('contempo', LENTILS, {
    at: {
      0: `<h3>Ingredients</h3><p>Serves four</p><ul>${INGREDIENTS.map((x) => `<li>${esc(x)}</li>`).join('')}</ul><h3>Method</h3>`,
    },
  }),
  [],
  INGREDIENTS,
);

add(
  'guard: a Q&A interview in short paragraphs with bold questions',
  ORCHESTRA,
  shell3('soledad', ORCHESTRA, {
    at: {
      4: `<p><strong>Which piece did they like best?</strong></p><p>The Dvořák. They complained about it for a month and then played it as if they had written it.</p>`,
    },
  }),
  [],
  [
    'Which piece did they like best?',
    'The Dvořák. They complained about it for a month and then played it as if they had written it.',
  ],
);

const SOURCES = [
  'Judgment of the High Court in the quarry review (PDF)',
  'The council’s planning committee report of March 2025',
  'The ecologist’s survey submitted with the application',
];
add(
  'guard: a "Sources" list of three linked documents the story points to',
  QUARRY,
  shell3('drupal7', QUARRY, {
    at: {
      4: `<p>The documents the judge relied on are public, and we have linked them below.</p><h3>Sources</h3><ul>${SOURCES.map((s, i) => `<li><a href="/files/quarry-doc-${i}.pdf">${esc(s)}</a></li>`).join('')}</ul>`,
    },
  }),
  [],
  ['The documents the judge relied on are public, and we have linked them below.', ...SOURCES],
);

const TIMELINE = [
  ['4.12pm', 'The first dispatcher drafts an alert for the upper valley.'],
  ['4.40pm', 'Smoke is reported on the valley road by a bus driver.'],
  ['5.03pm', 'The alert is approved and sent to phones in the valley.'],
  ['5.20pm', 'Police close the valley road in both directions.'],
];
add(
  'guard: a timeline as a <dl> of times and events',
  INQUIRY,
  shell3('jnews', INQUIRY, {
    at: {
      2: `<h3>How the afternoon unfolded</h3><dl class="timeline">${TIMELINE.map(([a, b]) => `<dt>${a}</dt><dd>${esc(b ?? '')}</dd>`).join('')}</dl>`,
    },
  }),
  [],
  TIMELINE.map(([, b]) => b ?? ''),
);

const WIRE = [
  'The storm reached the coast shortly after midnight.',
  'Winds of 120 km/h were recorded at the lighthouse.',
  'About 8,000 homes lost power across the county.',
  'Two ferries stayed in port until the afternoon.',
  'No injuries were reported, police said.',
  'Schools on the islands will open late on Tuesday.',
  'The weather service expects calmer conditions by Wednesday.',
];
const STORM: Story = {
  slug: 'storm-hits-coast-overnight',
  title: 'Storm hits the coast overnight, thousands without power',
  byline: 'Wire staff',
  section: 'News',
  paras: WIRE,
};
add('guard: a wire story where every paragraph is one short sentence', STORM, shell3('bootstrap', STORM), []);

add(
  'guard: a French story quoting a "lire aussi" in prose, and a dated list of its own',
  FERRY,
  shell3('euro', FERRY, {
    lang: 'fr',
    at: {
      2: `<p>Les horaires du bateau de secours :</p><ul><li>Samedi : départs à 8 h et à 17 h</li><li>Dimanche : départs à 9 h et à 18 h</li><li>Lundi : un départ à 7 h 30</li></ul>`,
    },
  }),
  [],
  ['Samedi : départs à 8 h et à 17 h', 'Dimanche : départs à 9 h et à 18 h', 'Lundi : un départ à 7 h 30'],
);
