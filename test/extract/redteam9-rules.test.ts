// The rules the ninth red-team set (redteam9-pages28.ts, -pages29.ts) led to, each with a case that must go and
// a look-alike of the story's own text that must stay. Texts are of our own writing.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { railItems } from '../../src/extract/rails.js';
import { esc } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import { squash } from './judge.js';
import { link2, shell2 } from './redteam2-shells.js';
import { link8, shell8 } from './redteam8-shells.js';
import { AQUIFER, AUDIT, D9, FERRY, H9, MAYORS, STARS9 } from './redteam9-stories.js';

/** The page's text and every rule the cleaner traced. */
function run(story: Story, html: string) {
  const rules: string[] = [];
  const r = extractArticle(html, `https://news.example/local/${story.slug}`, { trace: (rule) => rules.push(rule) });
  if (!r.ok) throw new Error(`no article: ${r.detail ?? ''}`);
  return { text: squash(r.article.text), rules };
}
const last = (s: Story): number => s.paras.length - 1;
const ghost = (s: Story, closing: string): string => shell2('ghost', s, { at: { [last(s)]: closing } });
const withLast = (s: Story, para: string): Story => ({ ...s, paras: [...s.paras, para] });

describe('closing-teaser: linked headlines after the last paragraph, in the body’s own container', () => {
  it('a single link in a list, a pair split by a bullet line and cards with a dek each go', () => {
    const one = run(AQUIFER, shell2('arc', AQUIFER, { at: { [last(AQUIFER)]: `<ul><li>${link2(H9(0))}</li></ul>` } }));
    expect(one.text).not.toContain(H9(0));
    expect(one.rules).toContain('closing-teaser');
    const pair = run(FERRY, ghost(FERRY, `<ul><li>${link2(H9(2))}</li></ul><p>•</p><h4>${link2(H9(3))}</h4>`));
    expect(pair.text).not.toContain(H9(2));
    expect(pair.text).not.toContain(H9(3));
    const cards = [4, 5, 6].map((i) => `<h3>${link2(H9(i))}</h3><p>${esc(D9(i))}</p>`).join('');
    const c = run(AUDIT, ghost(AUDIT, cards));
    for (const i of [4, 5, 6]) {
      expect(c.text).not.toContain(H9(i));
      expect(c.text).not.toContain(D9(i));
    }
    for (const p of AUDIT.paras) expect(c.text).toContain(squash(p));
  });

  it('an unlabelled closing link in the story’s own words stays, and so does one sentence with a link', () => {
    const own = 'Arroyo basin wells: the state water board’s pumping limits';
    const echo = run(AQUIFER, ghost(AQUIFER, `<p>${link2(own, 'environment')}</p>`));
    expect(echo.text).toContain(own);
    expect(echo.rules).not.toContain('closing-teaser');
    const line = 'The clerk’s list of qualified candidates is on the city’s site.';
    const s = withLast(MAYORS, line);
    const html = ghost(s, '').replace(
      `<p>${esc(line)}</p>`,
      `<p>The clerk’s list of qualified candidates is ${link2('on the city’s site', 'clerk')}.</p>`,
    );
    expect(run(s, html).text).toContain(line);
  });

  it('cards the last paragraph announces ("the three walks below") are the story’s own and stay', () => {
    const s = withLast(
      FERRY,
      'Three walks on Skerry Island that the ferry now puts within a day trip are described below.',
    );
    const cards = [7, 8].map((i) => `<h3>${link2(H9(i))}</h3><p>${esc(D9(i))}</p>`).join('');
    const { text } = run(s, ghost(s, cards));
    expect(text).toContain(H9(7));
    expect(text).toContain(D9(8));
  });

  it('a "Correction:" line and a timeline of the story’s own dates after the last paragraph stay', () => {
    const note = 'Correction: An earlier version of this story misstated the cost of the rebuilt engines.';
    const tl = `<ul><li><b>May 2025:</b> <a href="/news/ferry-hire">The county hires a passenger boat</a></li><li><b>January 2026:</b> The Gannet goes into dry dock</li></ul>`;
    const { text } = run(FERRY, ghost(FERRY, `<p><em>${esc(note)}</em></p>${tl}`));
    expect(text).toContain(note);
    expect(text).toContain('The county hires a passenger boat');
  });
});

