// The third red-team set, round 13, written after round 12's fixes and before the cleaner was run on it:
// attacks on round 12's rules (labelled downloads of PDFs, tickers with currency signs, bare labels in
// languages no list names), breadcrumbs, tags, paywalls, sign-ups, author boxes and agency lines in other
// languages, Drupal and Blogger comment furniture, rails of 16 with sources or kickers and times, and guards:
// a quiz answered in prose, an interview in dashes, a standings table, a Spanish timeline, a sources list of web
// pages, a one-sentence wire style in German, notes and corrections in French and Spanish, an Italian recipe.
import { esc } from './chrome-shells.js';
import { CELEB, DE_HEADS, ES_HEADS, FORTY, FR_HEADS, IT_HEADS } from './redteam3-pages12.js';
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

export const CASES13: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES13.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const li = (items: string[], folder = 'news'): string => items.map((h) => `<li>${link3(h, folder)}</li>`).join('');

const SV_HEADS = [
  'Ny cykelbro över ån öppnar i juni',
  'Kommunen vill bygga fler förskolor',
  'Badhuset stänger för renovering i höst',
  'Stadsfesten flyttar till hamnen',
  'Biblioteket förlänger öppettiderna',
];

// --- Attacks on round 12's rules ---

add(
  'labelled "Popular downloads" rail of PDF guides after the body',
  INQUIRY,
  shell3('bootstrap', INQUIRY, {
    tail: `<div class="downloads"><h4>Popular downloads</h4><ul>${[
      'Free guide to home insurance in 2026',
      'The ultimate checklist for moving house',
      'Ten ways to cut your energy bill this winter',
      'Your pension questions answered',
    ]
      .map((h, i) => `<li><a href="/files/promo-${i}.pdf">${esc(h)}</a></li>`)
      .join('')}</ul></div>`,
  }),
  ['Popular downloads', 'Free guide to home insurance', 'moving house', 'energy bill this winter', 'pension questions'],
);

add(
  'crypto ticker with currency signs and no arrows between paragraphs',
  BUSCONTRACT,
  shell3('jnews', BUSCONTRACT, {
    at: {
      2: `<div class="coin-ticker"><span>BTC $64,210.55 +2.14%</span><span>ETH $3,120.10 −0.85%</span><span>SOL $142.33 +5.02%</span></div>`,
    },
  }),
  ['BTC $64,210', 'ETH $3,120', 'SOL $142'],
);

add(
  'bare teaser labels in Swedish and Danish and an arrow before "Lire aussi"',
  FERRY,
  shell3('euro', FERRY, {
    lang: 'fr',
    at: {
      0: `<p><b>Läs också</b> ${link3(SV_HEADS[0] ?? '')}</p>`,
      2: `<p>→ <a href="/regions/lire">Lire aussi : ${esc(FR_HEADS[2] ?? '')}</a></p>`,
      3: `<p><strong>LÆS OGSÅ</strong> ${link3('Færgen til øen sejler igen fra mandag')}</p>`,
    },
  }),
  [SV_HEADS[0] ?? '', FR_HEADS[2] ?? '', 'Færgen til øen sejler igen'],
);

add(
  'Swedish "Mest läst" rail of five in the article, a language no list names',
  GLACIER,
  shell3('euro', GLACIER, {
    lang: 'de',
    tail: `<div class="mest-last"><h3>Mest läst</h3><ol>${li(SV_HEADS)}</ol></div>`,
  }),
  ['Mest läst', ...SV_HEADS],
);

add(
  'Czech "Nejčtenější" rail of sixteen inside the body container after the last paragraph',
  DYKE,
  shell3('euro', DYKE, {
    lang: 'nl',
    at: {
      4: `<div class="box"><div class="box-title">Nejčtenější</div>${CELEB.map((h) => `<p class="item">${link3(h, 'celebrity')}</p>`).join('')}</div>`,
    },
  }),
  ['Nejčtenější', ...CELEB],
);

// --- Other languages' furniture ---

