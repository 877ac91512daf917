// The rules the tenth guard set (guards10-live-cards.ts, guards10-intl.ts) and guards 9's known losses led to:
// each keeps a shape of the story's own text that looked like chrome, and has a look-alike of chrome that must
// still go. Texts are ours.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { esc } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import { BARRIER, BARRIER_ENTRIES, CARDS, CARD_ITEMS } from './guards10-stories.js';
import { FARECARD, HEATHELP, HEAT_ITEMS, PAPERS, PAPERS_ITEMS } from './guards9-stories.js';
import { squash } from './judge.js';
import { link2, shell2 } from './redteam2-shells.js';
import { link8, shell8 } from './redteam8-shells.js';
import { AUDIT, D9, H9 } from './redteam9-stories.js';

function run(story: Story, html: string) {
  const rules: string[] = [];
  const r = extractArticle(html, `https://news.example/local/${story.slug}`, { trace: (rule) => rules.push(rule) });
  return { ok: r.ok, detail: r.ok ? '' : (r.detail ?? ''), text: r.ok ? squash(r.article.text) : '', rules };
}
const last = (s: Story): number => s.paras.length - 1;
const intro = (s: Story): Story => ({ ...s, paras: [s.paras[0] ?? ''] });

describe('verdict: the masthead’s short furniture before a listicle’s intro', () => {
  const items = CARD_ITEMS.map(([h, s]) => `<li><h4>${link8(h, '2026/06')}</h4><p>${esc(s)}</p></li>`).join('');
  it('a kicker and a meta line above the intro: the briefing of linked items is an article', () => {
    const r = run(CARDS, shell8('jannah', CARDS, { at: { [last(CARDS)]: `<ul>${items}</ul>` } }));
    expect(r.ok).toBe(true);
    for (const line of CARD_ITEMS.flat()) expect(r.text).toContain(line);
  });
  it('the same furniture over linked items with no intro of prose is still a section front', () => {
    const none: Story = { ...CARDS, paras: ['Evening briefing.'] };
    const r = run(none, shell8('jannah', none, { at: { 0: `<ul>${items}</ul>` } }));
    expect(r.ok).toBe(false);
  });
});

describe('verdict: a linked heading closing a wrapper with its time stamp, over the entry’s text', () => {
  const entry = (t: string, h: string, body: string, i: number): string =>
    `<article class="entry"><header><time>${t}</time><h3><a href="/live/barrier#post-${String(i)}">${esc(h)}</a></h3></header><p>${esc(body)}</p></article>`;
  it('live entries whose headings are permalinks: an article', () => {
    const body = BARRIER_ENTRIES.map(([t, h, s], i) => entry(t, h, s, i)).join('');
    const r = run(BARRIER, shell8('generatepress', BARRIER, { at: { [last(BARRIER)]: body } }));
    expect(r.ok).toBe(true);
    for (const line of BARRIER_ENTRIES.flatMap(([, h, s]) => [h, s])) expect(r.text).toContain(line);
  });
  it('wrapped linked headlines over short deks after an intro are still a section front', () => {
    const s = intro(AUDIT);
    const body = [0, 1, 2, 3, 4].map((i) => entry('3h ago', H9(i), 'Read the full story inside.', i)).join('');
    const r = run(s, shell2('arc', s, { at: { 0: body } }));
    expect(r.ok).toBe(false);
    expect(r.detail).toContain('teasers');
  });
});

describe('verdict: short items after an intro that hands over to them', () => {
  const items = HEAT_ITEMS.map(([n, d]) => `<h4>${link8(n, 'services')}</h4><p>${esc(d)}</p>`).join('');
  it('"the services below": linked services over one-line notes are an article', () => {
    const r = run(HEATHELP, shell8('elementor', HEATHELP, { at: { [last(HEATHELP)]: items } }));
    expect(r.ok).toBe(true);
    for (const line of HEAT_ITEMS.flat()) expect(r.text).toContain(line);
  });
  it('the same items after an intro that does not announce them are still a section front', () => {
    const s: Story = {
      ...HEATHELP,
      paras: [
        HEATHELP.paras[0] ?? '',
        'Most of the services are free and open to anyone; the phone lines are staffed around the clock until the warning is lifted.',
      ],
    };
    const r = run(s, shell8('elementor', s, { at: { [last(s)]: items } }));
    expect(r.ok).toBe(false);
  });
});

