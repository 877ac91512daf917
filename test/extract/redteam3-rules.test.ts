// The rules the third red-team set (redteam3-pages*.ts) led to, each with a case that must go and a case of the
// story's own text, of the same shape, that must stay. Texts are of our own writing.
import { describe, expect, it } from 'vitest';
import { SECTION_LABEL, TAIL_LABEL } from '../../src/extract/junk-text.js';
import { pageLine } from '../../src/extract/page-lines.js';
import { esc } from './chrome-shells.js';
import { extracted, squash } from './judge.js';
import { link3, shell3, type Parts3, type Shell3 } from './redteam3-shells.js';
import {
  BUSCONTRACT,
  CRICKET,
  DYKE,
  FERRY,
  FROST,
  GLACIER,
  INQUIRY,
  LIBRARY,
  QUARRY,
  TRAMDEPOT,
} from './redteam3-stories.js';
import type { Story } from './chrome-stories.js';

function run(kind: Shell3, story: Story, parts: Parts3) {
  const r = extracted(shell3(kind, story, parts), story);
  for (const p of story.paras) expect(r.text).toContain(squash(p));
  return r;
}

const line = (t: string, density = 0) => pageLine(t, t.length, density);

describe('inline-teaser: bare label (a teaser label with no colon before its link)', () => {
  it('matches a label and a line that is mostly its link', () => {
    expect(line('Leggi anche Chiude il ponte sul torrente fino a luglio', 0.8)).toBe('inline-teaser: bare label');
    expect(line('Lee también El mercado central estrena horario', 0.75)).toBe('inline-teaser: bare label');
  });
  it('leaves a sentence that opens with the same words, with few links', () => {
    expect(line('Lees ook het rapport van de provincie, dat vorige week verscheen.', 0.3)).toBeNull();
    expect(line('Veja também o relatório da câmara sobre a obra.', 0)).toBeNull();
  });
  it('goes from the page, and the story keeps a linked sentence that opens alike', () => {
    const teaser = `<p><strong>Leggi anche</strong> ${link3('Nuove piste ciclabili nel centro storico entro l’estate')}</p>`;
    const own = `<p>Leggi anche il ${link3('parere del consorzio')} pubblicato martedì: spiega perché le gemme secondarie contano più del previsto.</p>`;
    const { text, rules } = run('euro', FROST, { lang: 'it', at: { 1: teaser, 3: own } });
    expect(text).not.toContain('Nuove piste ciclabili');
    expect(text).toContain('spiega perché le gemme secondarie contano più del previsto');
    expect(rules).toContain('inline-teaser: bare label');
  });
});

describe('stock-chips: a market ticker with arrows', () => {
  it('matches two or more chips run together, in either decimal style', () => {
    expect(line('IBEX 35 11.204,3 ▲ 0,42%EURO STOXX 4.980,1 ▼ 0,18%')).toBe('stock-chips');
    expect(line('FTSE 100 7,412.3 ▲ 0.4% DOW 38,120 ▼ 0.2% NIKKEI 39,100 ▲ 1.1%')).toBe('stock-chips');
  });
  it('leaves one chip and a sentence about the market', () => {
    expect(line('IBEX 35 11.204,3 ▲ 0,42%')).toBeNull();
    expect(line('The FTSE 100 closed at 7,412.3, up 0.4%, and the Dow fell 0.2%.')).toBeNull();
  });
});

describe('counter-line and feed-link', () => {
  it('match a CMS hit counter and a blog feed link', () => {
    expect(line('Hits: 1482')).toBe('counter-line');
    expect(line('Aufrufe: 3.120')).toBe('counter-line');
    expect(line('Subscribe to: Post Comments (Atom)')).toBe('feed-link');
  });
  it('leave lines that only start alike', () => {
    expect(line('Hits: the ten songs that defined the summer')).toBeNull();
    expect(line('Views: three readers wrote in about the bridge.')).toBeNull();
    expect(line('Subscribe to the council’s planning alerts to follow the case.')).toBeNull();
  });
});