add(
  'German breadcrumb "Startseite › Region › Wissen" before the headline inside the article',
  GLACIER,
  shell3('euro', GLACIER, {
    lang: 'de',
    at: {
      [-1]: `<ol class="breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/region/">Region</a></li><li><a href="/wissen/">Wissen</a></li></ol>`,
    },
  }),
  ['Startseite'],
);

add(
  'French breadcrumb as a line "Accueil > Régions > Bretagne" and "Mots-clés" after the body',
  FERRY,
  shell3('euro', FERRY, {
    lang: 'fr',
    at: {
      [-1]: `<p class="ariane"><a href="/">Accueil</a> &gt; <a href="/regions">Régions</a> &gt; <a href="/bretagne">Bretagne</a></p>`,
    },
    tail: `<p class="mots-cles">Mots-clés : <a href="/t/greve">grève</a>, <a href="/t/ferries">ferries</a>, <a href="/t/iles">îles</a></p>`,
  }),
  ['Accueil', 'Mots-clés'],
);

add(
  'German tags "Schlagworte" and a dpa source line at the end',
  GLACIER,
  shell3('euro', GLACIER, {
    lang: 'de',
    tail: `<p class="quelle">© dpa-infocom, dpa:260504-99-123456/2</p><div class="tags">Schlagworte: <a href="/t/gletscher">Gletscher</a> <a href="/t/klima">Klima</a> <a href="/t/alpen">Alpen</a></div>`,
  }),
  ['dpa-infocom', 'Schlagworte'],
);

add(
  'German paywall mid-body: "Lesen Sie jetzt weiter", "Bereits Abonnent?"',
  GLACIER,
  shell3('euro', GLACIER, {
    lang: 'de',
    at: {
      1: `<div class="paywall"><p class="pw-head">Lesen Sie jetzt weiter mit Kurier Plus</p><p>Alle Artikel im ersten Monat für 1 €, danach 9,99 € monatlich. Jederzeit kündbar.</p><a href="/abo">Jetzt testen</a><p>Bereits Abonnent? <a href="/login">Hier anmelden</a></p></div>`,
    },
  }),
  ['Lesen Sie jetzt weiter', 'Jederzeit kündbar', 'Jetzt testen', 'Bereits Abonnent'],
);

add(
  'French paywall teaser "réservé aux abonnés" mid-body',
  FERRY,
  shell3('euro', FERRY, {
    lang: 'fr',
    at: {
      2: `<div class="abo-teaser"><p>Cet article est réservé aux abonnés. Il vous reste 70 % à découvrir.</p><p><a href="/abo">Je m’abonne</a> · <a href="/connexion">Déjà abonné ? Se connecter</a></p></div>`,
    },
  }),
  ['réservé aux abonnés', 'Il vous reste 70', 'Je m’abonne', 'Déjà abonné'],
);

add(
  'German newsletter sign-up without a form after the body',
  GLACIER,
  shell3('euro', GLACIER, {
    lang: 'de',
    tail: `<div class="nl-box"><p class="nl-title">Newsletter abonnieren</p><p>Jeden Morgen die wichtigsten Nachrichten aus der Region direkt in Ihr Postfach.</p><a class="btn" href="/newsletter">Jetzt anmelden</a></div>`,
  }),
  ['Newsletter abonnieren', 'direkt in Ihr Postfach', 'Jetzt anmelden'],
);

add(
  'Italian author box "L’autore" and Dutch "Over de auteur"',
  FROST,
  shell3('euro', FROST, {
    lang: 'it',
    tail: `<div class="autore"><h4>L’autore</h4><p>Giulia Ferrandino è giornalista professionista e segue l’agricoltura e l’economia del territorio dal 2011.</p></div>`,
  }),
  ['L’autore', 'giornalista professionista'],
);

add(
  'Spanish share row "Compartir" with WhatsApp and "Enviar por correo", and "Etiquetas"',
  BUSCONTRACT,
  shell3('euro', BUSCONTRACT, {
    lang: 'es',
    tail: `<div class="social">Compartir <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Enviar por correo</a></div><p class="etiquetas">Etiquetas: <a href="/t/autobuses">Autobuses</a> · <a href="/t/pleno">Pleno municipal</a> · <a href="/t/movilidad">Movilidad</a></p>`,
  }),
  ['Enviar por correo', 'Etiquetas'],
);

