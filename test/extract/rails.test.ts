// Rails of other headlines and in-body cards, in the markup of the big publishing platforms (pages of our own
// writing, test/extract/rail-pages.ts): the article keeps its whole body and loses the rail, whatever its
// length, position, heading or separators; the leak detector agrees; --explain names each removal.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runExtractCommand } from '../../src/cli/extract.js';
import { extractArticle } from '../../src/extract/index.js';
import { leaksRail, longestLinkRun } from '../../src/extract/leaks.js';
import { BODY, CARDS, HEADLINES, cardPage, railCases, railLabel, railPage } from './rail-pages.js';

const URL = 'https://courier.example/news/water-board-filtration-plant';

describe('rails of other headlines', () => {
  for (const c of railCases()) {
    const name = `${c.platform}: ${c.items} items ${c.where} the body, ${c.heading ? 'with' : 'without'} a heading, "${c.separator}"`;
    it(name, () => {
      const html = railPage(c);
      const r = extractArticle(html, URL);
      expect(r.ok, r.ok ? '' : r.detail).toBe(true);
      if (!r.ok) return;
      const text = r.article.text;
      for (const p of BODY) expect(text).toContain(p);
      for (const h of HEADLINES.slice(0, c.items)) expect(text, `leaked: ${h}`).not.toContain(h);
      if (c.heading) expect(text).not.toContain(railLabel(c));
      expect(leaksRail(text, html)).toBe(false);
    });
  }
});

describe('the leak detector', () => {
  const html = railPage({ platform: 'wordpress', items: 16, where: 'after', heading: true, separator: ' -' });
  it('finds a rail left in the text, one item a line or joined by separators', () => {
    const lines = HEADLINES.slice(0, 5).map((h) => `- ${h} -`);
    expect(longestLinkRun([BODY[0], ...lines].join('\n\n'), html)).toBe(5);
    expect(leaksRail(`${BODY[0]}\n\nTrending - ${HEADLINES.slice(0, 4).join(' | ')}`, html)).toBe(true);
  });
  it('does not count prose, or three links', () => {
    expect(leaksRail(BODY.join('\n\n'), html)).toBe(false);
    expect(leaksRail([...BODY, ...HEADLINES.slice(0, 3)].join('\n\n'), html)).toBe(false);
    // Lines that are not the page's links are not link-only.
    expect(
      leaksRail(['One line', 'Another short line', 'A third one here', 'And a fourth line'].join('\n'), html),
    ).toBe(false);
  });
  const items = HEADLINES.slice(0, 5).map((h) => `- ${h}`);
  it("does not count the article's own lists: announced by a sentence, or with items that are not links", () => {
    const announced = 'The board published its reasoning in five notes, which you can read here:';
    expect(leaksRail([BODY[0], announced, ...items, BODY[1]].join('\n\n'), html)).toBe(false);
    const mixed = [items[0], '- Sand filters', items[1], '- Chlorine contact tank', items[2], items[3], items[4]];
    expect(leaksRail([BODY[0], ...mixed, BODY[1]].join('\n\n'), html)).toBe(false);
  });
  it('still counts a rail under a label, with a colon or not, and one heading over it', () => {
    for (const label of [
      'More from the Courier:',
      'Related stories:',
      "What's ahead:",
      'Trending',
      'Learn More in Our Water Supply Series:',
      'You may also be interested in the following reports:',
    ])
      expect(leaksRail([BODY[0], label, ...items].join('\n\n'), html), label).toBe(true);
    const bare = HEADLINES.slice(0, 4);
    expect(leaksRail([BODY[0], 'Latest', ...bare, BODY[1]].join('\n\n'), html)).toBe(true);
    // Unbulleted short lines around a rail (its heading, a name) do not make it a list of the article's.
    expect(leaksRail([BODY[0], 'Latest', ...bare, 'Meet the editors', BODY[1]].join('\n\n'), html)).toBe(true);
  });
});

describe('in-body cards', () => {
  for (const card of CARDS) {
    it(`${card.name} is removed, the body stays whole`, () => {
      const removed: string[] = [];
      const r = extractArticle(cardPage(card.html), URL, { trace: (rule) => removed.push(rule) });
      expect(r.ok, r.ok ? '' : r.detail).toBe(true);
      if (!r.ok) return;
      for (const p of BODY) expect(r.article.text).toContain(p);
      for (const t of card.texts) expect(r.article.text, `leaked: ${t}`).not.toContain(t);
    });
  }
});

describe('deltafeed extract --explain', () => {
  const read = async (s: PassThrough): Promise<string> => {
    s.end();
    let out = '';
    for await (const chunk of s) out += String(chunk);
    return out;
  };
  it('prints each removed block with its rule on stderr; stdout stays the article', async () => {
    const html = railPage({ platform: 'handmade', items: 16, where: 'after', heading: true, separator: ' -' });
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    stdin.end(html);
    expect(await runExtractCommand(['--url', URL, '--text', '--explain'], stdin, stdout, stderr)).toBe(0);
    const text = await read(stdout);
    const explained = await read(stderr);
    for (const p of BODY) expect(text).toContain(p);
    expect(text).not.toContain(HEADLINES[0]);
    expect(explained).toMatch(/^removed \[[a-z: -]+\] .*Pop star cancels stadium tour/m);
    expect(explained).toMatch(/^removed \[[a-z: -]+\] Most popular$/m);
    expect(explained).not.toContain(BODY[0]);
  });
});