describe('labels in Dutch, Polish, Italian and Portuguese', () => {
  it('are section labels as whole lines', () => {
    for (const l of ['Meest gelezen', 'Najczęściej czytane', 'Ti potrebbe interessare', 'Veja também', 'Polecamy'])
      expect(SECTION_LABEL.test(l), l).toBe(true);
  });
  it('are not inside sentences', () => {
    for (const l of ['Meest gelezen werd het rapport over de dijk.', 'Polecamy się na przyszłość, mówi dyrektor.'])
      expect(SECTION_LABEL.test(l), l).toBe(false);
  });
  it('a Dutch "Meest gelezen" list goes; a list the story introduces stays', () => {
    // Headlines on the story's own topic: only the label tells them from the story's list.
    const heads = [
      'Waterschap zoekt nieuwe aannemer voor de dijk',
      'Dijkgraaf wil klei uit de uiterwaarden halen',
      'Kermis verhuist naar de dijk bij de haven',
    ];
    const rail = `<div class="mg"><p><b>Meest gelezen</b></p><ul>${heads.map((h) => `<li>${link3(h)}</li>`).join('')}</ul></div>`;
    const own = [
      'Zandzakken bij de sluis in het noorden',
      'Damwanden langs het fietspad bij de molen',
      'Extra pompen bij het gemaal',
    ];
    const at = {
      2: `<p>De tijdelijke maatregelen van het waterschap:</p><ul>${own.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`,
      4: rail,
    };
    const { text, rules } = run('euro', DYKE, { lang: 'nl', at });
    expect(text).not.toContain('Kermis verhuist');
    for (const x of own) expect(text).toContain(x);
    expect(rules.some((r) => r.startsWith('labelled-section'))).toBe(true);
  });
});

describe('tail-section: reader comments labelled in other languages', () => {
  it('matches the label alone, with or without a count', () => {
    for (const l of ['Comentários', 'Comentarios (4)', 'Kommentare', 'Reacties', '12 commentaires'])
      expect(TAIL_LABEL.test(l), l).toBe(true);
    expect(TAIL_LABEL.test('Comentários do público foram ouvidos na reunião.')).toBe(false);
  });
  it('the comment box goes, the story stays', () => {
    const tail = `<div class="c"><h4>Comentários</h4><p>Deixe o seu comentário. Os comentários são moderados.</p></div>`;
    const { text } = run('euro', TRAMDEPOT, { lang: 'pt', tail });
    expect(text).not.toContain('Deixe o seu comentário');
  });
});

describe('poll-box: a poll labelled in another language', () => {
  it('goes', () => {
    const tail = `<div class="s"><p>Ankieta: Czy skorzystasz z nocnej czytelni?</p><p>Tak</p><p>Nie</p><button>Głosuj</button></div>`;
    const { text, rules } = run('euro', LIBRARY, { lang: 'pl', tail });
    expect(text).not.toContain('Czy skorzystasz');
    expect(rules).toContain('poll-box');
  });
  it('a story’s survey result, labelled alike but no question, stays', () => {
    const own = `<div class="w"><p>Ankieta: dwie trzecie studentów chce nocnej czytelni przez cały rok.</p><p>Tak odpowiedziało 64 procent pytanych w maju.</p></div>`;
    const { text } = run('euro', LIBRARY, { lang: 'pl', at: { 2: own } });
    expect(text).toContain('dwie trzecie studentów chce nocnej czytelni');
  });
});

