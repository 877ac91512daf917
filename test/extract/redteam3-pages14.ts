// The third red-team set, round 14, written after round 13's fixes and before the cleaner was run on it: rails
// with no label whose headlines share the story's words (only their shape tells them), the issue's shape unlabelled
// among the story's paragraphs, sponsored and video widgets, follow lines, app plugs, consent boxes, comment
// counts and agency credits in other languages; guards: linked subheadings of a roundup, prose that opens with
// the same words as the chrome, a sentence with its link, an agency byline paragraph.
import { esc } from './chrome-shells.js';
import { CELEB, DE_HEADS, ES_HEADS, FR_HEADS, PL_HEADS } from './redteam3-pages12.js';
import { link3, shell3 } from './redteam3-shells.js';
import { BUSCONTRACT, DYKE, FERRY, GLACIER, INQUIRY, LIBRARY, QUARRY, TRAMDEPOT } from './redteam3-stories.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';

export const CASES14: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES14.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};

/** Headlines on the glacier story's own subject: the vocabulary test cannot tell them. */
const GLACIER_HEADS = [
  'Alpenverein sichert Zustieg zur Hütte mit neuen Seilen',
  'Messtrupp findet offenen Fels an der Gletscherzunge',
  'Hitzeperiode im August lässt zwei Gletscher schrumpfen',
  'Glaziologin warnt vor brüchigem Gelände am Zustieg',
  'Hütten im Tal rechnen mit weniger Bergsteigern',
];
/** Headlines on the inquiry story's subject. */
const INQUIRY_HEADS = [
  'Fire inquiry to hear from former chief officer next week',
  'Alert system company defends its approval step',
  'Valley residents describe the smoke on the only road out',
  'Dispatchers union calls for faster evacuation alerts',
  'County reviews fire danger forecasts after the hill fires',
];

add(
  'issue shape unlabelled: a lone "-" and 16 headlines each followed by " -" after the last paragraph',
  INQUIRY,
  shell3('jnews', INQUIRY, {
    at: {
      4: `<p>-</p>${[...INQUIRY_HEADS, ...CELEB.slice(0, 11)].map((h) => `<p>${link3(h, 'news')} -</p>`).join('')}`,
    },
  }),
  [...INQUIRY_HEADS, ...CELEB.slice(0, 11)],
);

add(
  'five same-topic headlines as sibling paragraphs after the body, no label',
  GLACIER,
  shell3('euro', GLACIER, { lang: 'de', at: { 4: GLACIER_HEADS.map((h) => `<p>${link3(h, 'wissen')}</p>`).join('') } }),
  GLACIER_HEADS,
);

add(
  'five same-topic headlines in one paragraph separated by " | ", no label',
  INQUIRY,
  shell3('bootstrap', INQUIRY, { tail: `<p>${INQUIRY_HEADS.map((h) => link3(h)).join(' | ')}</p>` }),
  INQUIRY_HEADS,
);

add(
  'five same-topic headlines before the body, each in an <h4>, no label',
  GLACIER,
  shell3('euro', GLACIER, {
    lang: 'de',
    at: { [-1]: GLACIER_HEADS.map((h) => `<h4>${link3(h, 'wissen')}</h4>`).join('') },
  }),
  GLACIER_HEADS,
);

add(
  'same-topic rail of five with bullets "·" inside each paragraph between two halves of the body',
  INQUIRY,
  shell3('soledad', INQUIRY, { at: { 2: INQUIRY_HEADS.map((h) => `<p>· ${link3(h)}</p>`).join('') } }),
  INQUIRY_HEADS,
);

add(
  'French sponsored cards "Contenu sponsorisé" with advertisers',
  FERRY,
  shell3('euro', FERRY, {
    lang: 'fr',
    tail: `<div class="sponso"><p class="sponso-label">Contenu sponsorisé</p>${[
      ['Cette mutuelle rembourse enfin vos lunettes', 'Mutuelle Plus'],
      ['Les pompes à chaleur à prix cassé cet été', 'Éco Habitat'],
      ['Ce jeu captive des millions de Français', 'Jeux Stratégie'],
    ]
      .map(
        ([h, s]) =>
          `<a class="sp" href="https://ads.example/f"><span>${esc(h ?? '')}</span><small>${esc(s ?? '')}</small></a>`,
      )
      .join('')}</div>`,
  }),
  ['Contenu sponsorisé', 'Cette mutuelle', 'pompes à chaleur', 'Ce jeu captive', 'Mutuelle Plus'],
);

