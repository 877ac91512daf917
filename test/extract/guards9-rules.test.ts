// The rules the ninth guard set (guards9-roundups.ts, guards9-endings.ts) led to: each keeps a shape of the
// story's own text that looked like chrome, and has a look-alike of chrome that must still go. Texts are ours.
import { describe, expect, it } from 'vitest';
import { isTimeline } from '../../src/extract/announced-lists.js';
import { extractArticle } from '../../src/extract/index.js';
import { esc } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import {
  FARECARD,
  FARE_ITEMS,
  PIERFIRE,
  PIER_EVENTS,
  RECALL,
  PORTDEAL,
  SCHOOLS,
  SCHOOL_ROWS,
} from './guards9-stories.js';
import { squash } from './judge.js';
import { link2, shell2 } from './redteam2-shells.js';
import { link7, shell7 } from './redteam7-shells.js';
import { AUDIT, D9, FORTY9, H9 } from './redteam9-stories.js';

function run(story: Story, html: string) {
  const rules: string[] = [];
  const r = extractArticle(html, `https://news.example/local/${story.slug}`, { trace: (rule) => rules.push(rule) });
  return { ok: r.ok, detail: r.ok ? '' : (r.detail ?? ''), text: r.ok ? squash(r.article.text) : '', rules };
}
const last = (s: Story): number => s.paras.length - 1;
const withLast = (s: Story, para: string): Story => ({ ...s, paras: [...s.paras, para] });

describe('verdict: a few linked headings after an opening paragraph, each over its own text', () => {
  it('a listicle of five linked subheadings over paragraphs is an article', () => {
    const items = FARE_ITEMS.map(([h, s]) => `<h2>${link7(h, 'help')}</h2><p>${esc(s)}</p>`).join('');
    const r = run(FARECARD, shell7('classic', FARECARD, { at: { [last(FARECARD)]: items } }));
    expect(r.ok).toBe(true);
    for (const line of FARE_ITEMS.flat()) expect(r.text).toContain(line);
  });

  it('a section front with an opening paragraph, its headlines over short deks or too many, is still none', () => {
    const intro: Story = { ...FARECARD, paras: [FARECARD.paras[0] ?? ''] };
    const short = [0, 1, 2, 3, 4].map((i) => `<h3>${link2(H9(i))}</h3><p>Read the full story inside.</p>`).join('');
    const a = run(intro, shell2('arc', intro, { at: { 0: short } }));
    expect(a.ok).toBe(false);
    expect(a.detail).toContain('teasers');
    const many = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `<h3>${link2(H9(i))}</h3><p>${esc(D9(i))}</p>`).join('');
    expect(run(intro, shell2('arc', intro, { at: { 0: many } })).ok).toBe(false);
  });
});

describe('closing-teaser and lone-teaser: items after the story hands over to them', () => {
  const cards = [4, 5, 6].map((i) => `<h3>${link2(H9(i))}</h3><p>${esc(D9(i))}</p>`).join('');
  it('"Here is what you need to know ..." over linked items: the items stay', () => {
    const s = withLast(
      AUDIT,
      'Here is what you need to know before you start your day, gathered by our early desk from the county’s newsrooms and council offices.',
    );
    const r = run(s, shell2('ghost', s, { at: { [last(s)]: cards } }));
    for (const line of [4, 5, 6].flatMap((i) => [H9(i), D9(i)])) expect(r.text).toContain(line);
    expect(r.rules).not.toContain('closing-teaser');
  });

  it('"Here are more stories ..." is a rail’s invitation, and the cards after it go', () => {
    const s = withLast(
      AUDIT,
      'Here are more stories from around the county this week, chosen by our editors for readers who have followed the audit since it began.',
    );
    const r = run(s, shell2('ghost', s, { at: { [last(s)]: cards } }));
    for (const i of [4, 5, 6]) expect(r.text).not.toContain(H9(i));
    expect(r.text).toContain(squash(AUDIT.paras[0] ?? ''));
  });
});

describe('timelines whose dates stand apart from the event by space alone', () => {
  it('reads "June 2020 Fire destroys ..." as a timeline entry, not "June 2020 fire ..." or a dated headline', () => {
    expect(isTimeline(['June 2020 Fire destroys the pavilion', 'May 2026 Revised plans approved'])).toBe(true);
    expect(isTimeline(['June 2020 fire destroys the pavilion', 'May 2026 revised plans approved'])).toBe(false);
    expect(isTimeline(['Council names a new chief, June 2020', 'Zoo plans open days, May 2026'])).toBe(false);
  });
});