add(
  'Spanish "Te recomendamos" cards with kicker and time after the body',
  BUSCONTRACT,
  shell3('euro', BUSCONTRACT, {
    lang: 'es',
    tail: `<section class="recomendados"><h3>Te recomendamos</h3>${ES_HEADS.map((h, i) => `<div class="card"><span class="kicker">Ciudad</span>${link3(h)}<span class="hace">Hace ${i + 2} horas</span></div>`).join('')}</section>`,
  }),
  ['Te recomendamos', ...ES_HEADS],
);

// --- Platforms ---

add(
  'Drupal 7: "Log in or register to post comments", "Printer-friendly version", "Add new comment"',
  QUARRY,
  shell3('drupal7', QUARRY, {
    tail: `<ul class="links inline"><li class="comment_forbidden first"><span><a href="/user/login">Log in</a> or <a href="/user/register">register</a> to post comments</span></li><li class="print_html"><a href="/print/4417">Printer-friendly version</a></li><li class="print_mail last"><a href="/printmail/4417">Send by email</a></li></ul><div id="comments" class="comment-wrapper"><h2 class="title comment-form">Add new comment</h2></div>`,
  }),
  ['to post comments', 'Printer-friendly version', 'Send by email', 'Add new comment'],
);

add(
  'Blogger classic footer: "Posted by X at 10:12 AM", "No comments:", reactions',
  LENTILS,
  shell3('contempo', LENTILS, {
    tail: `<div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Ottilie Brammer</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="/p.html">10:12 AM</a></span> <span class="post-comment-link"><a class="comment-link" href="/p.html#comments">No comments:</a></span></div><div class="reaction-buttons">Reactions: <span>funny (0)</span> <span>interesting (2)</span> <span>cool (1)</span></div>`,
  }),
  ['Posted by', 'No comments:', 'Reactions:', 'interesting (2)'],
);

add(
  'Joomla: "Written by", "Category", "Hits" details after the body and pagenav with titles',
  CRICKET,
  shell3('joomla', CRICKET, {
    tail: `<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby">Written by Nadia Ferreira-Holt</dd><dd class="category-name">Category: <a href="/sport">Sport</a></dd><dd class="hits">Hits: 317</dd></dl><ul class="pager pagenav"><li class="previous"><a href="/sport/1" rel="prev">&lt; ${esc(FORTY[0] ?? '')}</a></li><li class="next"><a href="/sport/3" rel="next">${esc(FORTY[1] ?? '')} &gt;</a></li></ul>`,
  }),
  ['Written by Nadia', 'Category: Sport', 'Hits: 317', FORTY[0] ?? '', FORTY[1] ?? ''],
);

// --- Rails in new shapes ---

add(
  'issue shape in German: "Im Trend", a lone "-", 16 headlines each followed by " -"',
  GLACIER,
  shell3('euro', GLACIER, {
    lang: 'de',
    at: {
      4: `<h3>Im Trend</h3><p>-</p>${[...DE_HEADS, ...CELEB.slice(0, 11)].map((h) => `<p>${link3(h, 'leute')} -</p>`).join('')}`,
    },
  }),
  ['Im Trend', ...DE_HEADS, ...CELEB.slice(0, 11)],
);

add(
  'aggregator rail: "headline - Source" items with no label, 16, after the body',
  INQUIRY,
  shell3('bootstrap', INQUIRY, {
    tail: `<div class="feed-items">${CELEB.map((h, i) => `<div class="fi">${link3(h, 'go')} <span class="src">- ${['Daily Star', 'Showbiz Now', 'The Mirrorball', 'Celeb Weekly'][i % 4]}</span></div>`).join('')}</div>`,
  }),
  CELEB,
);

add(
  'rail of 16 with kicker and relative time, before the body inside the container',
  QUARRY,
  shell3('jnews', QUARRY, {
    at: {
      [-1]: `<div class="ticker-rail">${CELEB.map((h, i) => `<div class="tr"><span class="k">ENTERTAINMENT</span> <span class="ago">${i + 1}h ago</span> ${link3(h, 'ent')}</div>`).join('')}</div>`,
    },
  }),
  CELEB,
);

