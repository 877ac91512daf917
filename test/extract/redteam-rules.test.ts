// The rules the red-team set (redteam-pages.ts) led to, each with a case that must go and a case of the
// story's own text, of the same shape, that must stay. Texts are of our own writing.
import { describe, expect, it } from 'vitest';
import { CREDIT, INLINE_TEASER, SECTION_LABEL } from '../../src/extract/junk-text.js';
import { stackLine } from '../../src/extract/stack-chrome.js';
import { esc } from './chrome-shells.js';
import { extracted, squash } from './judge.js';
import { link, shell, type Parts, type Shell } from './redteam-shells.js';
import { BAKERY, DERBY, FERRY, HAIL, LIBRARIES, RADWEGE, RETRIAL } from './redteam-stories.js';
import type { Story } from './chrome-stories.js';

function run(kind: Shell, story: Story, parts: Parts) {
  const r = extracted(shell(kind, story, parts), story);
  for (const p of story.paras) expect(r.text).toContain(squash(p));
  return r;
}

const HEADS = [
  'Harbour wall repairs start in June',
  'School bus route to change after half term',
  'Market hall stallholders face rent rise',
];

describe('rail: link lines closing a paragraph (before Readability)', () => {
  const last = FERRY.paras[4] ?? '';
  it('cuts the linked headlines after a blank line and keeps the paragraph', () => {
    const lastPara = `<p>${esc(last)}<br><br>More news: ${HEADS.map((h) => link(h)).join('<br>')}</p>`;
    const { text, rules } = run('blogger', FERRY, { lastPara });
    expect(text).not.toMatch(/Harbour wall|School bus|Market hall/);
    expect(rules).toContain('rail: link lines closing a paragraph');
  });
  it('keeps a linked source, and lines that are not only links', () => {
    const own = [
      'Operator statement on the engine fault',
      'Island council motion on a back-up vessel',
      'Hauliers’ letter on the lorry limit',
    ];
    const sources = `<p>${esc(last)}<br><br>Sources: ${own.map((h) => link(h, 'reports')).join('<br>')}</p>`;
    expect(run('blogger', FERRY, { lastPara: sources }).text).toContain('Island council motion on a back-up vessel');
    const one = `<p>${esc(last)}<br><br>The operator’s notice: ${link('Winter timetable changes for island sailings', 'notices')}</p>`;
    expect(run('blogger', FERRY, { lastPara: one }).text).toContain('Winter timetable changes for island sailings');
    const mixed = `<p>${esc(last)}<br><br>${HEADS.map((h) => `${link(h)}, said the harbour master`).join('<br>')}</p>`;
    const { text, rules } = run('blogger', FERRY, { lastPara: mixed });
    expect(text).toContain('Market hall stallholders face rent rise');
    expect(rules).not.toContain('rail: link lines closing a paragraph');
  });
});

describe('lone-teaser: one linked headline between two paragraphs', () => {
  it('removes it', () => {
    const { text, rules } = run('olivero', HAIL, {
      at: { 2: `<p><strong>${link('Orchards brace for a late frost', 'weather')}</strong></p>` },
    });
    expect(text).not.toContain('Orchards brace');
    expect(rules).toContain('lone-teaser');
  });
  it("keeps a linked sentence, a linked document, a roundup's linked headings and a paragraph's own heading", () => {
    const { text, rules } = run('olivero', HAIL, {
      at: {
        0: `<p>${link('Read the weather service’s full warning for the region.', 'weather')}</p>`,
        2: `<p><a href="/files/storm-damage-survey-2026.pdf">Storm damage survey for the southern plain</a></p>`,
      },
    });
    expect(text).toContain('Read the weather service’s full warning for the region.');
    expect(text).toContain('Storm damage survey for the southern plain');
    expect(rules).not.toContain('lone-teaser');
    const roundup = run('olivero', HAIL, {
      at: {
        0: `<p>${link('Growers in the east report lighter losses')}</p>`,
        1: `<p>${link('Forecasters review the warning they issued')}</p>`,
        2: `<p>${link('Insurers expect claims to top last year')}</p>`,
      },
    });
    expect(roundup.text).toContain('Growers in the east report lighter losses');
    expect(roundup.text).toContain('Insurers expect claims to top last year');
    // The paragraph after it repeats its words: the paragraph's own heading.
    const heading = run('olivero', HAIL, {
      at: { 2: `<p>${link('Insurers open a claims hotline for nurseries')}</p>` },
    });
    expect(heading.text).toContain('Insurers open a claims hotline for nurseries');
  });
  it('removes two teasers in one story, each unlike the paragraph after it', () => {
    const { text, rules } = run('olivero', HAIL, {
      at: {
        0: `<p>${link('Apple growers fear a second bad year')}</p>`,
        3: `<p>${link('Council to review its flood defences')}</p>`,
      },
    });
    expect(text).not.toMatch(/Apple growers fear|flood defences/);
    expect(rules.filter((r) => r === 'lone-teaser')).toHaveLength(2);
  });
});