describe('rail item extras: a date, an age, an outlet or a comment count between a rail’s links', () => {
  const p = (html: string): Element => new JSDOM(`<p>${html}</p>`).window.document.querySelector('p')!;
  it('reads links split by extras as a list of items', () => {
    const dated = p(
      STARS9.slice(0, 5)
        .map((s) => `${link2(s)} | Mar 4, 2019`)
        .join(' | '),
    );
    expect(railItems(dated)?.items.length).toBe(5);
    const outlets = p(
      STARS9.slice(0, 4)
        .map((s, i) => `${link2(s)} ${i % 2 ? '(Reuters)' : '— The Guardian'}`)
        .join(' • '),
    );
    expect(railItems(outlets)?.items.length).toBe(4);
    const counts = p(
      STARS9.slice(0, 3)
        .map((s) => `${link2(s)} 12 comments · 3 hours ago`)
        .join(' - '),
    );
    expect(railItems(counts)?.items.length).toBe(3);
  });
  it('reads short ages and rank numbers as extras too', () => {
    const ages = p(
      STARS9.slice(0, 4)
        .map((s, i) => `• ${link2(s)} ${(i + 2).toString()}h`)
        .join('<br>'),
    );
    expect(railItems(ages)?.items.length).toBe(4);
    const ranked = p(
      STARS9.slice(0, 5)
        .map((s, i) => `${(i + 1).toString()}. ${link2(s)}`)
        .join(' '),
    );
    expect(railItems(ranked)?.items.length).toBe(5);
  });
  it('reads a kicker before each link ("Politics | <a>") as an extra', () => {
    const kicked = p(
      STARS9.slice(0, 4)
        .map((s, i) => `${i % 2 ? 'Local News' : 'Politics'} | ${link2(s)}`)
        .join('<br>'),
    );
    expect(railItems(kicked)?.items.length).toBe(4);
    const words = p(
      `${link2('The water board')} Politics and ${link2('the county')} Budget talks ${link2('the growers')}`,
    );
    expect(railItems(words)).toBeNull();
  });
  it('and a 16-item rail split by " |" and dates goes, after the body', () => {
    const rail = `<p>${STARS9.map((s) => `${link8(s, 'celebrity')} | Feb 26, 2019`).join(' | ')}</p>`;
    const { text, rules } = run(AUDIT, shell8('generatepress', AUDIT, { at: { [last(AUDIT)]: rail } }));
    for (const s of STARS9) expect(text).not.toContain(s);
    expect(rules.some((r) => r.startsWith('rail'))).toBe(true);
  });
  it('leaves running text whose links have words and dates between them', () => {
    const prose = p(
      `${link2('The water board')} met on Mar 4, 2019 and ${link2('the county')} answered (in writing) 3 hours ago, in ${link2('a letter to growers')}.`,
    );
    expect(railItems(prose)).toBeNull();
    const lower = p(`${link2('Pumping limits in the basin')} (and the meters) ${link2('Growers say they will sue')}`);
    expect(railItems(lower)).toBeNull();
    const counted = p(`${link2('The water board')} set 3 limits. ${link2('The growers')} filed 2 suits.`);
    expect(railItems(counted)).toBeNull();
  });
});

describe('documents list: a list under a label that names the story’s documents stays', () => {
  const docs = [
    'State auditor’s report on the Kestrel Valley School District',
    'Board minutes approving the Kestrel Valley middle school contract',
    'District response to the audit, signed by the superintendent',
  ];
  const list = (label: string): string =>
    `<h3>${label}</h3><ul>${docs.map((d, i) => `<li><a href="https://auditor.state.example/kv/${i.toString()}">${esc(d)}</a></li>`).join('')}</ul>`;
  it('keeps the list under "Documents"', () => {
    const { text } = run(AUDIT, ghost(AUDIT, list('Documents')));
    for (const d of docs) expect(text).toContain(d);
  });
  it('takes the same list under "More stories"', () => {
    const { text } = run(AUDIT, ghost(AUDIT, list('More stories')));
    for (const d of docs) expect(text).not.toContain(d);
  });
});

