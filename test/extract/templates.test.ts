// Learned site templates in a real Redis, and their use by the cleaner.
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { boilerplateFor, forgetHost, recordBlocks, TEMPLATE_WINDOW } from '../../src/store/templates.js';
import { testRedis } from '../helpers/redis.js';

const ctx = testRedis('extract-templates');
afterAll(() => ctx.cleanup());

// A standing line no wording rule knows (appeals for money are removed by chrome-lines.ts on their own):
// only the host's learned template can tell it from the story.
const STANDING =
  'The Harbour Gazette is printed at the Quayside works and reaches every village on the estuary by seven.';
const story = (n: number): string =>
  `<html><head><title>Story ${n}</title></head><body><article><h1>Story ${n}</h1>` +
  `<p>Story ${n} begins: the harbour board met on day ${n} and agreed to dredge berth ${n} before the autumn grain shipments arrive in port.</p>` +
  `<p>The dredging of berth ${n} will take about ${n + 2} weeks, the board said, and ships will be moved to the outer quay in the meantime.</p>` +
  `<p>${STANDING}</p>` +
  `<p>Fishermen said the work on berth ${n} was overdue and that silt had made the approach dangerous at low tide for several years.</p>` +
  `</article></body></html>`;

describe('learned templates', () => {
  it('a block becomes boilerplate once seen on N distinct pages of the host, and the cleaner drops it', async () => {
    const host = 'www.harbour-gazette.example';
    let standingHash = '';
    for (let n = 1; n <= 4; n++) {
      const r = extractArticle(story(n), `https://${host}/news/${n}`);
      if (!r.ok || !r.blocks) throw new Error('expected an article');
      expect(r.article.text).toContain(STANDING);
      await recordBlocks(ctx, host, `page-${n}`, r.blocks);
      // The same page again (a re-check) does not count twice.
      await recordBlocks(ctx, host, `page-${n}`, r.blocks);
      const learned = await boilerplateFor(ctx, host, 4);
      if (n < 4) expect(learned.size).toBe(0);
      else {
        expect(learned.size).toBe(1);
        standingHash = [...learned][0]!;
      }
    }
    // Hosts compare without "www." and case.
    expect(await boilerplateFor(ctx, 'Harbour-Gazette.example', 4)).toEqual(new Set([standingHash]));

    const next = extractArticle(story(5), `https://${host}/news/5`, {
      boilerplate: await boilerplateFor(ctx, host, 4),
    });
    if (!next.ok) throw new Error(next.detail);
    expect(next.article.text).not.toContain(STANDING);
    expect(next.article.text).toContain('berth 5');
    // The page still reports the block, so its count keeps up to date.
    expect(next.blocks).toContain(standingHash);
  });

  it('never removes most of an article, whatever was learned', () => {
    const r = extractArticle(story(1), 'https://h.example/1');
    if (!r.ok || !r.blocks) throw new Error('expected an article');
    const all = extractArticle(story(1), 'https://h.example/1', { boilerplate: new Set(r.blocks) });
    expect(all.ok && all.article.text).toBe(r.article.text);
  });

  it('keeps a bounded window of pages per host and takes evicted pages back out of the counts', async () => {
    const host = 'window.example';
    for (let n = 0; n < 3; n++) await recordBlocks(ctx, host, `old-${n}`, ['old-block', `own-${n}`], { window: 3 });
    expect(await boilerplateFor(ctx, host, 3)).toEqual(new Set(['old-block']));
    for (let n = 0; n < 3; n++) await recordBlocks(ctx, host, `new-${n}`, ['new-block'], { window: 3 });
    expect(await boilerplateFor(ctx, host, 1)).toEqual(new Set(['new-block']));
    expect(await ctx.redis.zcard(`${ctx.prefix}:tpl:window.example:pages`)).toBe(3);
    expect(await ctx.redis.exists(`${ctx.prefix}:tpl:window.example:page:old-0`)).toBe(0);
    expect(await ctx.redis.ttl(`${ctx.prefix}:tpl:window.example:blocks`)).toBeGreaterThan(0);
    expect(TEMPLATE_WINDOW).toBeGreaterThan(3);
  });

  it('forgets a host', async () => {
    await recordBlocks(ctx, 'gone.example', 'p1', ['a', 'b']);
    await forgetHost(ctx, 'gone.example');
    expect(await boilerplateFor(ctx, 'gone.example', 1)).toEqual(new Set());
    expect(await ctx.redis.keys(`${ctx.prefix}:tpl:gone.example:*`)).toEqual([]);
  });
});
