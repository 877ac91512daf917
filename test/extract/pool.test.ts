// The extraction pool on real worker threads (built script in dist/, see pool.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { createExtractPool, type ExtractPool } from '../../src/extract/pool.js';

const page = (n: number): string =>
  `<html><head><title>Story ${n}</title></head><body><article><h1>Story ${n}</h1>${Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i} of story number ${n} tells readers about the harbour works, the budget vote and what the council decided on Tuesday evening.</p>`,
  ).join('')}</article></body></html>`;

let pool: ExtractPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('extract pool', () => {
  it('cleans pages on threads exactly as inline', async () => {
    pool = createExtractPool({ threads: 2 });
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => pool!.extract(page(n), `https://a.example/${n}`)));
    results.forEach((r, i) => expect(r).toEqual(extractArticle(page(i + 1), `https://a.example/${i + 1}`)));
    expect(pool.stats()).toMatchObject({ threads: 2, busy: 0, queued: 0, replaced: 0 });
  });

  it('passes learned boilerplate to the thread', async () => {
    pool = createExtractPool({ threads: 1 });
    const first = await pool.extract(page(1), 'https://a.example/1');
    if (!first.ok || !first.blocks) throw new Error('expected an article');
    const again = await pool.extract(page(1), 'https://a.example/1', { boilerplate: new Set([first.blocks[0]!]) });
    expect(again.ok && again.article.text.split('\n\n')).toHaveLength(5);
  });

  it('textOnly: the same text and metadata, no display HTML or block hashes', async () => {
    pool = createExtractPool({ threads: 1 });
    const full = await pool.extract(page(2), 'https://a.example/2');
    const lean = await pool.extract(page(2), 'https://a.example/2', { textOnly: true });
    if (!full.ok || !lean.ok) throw new Error('expected an article');
    expect(full.article.html).toContain('Paragraph 5 of story number 2');
    expect(full.blocks?.length).toBeGreaterThan(0);
    expect(lean).toEqual({ ok: true, article: { ...full.article, html: '' } });
  });

  it('replaces a thread that exceeds the time limit, and answers its page', async () => {
    pool = createExtractPool({ threads: 1, timeoutMs: 1 });
    const big = `<html><body>${page(1).repeat(400)}</body></html>`;
    const r = await pool.extract(big, 'https://a.example/big');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.detail).toMatch(/longer than/);
    expect(pool.stats().replaced).toBe(1);
  });

  it('replaces a thread that runs out of memory; the next page is cleaned', async () => {
    pool = createExtractPool({ threads: 1, maxHeapMb: 48 });
    const huge = `<html><body>${'<div><p>x y z</p><span>a</span></div>'.repeat(120_000)}</body></html>`;
    const r = await pool.extract(huge, 'https://a.example/huge');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.detail).toMatch(/crashed|exited/);
    expect(pool.stats().replaced).toBe(1);
    expect((await pool.extract(page(2), 'https://a.example/2')).ok).toBe(true);
  });

  it('after close, pages are answered, not left hanging', async () => {
    const p = createExtractPool({ threads: 1 });
    await p.close();
    const r = await p.extract(page(1), 'https://a.example/1');
    expect(r.ok).toBe(false);
  });

  it('threads: 0 runs inline', async () => {
    pool = createExtractPool({ threads: 0 });
    expect(pool.threads).toBe(0);
    expect((await pool.extract(page(3), 'https://a.example/3')).ok).toBe(true);
  });
});