describe('closing-teaser: a numbered listicle of linked headings, each over its own sentence', () => {
  const numbered = (texts: [string, string][], dek: boolean): string =>
    texts.map(([h, s], i) => `<h3>${String(i + 1)}. ${link2(h, 'help')}</h3>${dek ? `<p>${esc(s)}</p>` : ''}`).join('');
  /** A walking guide: an intro, then items whose sentences (under 120 characters) use other words than it. */
  const WALKS: Story = {
    ...FARECARD,
    slug: 'five-walks-out-of-the-heat',
    title: 'Five walks in the hills to get out of the heat',
    paras: [
      'When the city passes forty degrees, the hills offer shade, cold streams and quiet villages less than an hour away by car. We tried five paths for every level of fitness. Pack water, a hat and a paper map, since phone signal fades beyond the reservoir.',
    ],
  };
  const items: [string, string][] = [
    [
      'The chestnut trail above Orrin',
      'A six-kilometre loop under old trees, flat enough for small children and pushchairs.',
    ],
    [
      'The climb to Eagle Point',
      'Three hours of steep going that end on a view of the whole valley; start before nine.',
    ],
    ['The old mill path', 'It follows the river past pools where bathing is allowed and ends at a picnic ground.'],
    [
      'The drovers’ road over Kell Moor',
      'A two-day crossing between two hamlets, with a night in a hut you must book ahead.',
    ],
  ];
  it('after a one-paragraph intro, the numbered items and their sentences stay', () => {
    const r = run(WALKS, shell2('newspack', WALKS, { at: { 0: numbered(items, true) } }));
    for (const line of items.flatMap(([h, d], i) => [`${String(i + 1)}. ${h}`, d])) expect(r.text).toContain(line);
    expect(r.rules).not.toContain('closing-teaser');
  });
  it('unnumbered cards after a story, or numbered ones out of order, still go', () => {
    const cards = [4, 5, 6].map((i) => `<h3>${link2(H9(i))}</h3><p>${esc(D9(i))}</p>`).join('');
    const a = run(AUDIT, shell2('ghost', AUDIT, { at: { [last(AUDIT)]: cards } }));
    expect(a.text).not.toContain(H9(4));
    const odd = [4, 5, 6].map((i, k) => `<h3>${String(3 - k)}. ${link2(H9(i))}</h3><p>${esc(D9(i))}</p>`).join('');
    const b = run(AUDIT, shell2('ghost', AUDIT, { at: { [last(AUDIT)]: odd } }));
    expect(b.text).not.toContain(H9(4));
  });
});

describe('headline divs: a linked line in a <div> of its own over the story’s prose, read as a paragraph', () => {
  const soup = (s: Story, at: Record<number, string>): string => shell2('emotion', s, { at });
  it('a briefing of bold linked headlines in divs, each over its summary, and a linked standfirst stay', () => {
    const items = CARD_ITEMS.map(([h, d]) => `<div><b>• ${link2(h)}</b></div><div>${esc(d)}</div>`).join('');
    const a = run(CARDS, soup(CARDS, { [last(CARDS)]: items }));
    for (const line of CARD_ITEMS.flat()) expect(a.text).toContain(line);
    const dek =
      'The barrier would shut the old ferry slip for three years, and the ferry operators say nobody asked them.';
    const b = run(BARRIER, soup(BARRIER, { [-1]: `<div class="dek">${link2(dek, 'series')}</div>` }));
    expect(b.text).toContain(dek);
  });
  it('a labelled teaser, a lone linked headline or a button in a div between paragraphs still go', () => {
    const s = AUDIT;
    const r = run(
      s,
      soup(s, {
        0: `<div>Read next: ${link2(H9(1))}</div>`,
        1: `<div>${link2(H9(2))}</div>`,
        2: `<div><a href="/files/audit-report">Download the full report</a></div>`,
      }),
    );
    expect(r.text).not.toContain(H9(1));
    expect(r.text).not.toContain(H9(2));
    expect(r.text).not.toContain('Download the full report');
  });
});

describe('prose coverage: a pick holding none of a short page’s prose', () => {
  const ext = (h: string, i: number): string =>
    `<a href="https://paper${String(i)}.example/2026/06/lead">${esc(h)}</a>`;
  it('a press review of one paragraph and a list: the byline box Readability took gives way to the body', () => {
    const items = PAPERS_ITEMS.map(([o, h], i) => `<li>${ext(h, i)} – ${esc(o)}</li>`).join('');
    const r = run(PAPERS, shell8('jannah', PAPERS, { at: { [last(PAPERS)]: `<ul>${items}</ul>` } }));
    expect(r.ok).toBe(true);
    for (const line of [...PAPERS.paras, ...PAPERS_ITEMS.map(([o, h]) => `${h} – ${o}`)])
      expect(r.text).toContain(line);
  });
  it('a section front of linked headlines with one paragraph about the site in its footer is still none', () => {
    const heads = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<li>${link2(H9(i))}</li>`).join('');
    const blurb =
      'The Valley Courier has covered the towns of the upper valley since 1921 and is owned by a trust of its readers and staff.';
    const html = `<!DOCTYPE html><html lang="en"><head><title>Local news | The Valley Courier</title></head><body><header><a href="/">The Valley Courier</a></header><main><h1>Local news</h1><ul class="river">${heads}</ul></main><footer><p>${esc(blurb)}</p></footer></body></html>`;
    expect(run(PAPERS, html).ok).toBe(false);
  });
});