describe('labelled-section: a live scores ticker', () => {
  it('goes with its label', () => {
    const at = {
      1: `<div class="t"><span>Live scores</span><ul><li>Rovers 2-1 Albion</li><li>Westfield 0-0 Parkside</li><li>Eastholm 3-2 Mill Lane</li></ul></div>`,
    };
    const { text } = run('jnews', CRICKET, { at });
    expect(text).not.toContain('Rovers 2-1 Albion');
  });
  it('the story’s own results under "Results" stay', () => {
    const own = ['Harbour Town 215 for 9 beat Ashcombe 214 by one wicket', 'Eastholm 180 lost to Mill Lane 181 for 4'];
    const at = { 3: `<h3>Results</h3><ul>${own.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` };
    const { text } = run('jnews', CRICKET, { at });
    for (const x of own) expect(text).toContain(x);
  });
});

describe('document lists: links to files are the story’s sources', () => {
  const docs = ['High Court judgment on the quarry', 'Planning committee report, March', 'Ecology survey of the wood'];
  it('stay under a "Sources" heading', () => {
    const at = {
      4: `<h3>Sources</h3><ul>${docs.map((d, i) => `<li><a href="/files/q${i}.pdf">${esc(d)}</a></li>`).join('')}</ul>`,
    };
    const { text } = run('drupal7', QUARRY, { at });
    for (const d of docs) expect(text).toContain(d);
  });
  it('the same list linking to articles under "Related" goes', () => {
    const tail = `<h3>Related</h3><ul>${docs.map((d) => `<li>${link3(d)}</li>`).join('')}</ul>`;
    const { text } = run('drupal7', QUARRY, { tail });
    for (const d of docs) expect(text).not.toContain(d);
  });
});

describe('round 13: lines of furniture', () => {
  it('paywall lines in other languages, print lines and reaction counters match', () => {
    expect(line('Bereits Abonnent? Hier anmelden')).toBe('paywall');
    expect(line('Cet article est réservé aux abonnés. Il vous reste 70 % à découvrir.')).toBe('paywall');
    expect(line('Printer-friendly version')).toBe('print-line');
    expect(line('Enviar por correo')).toBe('print-line');
    expect(line('Reactions: funny (0) interesting (2) cool (1)')).toBe('reactions-line');
    expect(line('BTC $64,210.55 +2.14%ETH $3,120.10 −0.85%')).toBe('stock-chips');
  });
  it('sentences that open alike stay', () => {
    expect(line('Bereits Abonnenten der alten Zeitung erhalten den Rabatt automatisch, sagte der Verlag.')).toBeNull();
    expect(line('Cet article est le troisième de notre série sur les îles.')).toBeNull();
    expect(line('Print runs of the report were limited to two hundred copies.')).toBeNull();
    expect(line('Reactions to the ruling (2) were mixed in the villages.')).toBeNull();
    expect(line('Bitcoin rose 2.14% to $64,210.55 on Monday.')).toBeNull();
  });
  it('a German paywall box goes with its lines; a story sentence about subscribers stays', () => {
    const at = {
      1: `<div class="pw"><p>Lesen Sie jetzt weiter mit Kurier Plus</p><p>Alle Artikel für 1 € im ersten Monat. Jederzeit kündbar.</p><p>Bereits Abonnent? <a href="/login">Hier anmelden</a></p></div>`,
      3: `<p>Bereits Abonnenten des Alpenvereins erhalten die Messberichte künftig per Post, kündigte der Verein an.</p>`,
    };
    const { text, rules } = run('euro', GLACIER, { lang: 'de', at });
    expect(text).not.toContain('Kurier Plus');
    expect(text).toContain('erhalten die Messberichte künftig per Post');
    expect(rules).toContain('paywall');
  });
});

describe('tag-line in other languages', () => {
  it('"Mots-clés :" and "Etiquetas:" lines of short names go', () => {
    const tail = `<p>Mots-clés : <a href="/t/a">grève</a>, <a href="/t/b">ferries</a>, <a href="/t/c">îles</a></p>`;
    const { text, rules } = run('euro', FERRY, { lang: 'fr', tail });
    expect(text).not.toContain('Mots-clés');
    expect(rules).toContain('tag-line');
  });
  it('a sentence after "Temas:" stays', () => {
    const own = `<p>Temas: la frecuencia de las líneas del norte y el futuro de la plantilla centrarán el próximo pleno.</p>`;
    const { text } = run('euro', BUSCONTRACT, { lang: 'es', at: { 3: own } });
    expect(text).toContain('la frecuencia de las líneas del norte');
  });
});