describe('rails set as table rows', () => {
  const rows = (cells: string[][]): string =>
    `<table>${cells.map((c) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('')}</table>`;
  it('removes a table of other headlines with dates', () => {
    const tail = rows(
      [
        'Council tax bills to arrive late',
        'Leisure centre pool closes for a month',
        'Cycle path opens along the canal',
        'New head teacher for the academy',
        'Library fines to be scrapped',
      ].map((h, i) => [link(h), `0${i + 1}/04/2026`]),
    );
    const { text } = run('tables', LIBRARIES, { tail });
    expect(text).not.toMatch(/Council tax bills|Cycle path opens/);
  });
  it('keeps a table of figures whose words are far from the story', () => {
    const tail = rows([
      ['Eastgate branch visitors in 2019', '41,200'],
      ['Eastgate branch visitors in 2025', '27,950'],
      ['Fernhill branch visitors in 2019', '36,800'],
      ['Fernhill branch visitors in 2025', '24,100'],
      ['Central library visitors in 2025', '212,400'],
    ]);
    const { text } = run('tables', LIBRARIES, { tail });
    expect(text).toContain('Fernhill branch visitors in 2025');
  });
});

describe('a list the story announces in a sentence ending in a colon', () => {
  const docs = [
    'Ruling of the appeals panel in full',
    'Transcript of the auditor’s cross-examination',
    'Statement from the district attorney’s office',
  ];
  const list = `<ul>${docs.map((d) => `<li>${link(d, 'documents')}</li>`).join('')}</ul>`;
  it('is kept', () => {
    const { text } = run('olivero', RETRIAL, {
      tail: `<p>The court has published the main documents of the appeal:</p>${list}`,
    });
    for (const d of docs) expect(text).toContain(d);
  });
  it('is still removed after a label or an invitation ending in a colon', () => {
    for (const lead of [
      'Related coverage:',
      'You might also like these stories:',
      'We have covered the case from the start, in the following stories:',
    ]) {
      const { text } = run('olivero', RETRIAL, { tail: `<p>${lead}</p>${list}` });
      expect(text).not.toContain('Ruling of the appeals panel in full');
    }
  });
});

describe('labels, teasers and credits in German, Spanish, French', () => {
  it('knows the labels and openings', () => {
    for (const l of [
      'Mehr zum Thema',
      'Das könnte Sie auch interessieren',
      'Noticias relacionadas',
      'Lo más leído',
      'À lire aussi',
    ])
      expect(SECTION_LABEL.test(l), l).toBe(true);
    for (const l of [
      'Lesen Sie auch: Neue Ampel am Ring',
      'Te puede interesar: La feria vuelve a mayo',
      'Lire aussi : Le port s’agrandit',
    ])
      expect(INLINE_TEASER.test(l), l).toBe(true);
    for (const l of ['Foto: Stadtanzeiger/Archiv', 'Imagen: Diario del Puerto', 'Bildquelle: Stadtwerke'])
      expect(CREDIT.test(l), l).toBe(true);
  });
  it('leaves sentences that use the same words', () => {
    for (const l of [
      'Mehr zum Thema Radverkehr will der Stadtrat im Mai beraten.',
      'Lo más leído del año fue un libro de cocina.',
    ])
      expect(SECTION_LABEL.test(l), l).toBe(false);
    for (const l of [
      'Lesen Sie auch die Stellungnahme des Handelsverbands, sagte sie.',
      'Foto de familia antes del pleno.',
    ])
      expect(INLINE_TEASER.test(l) || CREDIT.test(l), l).toBe(false);
  });
});

describe('widget: a share row run together, a slide counter over its picture', () => {
  it('removes a blog share row of 60+ characters and keeps a sentence of control words', () => {
    const row = 'Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest';
    expect(stackLine({ text: row, len: row.length, tail: true })).toBe('widget: button');
    const sentence = 'Share to Facebook was the most common way readers passed the story on, the editor said.';
    expect(stackLine({ text: sentence, len: sentence.length, tail: true })).toBeNull();
  });
  it('removes "1 / 14" over a gallery picture, keeps a score line', () => {
    const g = `<div class="gallery"><div class="gallery__counter">1 / 14</div><img src="/g.jpg" alt=""></div>`;
    expect(run('olivero', DERBY, { at: { 1: g } }).text).not.toContain('1 / 14');
    const score = run('olivero', DERBY, { at: { 1: `<p>Half-time possession</p><div>7 / 10</div>` } });
    expect(score.text).toContain('7 / 10');
  });
});