describe('opening-teaser: prose-like cards before the first paragraph, in the body’s own container', () => {
  const cards = (ix: number[]): string => ix.map((i) => `<h3>${link2(H9(i))}</h3><p>${esc(D9(i))}</p>`).join('');
  it('five unlabelled cards of other news go (and the page is an article, not an index)', () => {
    const { text, rules } = run(MAYORS, shell2('ghost', MAYORS, { at: { [-1]: cards([0, 1, 2, 3, 4]) } }));
    for (const i of [0, 1, 2, 3, 4]) expect(text).not.toContain(D9(i));
    expect(rules).toContain('opening-teaser');
  });
  it('a linked subheading in the story’s own words before the first paragraph stays', () => {
    const own = 'Five candidates and the Halvorsen mill site';
    const lead = `<h3>${link2(own, 'politics')}</h3><p>${esc('The Dunmore race, from the clerk’s count to the runoff.')}</p>`;
    const { text } = run(MAYORS, shell2('ghost', MAYORS, { at: { [-1]: lead } }));
    expect(text).toContain(own);
  });
});

describe('timeline: a list whose entries each open on a date is the story’s chronology', () => {
  const events = [
    ['Mar 4, 2025', 'The Gannet loses its port engine off Skerry Island'],
    ['Jan 9, 2026', 'The Gannet goes into dry dock at Port Aldous'],
    ['Apr 14, 2026', 'The Gannet completes sea trials and is cleared to sail'],
  ];
  const list = (dated: boolean): string =>
    `<ul>${events.map(([d, e]) => `<li>${dated ? `${d ?? ''}: ` : ''}${link2(e ?? '', 'ferry')}</li>`).join('')}</ul>`;
  it('keeps the dated, linked entries at the end of the story', () => {
    const { text } = run(FERRY, ghost(FERRY, list(true)));
    for (const [d, e] of events) expect(text).toContain(`${d ?? ''}: ${e ?? ''}`);
  });
  it('takes the same links without the dates (a list of headlines at the end)', () => {
    const { text } = run(FERRY, ghost(FERRY, list(false)));
    for (const [, e] of events) expect(text).not.toContain(e ?? '');
  });
});

describe('teaser cards with their dek: one between two paragraphs, several as list items at the end', () => {
  it('a linked headline and its dek between paragraphs 2 and 3 go together', () => {
    const { text, rules } = run(
      FERRY,
      shell2('ghost', FERRY, { at: { 1: `<h4>${link2(H9(11))}</h4><p>${esc(D9(11))}</p>` } }),
    );
    expect(text).not.toContain(H9(11));
    expect(text).not.toContain(D9(11));
    expect(rules).toContain('card-between');
  });
  it('a linked crosshead in the story’s words with its opening line stays', () => {
    const head = 'Skerry Island shops and the lost summer of ferry visitors';
    const line = 'Shop owners on the island counted the cost of the cancelled ferry sailings.';
    const { text } = run(FERRY, shell2('ghost', FERRY, { at: { 1: `<h4>${link2(head)}</h4><p>${esc(line)}</p>` } }));
    expect(text).toContain(head);
    expect(text).toContain(line);
  });
  it('closing list items of a link and a dek each go; the candidates, each with a line of the story, stay', () => {
    const cards = `<ul>${[8, 9].map((i) => `<li>${link2(H9(i))}<p>${esc(D9(i))}</p></li>`).join('')}</ul>`;
    const gone = run(AQUIFER, ghost(AQUIFER, cards)).text;
    for (const i of [8, 9]) expect(gone).not.toContain(D9(i));
    const who = [
      ['Marisol Etxeberria', 'A council member who wants apartments on the Halvorsen mill site.'],
      ['Owen Delacroix', 'A council member who wants a riverfront park on the mill site.'],
    ];
    const own = `<ul>${who.map(([n, d]) => `<li>${link2(n ?? '', 'candidates')}<p>${esc(d ?? '')}</p></li>`).join('')}</ul>`;
    const kept = run(MAYORS, ghost(MAYORS, own)).text;
    for (const [n, d] of who) {
      expect(kept).toContain(n ?? '');
      expect(kept).toContain(d ?? '');
    }
  });
});