describe('breadcrumbs and sign-up buttons in other languages', () => {
  it('a French trail line goes; a paragraph that starts with "Accueil" stays', () => {
    const at = {
      [-1]: `<p><a href="/">Accueil</a> &gt; <a href="/regions">Régions</a> &gt; <a href="/bretagne">Bretagne</a></p>`,
      2: `<p>Accueil glacial pour la sous-préfète, venue expliquer le dispositif aux marins devant la gare maritime.</p>`,
    };
    const { text, rules } = run('euro', FERRY, { lang: 'fr', at });
    expect(text).not.toContain('Régions');
    expect(text).toContain('Accueil glacial pour la sous-préfète');
    expect(rules).toContain('breadcrumb');
  });
  it('a German newsletter box with an "Jetzt anmelden" button goes; the story’s newsletter sentence stays', () => {
    const tail = `<div class="nl"><p>Newsletter abonnieren</p><p>Jeden Morgen die Nachrichten aus der Region in Ihr Postfach.</p><a class="btn" href="/nl">Jetzt anmelden</a></div>`;
    const own = `<p>Der Alpenverein verschickt seine Messberichte künftig auch als Newsletter an die Hütten im Tal.</p>`;
    const { text, rules } = run('euro', GLACIER, { lang: 'de', tail, at: { 2: own } });
    expect(text).not.toContain('in Ihr Postfach');
    expect(text).toContain('auch als Newsletter an die Hütten');
    expect(rules).toContain('newsletter-box');
  });
});

describe('author boxes and labels in other languages', () => {
  it('"L’autore" takes the bio after it; "Mest läst" and "Læs også" are labels', () => {
    expect(TAIL_LABEL.test('L’autore')).toBe(true);
    expect(TAIL_LABEL.test('L’autore del rapporto è il consorzio.')).toBe(false);
    for (const l of ['Mest lästa', 'Læs også', 'Nejčtenější', 'Im Trend', 'Ultim’ora'])
      expect(SECTION_LABEL.test(l), l).toBe(true);
    expect(SECTION_LABEL.test('Im Trend liegen seit Jahren kleinere Hütten.')).toBe(false);
  });
});

describe('announced lists: a sentence pointing below', () => {
  const own = [
    'Fire service statement on the alert system',
    'Inquiry transcript for day twelve',
    'County emergency plan',
  ];
  const list = own.map((s, i) => `<li><a href="https://inquiry.example.gov/d/${i}">${esc(s)}</a></li>`).join('');
  it('keeps the list the story points to', () => {
    const tail = `<p>This report draws on three public documents, each linked below.</p><ul>${list}</ul>`;
    const { text } = run('bootstrap', INQUIRY, { tail });
    for (const s of own) expect(text).toContain(s);
  });
  it('a label that ends the same way does not keep it', () => {
    const tail = `<p>More stories, linked below.</p><ul>${own.map((s) => `<li>${link3(s)}</li>`).join('')}</ul>`;
    const { text } = run('bootstrap', INQUIRY, { tail });
    for (const s of own) expect(text).not.toContain(s);
  });
});