describe('second round', () => {
  it('consent-notice: takes the note inside the article, never the article around it', () => {
    const note = `<div class="cookie-note"><p>We use cookies to improve the site. By continuing you accept our cookie policy.</p><a href="#a">Accept</a> <a href="/c">Manage cookies</a></div>`;
    const { text, rules } = run('squarespace', HAIL, { tail: note });
    expect(text).not.toContain('We use cookies');
    expect(rules).toContain('consent-notice');
    const law = `<p>Growers said the insurers’ claim forms asked them to accept cookies and consent to third party data sharing before they could even report the damage.</p>`;
    expect(run('squarespace', HAIL, { at: { 3: law } }).text).toContain(
      'accept cookies and consent to third party data sharing',
    );
  });
  it('German toolbar and ad label go; sentences with the same words stay', () => {
    const { text } = run('german', RADWEGE, {
      at: {
        1: '<p>Anzeige</p>',
        4: '<p>Die Anzeige des Handelsverbands in der Lokalzeitung hatte vor dem Beschluss für Unruhe gesorgt, sagte die Sprecherin.</p>',
      },
      tail: '<div>Artikel drucken | Artikel merken | Link kopieren</div>',
    });
    expect(text).not.toMatch(/Artikel drucken|^Anzeige$/m);
    expect(text).toContain('Die Anzeige des Handelsverbands');
  });
  it('a "LIVE:" pointer line goes, a sentence about live music stays', () => {
    const { text } = run('newspaper', HAIL, {
      at: {
        0: `<p><b>LIVE:</b> ${link('Storm updates from the valley', 'live')}</p>`,
        3: '<p>Live music at the growers’ market was cancelled on Wednesday as the clean-up went on.</p>',
      },
    });
    expect(text).not.toContain('Storm updates from the valley');
    expect(text).toContain('Live music at the growers’ market');
  });
  it('quoted-card: a blockquote of a linked headline and an excerpt goes, a quote stays', () => {
    const card = `<blockquote><p>${link('Bakery chain opens its fortieth shop')}</p><p>The shop in the old post office is its first in three years…</p></blockquote>`;
    const quote = `<blockquote><p>“We looked at every buyer, and only one promised to keep the bakery open,” Mr Halloran wrote in a <a href="/letter">letter to staff</a>.</p></blockquote>`;
    const { text, rules } = run('jetpack', BAKERY, { at: { 1: card, 3: quote } });
    expect(text).not.toContain('fortieth shop');
    expect(text).toContain('only one promised to keep the bakery open');
    expect(rules.filter((r) => r === 'quoted-card')).toHaveLength(1);
  });
});

describe('contact-line: a "Follow @handle" line', () => {
  it('removes the short line and keeps a sentence that starts with a handle', () => {
    const { text } = run('olivero', FERRY, {
      at: {
        0: '<p>Follow @harbourdesk for sailing updates</p>',
        3: '<p>Follow @ferrywatch, the islanders’ campaign account, was set up in 2019 after the last breakdown of the ship.</p>',
      },
    });
    expect(text).not.toContain('Follow @harbourdesk');
    expect(text).toContain('Follow @ferrywatch, the islanders’ campaign account');
  });
});

describe('fifth round: podcast plugs and author boxes in German and Spanish', () => {
  it('widget: podcast-links takes a plug ending in platform names, not a sentence naming them', () => {
    const plug = 'Listen to The Crossing, our weekly island podcast: Spotify | Apple Podcasts';
    expect(stackLine({ text: plug, len: plug.length, tail: true })).toBe('widget: podcast-links');
    const prose =
      'Listen figures from Spotify and Apple Podcasts showed the ferry episode was the most played of the year.';
    expect(stackLine({ text: prose, len: prose.length, tail: true })).toBeNull();
  });
  it('"Über die Autorin" closes the story with its box; the words inside a sentence do not', () => {
    const box = '<div><h3>Über die Autorin</h3><p>Jana Fuchsberger schreibt seit 2017 über Verkehr.</p></div>';
    expect(run('german', RADWEGE, { tail: box }).text).not.toContain('schreibt seit 2017');
    const line =
      '<p>Über die Autorin des Gutachtens, eine Verkehrsplanerin aus Kassel, wurde im Rat lange gestritten.</p>';
    expect(run('german', RADWEGE, { at: { 4: line } }).text).toContain('Über die Autorin des Gutachtens');
  });
});