add(
  '40 headlines as <br> lines in one <div> between two halves of the body',
  CRICKET,
  shell3('soledad', CRICKET, {
    at: { 2: `<div class="more-news">${FORTY.map((h) => link3(h)).join('<br>')}</div>` },
  }),
  FORTY,
);

add(
  'five Italian headlines as table rows with a header row "Ultim’ora"',
  FROST,
  shell3('euro', FROST, {
    lang: 'it',
    tail: `<table class="ultimora"><thead><tr><th>Ultim’ora</th></tr></thead><tbody>${IT_HEADS.map((h, i) => `<tr><td>${10 + i}:0${i}</td><td>${link3(h)}</td></tr>`).join('')}</tbody></table>`,
  }),
  ['Ultim’ora', ...IT_HEADS],
);

// --- Guards: the story's own text ---

const QUIZ = [
  '1. Which river did the youth orchestra cross by ferry on its first day? Answer: the Rhine, at dawn, with the harp strapped to a bench.',
  '2. How many concerts did they play in twelve days? Answer: ten, two of them outdoors.',
  '3. What did the bride ask for? Answer: a waltz, which the orchestra played twice.',
];
add(
  'guard: a quiz with its answers in prose after the interview',
  ORCHESTRA,
  shell3('contempo', ORCHESTRA, {
    tail: `<h3>Our tour quiz</h3>${QUIZ.map((q) => `<p>${esc(q)}</p>`).join('')}`,
  }),
  [],
  QUIZ,
);

const DASHES = [
  '— Pourquoi avoir lancé la grève maintenant ?',
  '— Parce que la saison commence et que rien n’a changé depuis l’an dernier.',
  '— Les usagers vous en veulent-ils ?',
  '— Certains, oui. Mais beaucoup nous apportent du café sur le quai.',
];
add(
  'guard: a French interview in short dashed lines',
  FERRY,
  shell3('euro', FERRY, {
    lang: 'fr',
    at: {
      2: `<p>Nous avons interrogé le délégué syndical sur le quai.</p>${DASHES.map((d) => `<p>${esc(d)}</p>`).join('')}`,
    },
  }),
  [],
  ['Nous avons interrogé le délégué syndical sur le quai.', ...DASHES],
);