describe('rail: run of linked headlines / links in one line (link-runs.ts)', () => {
  const heads = [
    'Fire inquiry to hear from former chief officer next week',
    'Alert system company defends its approval step',
    'Valley residents describe the smoke on the only road out',
    'Dispatchers union calls for faster evacuation alerts',
  ];
  it('four sibling paragraphs that are each one headline link go, on the story’s own subject', () => {
    const at = { 4: `<p>-</p>${heads.map((h) => `<p>${link3(h)} -</p>`).join('')}` };
    const { text, rules } = run('jnews', INQUIRY, { at });
    for (const h of heads) expect(text).not.toContain(h);
    expect(rules).toContain('rail: run of linked headlines');
  });
  it('a paragraph of four headline links with " | " goes', () => {
    const { text, rules } = run('bootstrap', INQUIRY, { tail: `<p>${heads.map((h) => link3(h)).join(' | ')}</p>` });
    for (const h of heads) expect(text).not.toContain(h);
    expect(rules).toContain('rail: links in one line');
  });
  it('linked subheadings over paragraphs, three runs of short names and links into the page stay', () => {
    const own = heads
      .map((h) => `<h3>${link3(h)}</h3><p>${esc(`${h}: the witness set out the timeline in detail.`)}</p>`)
      .join('');
    const names = ['2 x 4 Bench', 'DIY Murphy Bed', 'Cordless Drill Organizer', 'Frame Wall Shelf'];
    const short = names.map((n) => `<p>${link3(n, 'projects')}</p>`).join('');
    const toc = heads.map((h, i) => `<p><a href="#part-${i}">${esc(h)}</a></p>`).join('');
    const { text, rules } = run('jnews', INQUIRY, { at: { 1: own, 2: short, 3: toc } });
    for (const h of heads) expect(text).toContain(h);
    // (other rules may take the short names by their vocabulary; the run rule does not)
    expect(rules).not.toContain('rail: run of linked headlines');
  });
  it('a run the story announces stays', () => {
    const at = {
      3: `<p>The inquiry has published four statements so far, each linked below.</p>${heads.map((h) => `<p>${link3(h)}</p>`).join('')}`,
    };
    const { text } = run('jnews', INQUIRY, { at });
    for (const h of heads) expect(text).toContain(h);
  });
});

describe('round 14: lines and notices in other languages', () => {
  it('follow lines, a quiz’s plug and an agency line match', () => {
    expect(line('Suivez-nous sur Facebook et Instagram')).toBe('follow-line');
    expect(line('Síguenos en X y en Telegram')).toBe('follow-line');
    expect(line('Testen Sie Ihr Wissen: Wie gut kennen Sie die Alpen?')).toBe('quiz-plug');
    expect(line('Zum Quiz')).toBe('quiz-plug');
    expect(line('Źródło: PAP')).toBe('agency-line');
    expect(line('Quelle: dpa, AFP')).toBe('agency-line');
  });
  it('sentences that open alike stay', () => {
    expect(
      line(
        'Folgen Sie dem alten Weg bis zur zweiten Kehre, rät die Glaziologin, dann sieht man, wie weit das Eis schon zurückgewichen ist.',
      ),
    ).toBeNull();
    expect(line('Testen Sie Ihr Wissen über Gletscher im neuen Talmuseum, das im Herbst öffnet.')).toBeNull();
    expect(line('Źródło problemu leży w tym, że klei brakuje w całym regionie.')).toBeNull();
  });
  it('a Polish cookie notice goes; a story paragraph on cookies stays', () => {
    const tail = `<div class="rodo"><p>Ta strona używa plików cookie w celu świadczenia usług zgodnie z polityką prywatności. Możesz określić warunki przechowywania plików cookie w Twojej przeglądarce.</p></div>`;
    const own = `<p>Biblioteka nie zbiera danych czytelników: jej strona nie używa plików cookie, podkreśla dyrektor, a komputery w czytelni czyszczą historię przeglądarki po każdym użytkowniku.</p>`;
    const { text, rules } = run('euro', LIBRARY, { lang: 'pl', tail, at: { 2: own } });
    expect(text).not.toContain('Ta strona używa plików cookie');
    expect(text).toContain('jej strona nie używa plików cookie');
    expect(rules).toContain('consent-notice');
  });
  it('"Nächstes Video" is a label', () => {
    expect(SECTION_LABEL.test('Nächstes Video')).toBe(true);
    expect(SECTION_LABEL.test('Nächstes Video zeigt den Gletscher im Jahr 1950.')).toBe(false);
  });
});