add(
  'Spanish "Contenido patrocinado" and Italian-style "Potrebbe piacerti anche" with no advertiser',
  BUSCONTRACT,
  shell3('euro', BUSCONTRACT, {
    lang: 'es',
    tail: `<div class="patro"><h4>Contenido patrocinado</h4><ul>${[
      'Los jubilados pueden pedir ya esta ayuda',
      'Así puedes ahorrar en la factura de la luz',
      'El truco de los bancos que nadie te cuenta',
    ]
      .map((h) => `<li><a href="https://ads.example/e">${esc(h)}</a></li>`)
      .join('')}</ul></div>`,
  }),
  ['Contenido patrocinado', 'Los jubilados', 'factura de la luz', 'El truco de los bancos'],
);

add(
  'German video widget "Nächstes Video" with titles and lengths',
  GLACIER,
  shell3('euro', GLACIER, {
    lang: 'de',
    tail: `<div class="video"><p class="vl">Nächstes Video</p>${DE_HEADS.slice(0, 3)
      .map((h, i) => `<div class="vi"><span>${esc(h)}</span><span>0${i + 1}:4${i}</span></div>`)
      .join('')}</div>`,
  }),
  ['Nächstes Video', ...DE_HEADS.slice(0, 3)],
);

add(
  'follow lines in French, Spanish and German at the end',
  FERRY,
  shell3('euro', FERRY, {
    lang: 'fr',
    tail: `<p>Suivez-nous sur Facebook et Instagram</p><p>Síguenos en X y en Telegram</p><p>Folgen Sie uns auf WhatsApp</p>`,
  }),
  ['Suivez-nous sur', 'Síguenos en', 'Folgen Sie uns'],
);

add(
  'app plug in Spanish and Portuguese after the body',
  TRAMDEPOT,
  shell3('euro', TRAMDEPOT, {
    lang: 'pt',
    tail: `<div class="app-promo"><p>Descarregue a nossa app e receba as notícias da cidade no telemóvel.</p><a href="https://apps.example/ios">App Store</a> <a href="https://apps.example/android">Google Play</a></div>`,
  }),
  ['Descarregue a nossa app', 'App Store', 'Google Play'],
);

add(
  'Polish cookie notice inside the article container',
  LIBRARY,
  shell3('euro', LIBRARY, {
    lang: 'pl',
    tail: `<div class="rodo"><p>Ta strona używa plików cookie w celu świadczenia usług zgodnie z polityką prywatności. Możesz określić warunki przechowywania lub dostępu do plików cookie w Twojej przeglądarce.</p><button>Akceptuję</button></div>`,
  }),
  ['plików cookie', 'Akceptuję'],
);

add(
  'comment counts and "Show comments" in other languages',
  DYKE,
  shell3('euro', DYKE, {
    lang: 'nl',
    tail: `<div class="rx"><a href="#reacties">14 reacties</a></div><div class="rx2"><button>Toon reacties</button></div>`,
  }),
  ['14 reacties', 'Toon reacties'],
);

add(
  'agency credits under a picture in the body: "Foto: ANSA", "Zdjęcie: PAP", "Bron: ANP"',
  LIBRARY,
  shell3('euro', LIBRARY, {
    lang: 'pl',
    at: {
      1: `<div class="img"><img src="/b.jpg" alt=""><span class="podpis">Czytelnia na drugim piętrze. Zdjęcie: PAP/Jan Nowak</span></div>`,
    },
    tail: `<p class="zrodlo">Źródło: PAP</p>`,
  }),
  ['Zdjęcie: PAP', 'Źródło: PAP'],
);

add(
  'a quiz promo box "Testen Sie Ihr Wissen" between paragraphs',
  GLACIER,
  shell3('euro', GLACIER, {
    lang: 'de',
    at: {
      2: `<div class="quiz-teaser"><p class="qt">Quiz</p><p>Testen Sie Ihr Wissen: Wie gut kennen Sie die Alpen?</p><a href="/quiz/alpen">Zum Quiz</a></div>`,
    },
  }),
  ['Testen Sie Ihr Wissen', 'Zum Quiz'],
);

add(
  'Polish "Zobacz również" rail of five as spans inside one div, after the article',
  LIBRARY,
  shell3('euro', LIBRARY, {
    lang: 'pl',
    after: `<div class="zr"><span class="zr-l">Zobacz również</span>${PL_HEADS.map((h) => `<span class="zr-i">${link3(h)}</span>`).join('')}</div>`,
  }),
  ['Zobacz również', ...PL_HEADS],
);