const STANDINGS = [
  ['Harbour Town', '9', '7', '2', '28'],
  ['Ashcombe', '9', '6', '3', '24'],
  ['Mill Lane', '9', '4', '5', '16'],
  ['Eastholm', '9', '1', '8', '4'],
];
add(
  'guard: a league table in the story',
  CRICKET,
  shell3('jnews', CRICKET, {
    at: {
      3: `<p>The county table after the final round:</p><table><thead><tr><th>Team</th><th>P</th><th>W</th><th>L</th><th>Pts</th></tr></thead><tbody>${STANDINGS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
    },
  }),
  [],
  ['The county table after the final round:', 'Harbour Town 9 7 2 28', 'Eastholm 9 1 8 4'],
);

const CRONO = [
  '12 de marzo: el ayuntamiento publica el pliego del concurso.',
  '30 de abril: se presentan cinco ofertas.',
  '2 de junio: la mesa de contratación propone a la empresa ganadora.',
  '18 de junio: el pleno aprueba la adjudicación.',
];
add(
  'guard: a Spanish timeline of dated steps',
  BUSCONTRACT,
  shell3('euro', BUSCONTRACT, {
    lang: 'es',
    at: { 3: `<h3>Cronología del concurso</h3><ul>${CRONO.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>` },
  }),
  [],
  CRONO,
);

const WEB_SOURCES = [
  'Fire service statement on the alert system',
  'Inquiry transcript for day twelve',
  'County emergency plan, section four',
];
add(
  'guard: a sources list of web pages the story names in a sentence',
  INQUIRY,
  shell3('bootstrap', INQUIRY, {
    tail: `<p>This report draws on three public documents, each linked below.</p><ul>${WEB_SOURCES.map((s, i) => `<li><a href="https://inquiry.example.gov/documents/${i + 1}">${esc(s)}</a></li>`).join('')}</ul>`,
  }),
  [],
  ['This report draws on three public documents, each linked below.', ...WEB_SOURCES],
);

const KURZ = [
  'Innsbruck (dpa) – Der Lawinenwarndienst hat am Sonntag die höchste Warnstufe ausgerufen.',
  'Betroffen sind vier Täler im Westen des Landes.',
  'Mehrere Straßen wurden vorsorglich gesperrt.',
  'In zwei Skigebieten stehen die Lifte still.',
  'Verletzt wurde nach ersten Angaben niemand.',
  'Die Lage soll sich erst am Dienstag entspannen.',
];
const LAWINE: Story = {
  slug: 'hoechste-lawinenwarnstufe',
  title: 'Höchste Lawinenwarnstufe in vier Tälern',
  byline: 'dpa',
  section: 'Panorama',
  paras: KURZ,
};
add(
  'guard: a German agency story in one-sentence paragraphs with a dateline',
  LAWINE,
  shell3('euro', LAWINE, { lang: 'de' }),
  [],
);

add(
  'guard: a French editor’s note at the end and a Spanish correction at the top',
  TRAMDEPOT,
  shell3('euro', TRAMDEPOT, {
    lang: 'pt',
    at: {
      [-1]: `<p><em>Correção: uma versão anterior deste artigo indicava 2027 como data de conclusão. A data prevista é 2028.</em></p>`,
    },
    tail: `<p><i>Nota da redação: este artigo foi atualizado com a resposta da empresa de transportes.</i></p>`,
  }),
  [],
  [
    'Correção: uma versão anterior deste artigo indicava 2027 como data de conclusão. A data prevista é 2028.',
    'Nota da redação: este artigo foi atualizado com a resposta da empresa de transportes.',
  ],
);

const INGREDIENTI = ['200 g di lenticchie rosse', '1 cipolla', '1 carota', '2 cucchiai di olio', '1 limone'];
const ZUPPA: Story = {
  ...LENTILS,
  slug: 'zuppa-di-lenticchie-al-limone',
  title: 'Zuppa di lenticchie rosse al limone',
  paras: [
    'È la zuppa che preparo quando la dispensa è quasi vuota: mezz’ora, una sola pentola e un sapore più vivo di quanto ci si aspetterebbe da ingredienti così semplici.',
    'Fate appassire la cipolla e la carota nell’olio a fuoco basso per una decina di minuti, finché la cipolla diventa trasparente e dolce.',
    'Aggiungete le lenticchie sciacquate e il brodo, portate a bollore e lasciate sobbollire per venti minuti, mescolando ogni tanto.',
    'Frullatene metà e rimettetela nella pentola, così la zuppa resta cremosa ma con un po’ di consistenza. Spremete il limone appena prima di servire.',
  ],
};
add(
  'guard: an Italian recipe with "Ingredienti" and "Procedimento"',
  ZUPPA,
  shell3('soledad', ZUPPA, {
    lang: 'it',
    at: {
      0: `<h3>Ingredienti</h3><ul>${INGREDIENTI.map((x) => `<li>${esc(x)}</li>`).join('')}</ul><h3>Procedimento</h3>`,
    },
  }),
  [],
  INGREDIENTI,
);

add(
  'guard: a Polish story whose paragraph opens "Polecamy" and a library list of its own',
  LIBRARY,
  shell3('euro', LIBRARY, {
    lang: 'pl',
    at: {
      2: `<p>Polecamy zabrać własną lampkę, mówi kierowniczka czytelni, bo przy oknach wieczorem bywa ciemno.</p><p>Nowe godziny czytelni:</p><ul><li>poniedziałek–piątek: 8.00–24.00</li><li>sobota: 10.00–24.00</li><li>niedziela: 12.00–20.00</li></ul>`,
    },
  }),
  [],
  [
    'Polecamy zabrać własną lampkę, mówi kierowniczka czytelni, bo przy oknach wieczorem bywa ciemno.',
    'poniedziałek–piątek: 8.00–24.00',
    'niedziela: 12.00–20.00',
  ],
);