describe('rails: linked names each beside a figure are a results table', () => {
  it('a ranked list of linked schools and their shares stays', () => {
    const list = `<ol>${SCHOOL_ROWS.map(([n, p]) => `<li>${link2(n, 'schools')} – ${p}</li>`).join('')}</ol>`;
    const r = run(SCHOOLS, shell2('arc', SCHOOLS, { at: { [last(SCHOOLS)]: list } }));
    for (const [n, p] of SCHOOL_ROWS) expect(r.text).toContain(`${n} – ${p}`);
  });

  it('a rail of headlines each beside a count of views or comments still goes', () => {
    const tallies = ['1,204 views', '87 comments', '3.1k views', '12 comments', '640 views'];
    const rail = `<ul>${FORTY9.slice(0, 5)
      .map((h, i) => `<li>${link2(h)} <span>${tallies[i] ?? ''}</span></li>`)
      .join('')}</ul>`;
    const r = run(SCHOOLS, shell2('arc', SCHOOLS, { at: { [last(SCHOOLS)]: rail } }));
    for (const h of FORTY9.slice(0, 5)) expect(r.text).not.toContain(h);
  });
});

describe('inline-teaser: a genre kicker that is the only link labels the story’s own standfirst', () => {
  it('"<a>Analysis:</a> why ..." stays; "Analysis: <a>headline</a>" goes', () => {
    const own = 'Analysis: why a deal about cranes is really about three small towns';
    const kept = run(
      PORTDEAL,
      shell2('medium', PORTDEAL, { at: { [-1]: `<p><a href="/analysis/">Analysis:</a> ${esc(own.slice(10))}</p>` } }),
    );
    expect(kept.text).toContain(own);
    const teaser = run(
      PORTDEAL,
      shell2('medium', PORTDEAL, {
        at: { 0: `<p>Analysis: ${link2('Why the fishing towns want the new cranes')}</p>` },
      }),
    );
    expect(teaser.text).not.toContain('Why the fishing towns want the new cranes');
    expect(teaser.rules).toContain('inline-teaser');
  });
});

describe('link-line: a linked sentence that closes the story is its own', () => {
  const sentence = 'The list of affected models and their serial numbers is on the Brennholt website.';
  it('a last paragraph that is one linked sentence stays', () => {
    const html = shell2('emotion', RECALL, {
      at: { [last(RECALL)]: `<p><a href="https://brennholt.example/recall">${sentence}</a></p>` },
    });
    expect(run(RECALL, html).text).toContain(sentence);
  });

  it('a linked headline closing the story, and a linked sentence about something else opening it, still go', () => {
    const closing = run(RECALL, shell2('emotion', RECALL, { at: { [last(RECALL)]: `<p>${link2(H9(0))}</p>` } }));
    expect(closing.text).not.toContain(H9(0));
    const other = 'Volunteers planted five thousand trees along the old railway this weekend.';
    const opening = run(RECALL, shell2('emotion', RECALL, { at: { [-1]: `<p>${link2(other)}</p>` } }));
    expect(opening.text).not.toContain(other);
  });
});

describe('link-line: a <dd> is a list item, judged with its list', () => {
  it('a timeline set as a <dl> of dates over linked events keeps every event', () => {
    const dl = `<dl>${PIER_EVENTS.map(([d, e]) => `<dt>${d}</dt><dd>${link2(e, 'pier')}</dd>`).join('')}</dl>`;
    const r = run(PIERFIRE, shell2('brightspot', PIERFIRE, { at: { [last(PIERFIRE)]: dl } }));
    for (const [, e] of PIER_EVENTS) expect(r.text).toContain(e);
  });

  it('a "Most read" rail set as a <dl> of linked headlines still goes', () => {
    const dl = `<h4>Most read</h4><dl>${FORTY9.slice(10, 15)
      .map((h) => `<dd>${link2(h)}</dd>`)
      .join('')}</dl>`;
    const r = run(PIERFIRE, shell2('brightspot', PIERFIRE, { at: { [last(PIERFIRE)]: dl } }));
    for (const h of FORTY9.slice(10, 15)) expect(r.text).not.toContain(h);
  });
});
