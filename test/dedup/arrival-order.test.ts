// The demo's stream gives the same stories in any arrival order of its articles: 20 seeded shuffles and the
// reversed order, through the same pure core (createDeduper with late merges) that the pipeline runs on Redis,
// here on the memory index. Each article is what the pipeline reads of it: its page at the phase it first
// appears, through the real extractor, at its own publication time whatever its place in the stream.
import { describe, expect, it } from 'vitest';
import { articles, firstPhase, type CorpusArticle } from '../../seeds/corpus/index.js';
import { buildSite } from '../../seeds/site.js';
import { extractArticle } from '../../src/extract/index.js';
import { demoScenario } from '../../seeds/scenario.js';
import { createDeduper, type DedupDoc } from '../../src/dedup/deduper.js';
import { MemoryDedupIndex } from '../../src/dedup/memory-index.js';
import { MemoryStoryRedirects } from '../../src/dedup/story-merge.js';
import { createRng } from '../../simulation/prng.js';

const ORIGIN = 'http://demo.test';

function docOf(a: CorpusArticle): DedupDoc {
  const page = buildSite(firstPhase(a), ORIGIN).get(a.path);
  if (!page) throw new Error(`no page for ${a.id}`);
  const x = extractArticle(page.body.toString('utf8'), `${ORIGIN}${a.path}`);
  if (!x.ok) throw new Error(`no article extracted for ${a.id}: ${x.reason}`);
  const { title, text, published } = x.article;
  return { id: a.id, title: title || a.id, text, published: published ?? a.published };
}

/** A partition as sorted lists of sorted ids: equal partitions compare equal whatever the story ids. */
function partition(storyOf: Map<string, string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const [id, s] of storyOf) groups.set(s, [...(groups.get(s) ?? []), id]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

async function storiesInOrder(docs: readonly DedupDoc[]): Promise<string[][]> {
  const redirects = new MemoryStoryRedirects();
  const deduper = createDeduper(new MemoryDedupIndex(), { redirects, now: () => Date.parse('2030-01-01') });
  const storyOf = new Map<string, string>();
  for (const d of docs) storyOf.set(d.id, (await deduper.assign(d)).storyId);
  for (const [id, s] of storyOf) storyOf.set(id, redirects.final(s));
  return partition(storyOf);
}

const docs = articles.map(docOf);
const expected = partition(new Map(demoScenario.articles.map((a) => [a.id, a.story])));

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rng = createRng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('arrival order', () => {
  it('the demo has stories of several articles and stories of one (the test can tell orders apart)', () => {
    expect(expected.some((g) => g.length >= 3)).toBe(true);
    expect(expected.some((g) => g.length === 1)).toBe(true);
  });

  it('gives the demo scenario stories in publication order, reversed, and in 20 seeded shuffles', async () => {
    const byTime = [...docs].sort((a, b) => Date.parse(a.published!) - Date.parse(b.published!));
    const orders = [byTime, [...byTime].reverse(), ...Array.from({ length: 20 }, (_, s) => shuffled(docs, s + 1))];
    for (const [i, order] of orders.entries()) {
      expect(await storiesInOrder(order), `order ${i}: ${order.map((d) => d.id).join(' ')}`).toEqual(expected);
    }
  });
});