add(
  'Spanish five headlines with the site name after each, inside the body container before the last paragraph',
  BUSCONTRACT,
  shell3('euro', BUSCONTRACT, {
    lang: 'es',
    at: {
      3: `<div class="mas">${ES_HEADS.map((h) => `<div>${link3(h)} <em>— Diario del Sur</em></div>`).join('')}</div>`,
    },
  }),
  ES_HEADS,
);

add(
  'French headlines as a <dl> with the section as <dt>',
  FERRY,
  shell3('euro', FERRY, {
    lang: 'fr',
    tail: `<dl class="autres">${FR_HEADS.map((h) => `<dt>Régions</dt><dd>${link3(h)}</dd>`).join('')}</dl>`,
  }),
  FR_HEADS,
);

// --- Guards ---

const PICKS = [
  [
    'The quiet coast path above the harbour',
    'A two-hour walk with the best view of the islands, and a bench at the top that nobody ever seems to use.',
  ],
  [
    'The cliff loop from the old lifeboat station',
    'Steeper than it looks on the map, but the tea room at the end is open all year and takes muddy boots.',
  ],
  [
    'The estuary walk for a windy day',
    'Flat, sheltered by the reeds, and long enough to tire out a dog that has been indoors all week.',
  ],
];
const WALKS: Story = {
  slug: 'three-coastal-walks-for-spring',
  title: 'Three coastal walks for spring',
  byline: 'Ottilie Brammer',
  section: 'Travel',
  paras: [
    'Spring is the best time to walk the coast here: the paths are dry, the crowds have not arrived, and the light lasts long enough for a late start after lunch.',
    'All three walks below start from a car park with toilets, and each can be cut short if the weather turns, which it often does before May.',
  ],
};
add(
  'guard: a roundup whose linked subheadings each introduce a paragraph',
  WALKS,
  shell3('soledad', WALKS, {
    at: { 1: PICKS.map(([h, p]) => `<h3>${link3(h ?? '', 'walks')}</h3><p>${esc(p ?? '')}</p>`).join('') },
  }),
  [],
  PICKS.flat(),
);

add(
  'guard: prose that opens like chrome in German, French, Spanish and Polish',
  GLACIER,
  shell3('euro', GLACIER, {
    lang: 'de',
    at: {
      1: `<p>Folgen Sie dem alten Weg bis zur zweiten Kehre, rät die Glaziologin, dann sieht man, wie weit das Eis schon zurückgewichen ist.</p>`,
      3: `<p>Mehr zum Thema Gletscherschwund will der Verein im Herbst in einer Ausstellung im Talmuseum zeigen, mit Fotos aus hundert Jahren.</p>`,
    },
  }),
  [],
  [
    'Folgen Sie dem alten Weg bis zur zweiten Kehre, rät die Glaziologin, dann sieht man, wie weit das Eis schon zurückgewichen ist.',
    'Mehr zum Thema Gletscherschwund will der Verein im Herbst in einer Ausstellung im Talmuseum zeigen, mit Fotos aus hundert Jahren.',
  ],
);

add(
  'guard: a Dutch sentence that is mostly its link, and a Polish paragraph opening "Źródło"',
  DYKE,
  shell3('euro', DYKE, {
    lang: 'nl',
    at: {
      2: `<p>Lees het ${link3('volledige rapport over de dijkversterking en de kleivoorraad')} op de site van het waterschap.</p>`,
      3: `<p>Źródło problemu leży w tym, że klei brakuje w całym regionie, mówi dijkgraaf w rozmowie z polską prasą branżową.</p>`,
    },
  }),
  [],
  [
    'volledige rapport over de dijkversterking en de kleivoorraad op de site van het waterschap',
    'Źródło problemu leży w tym, że klei brakuje w całym regionie',
  ],
);

add(
  'guard: a court story quoting the other rulings it relies on, linked in sentences',
  QUARRY,
  shell3('drupal7', QUARRY, {
    at: {
      2: `<p>The judge relied on two earlier cases: ${link3('the ruling on the Hollins Wood pylons', 'law')}, where a survey in the wrong season was also fatal, and ${link3('the decision on the Marsh Lane housing estate', 'law')}, which set out what counts as a proper survey.</p>`,
    },
  }),
  [],
  [
    'the ruling on the Hollins Wood pylons',
    'the decision on the Marsh Lane housing estate, which set out what counts as a proper survey',
  ],
);
