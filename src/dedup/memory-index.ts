// The dedup index in process memory, for `deltafeed cluster` and tests. Same buckets, lists, caps and ranking
// as the Redis index, so both give the deduper the same answers. Nothing expires: it lives as long as one command.
import {
  appendCapped,
  bucketOf,
  bucketRange,
  DF_GENERATION,
  DfSketch,
  parseList,
  rankBandHits,
  rankStories,
  storyWindow,
  type DedupIndex,
  type DocHit,
  type IndexCommit,
  type LookupQuery,
  type LookupResult,
  type RecallHit,
  type StoryCandidates,
  type StoryCentroid,
  type StoryQuery,
  type TimeWindow,
} from './index-types.js';
import { chooseStoryQuery } from './story-vector.js';
import { memoryBucket, memoryBuckets, memoryCheck, memoryRecord, memoryShard, scanMemory } from './story-memory.js';

export class MemoryDedupIndex implements DedupIndex {
  private readonly docs = new Map<number, DocHit>();
  private readonly fingerprints = new Map<string, number>();
  private readonly bands = new Map<string, string>();
  private readonly postings = new Map<string, string>();
  private readonly stories = new Map<number, StoryCentroid>();
  /** Story signatures by memory bucket and shard, as the Redis index's strings (story-memory.ts). */
  private readonly memory = new Map<string, Buffer>();
  /** Per generation: the document-frequency sketch and the articles counted. */
  private readonly df = new Map<number, DfSketch>();
  private counted = 0;
  private docSeq = 0;
  private storySeq = 0;
  private readonly generation: number;

  /** `dfGeneration`: articles per document-frequency generation (see DF_GENERATION); for tests. */
  constructor(opts: { dfGeneration?: number } = {}) {
    this.generation = opts.dfGeneration ?? DF_GENERATION;
  }

  async lookup(q: LookupQuery, at: TimeWindow): Promise<LookupResult> {
    const buckets = bucketRange(at);
    let exact: DocHit | null = null;
    if (q.fingerprint !== null) {
      const key = buckets
        .map((bucket) => this.fingerprints.get(`${bucket}|${q.fingerprint}`))
        .find((k) => k !== undefined);
      exact = (key === undefined ? undefined : this.docs.get(key)) ?? null;
    }
    const lists: (string | undefined)[] = [];
    for (const band of q.bands) for (const bucket of buckets) lists.push(this.bands.get(`${bucket}|${band}`));
    const near = rankBandHits(lists).flatMap((k) => this.docs.get(k) ?? []);
    const { docs, df } = this.frequencies(q.terms);
    // Same rule as the Redis script: a fingerprint match skips the story search.
    const stories =
      q.stories && !exact
        ? await this.findStories(
            chooseStoryQuery(
              { ids: q.terms, factors: q.stories.factors, keys: q.stories.keys },
              df,
              docs,
              q.stories.idfPrior,
            ),
            at,
            q.stories.limit,
          )
        : null;
    return { exact, near, docs, df, stories };
  }

  documentFrequencies(terms: readonly number[], _at?: TimeWindow): Promise<{ docs: number; df: number[] }> {
    return Promise.resolve(this.frequencies(terms));
  }

  private frequencies(terms: readonly number[]): { docs: number; df: number[] } {
    const g = Math.floor(this.counted / this.generation);
    const gens = [this.df.get(g - 1), this.df.get(g)].filter((m) => m !== undefined);
    const docs = gens.reduce((n, m) => n + m.articles, 0);
    return { docs, df: terms.map((t) => gens.reduce((n, m) => n + m.estimate(t), 0)) };
  }

  findStories(q: StoryQuery, at: TimeWindow, limit: number): Promise<StoryCandidates> {
    const weights = new Map<number, number>();
    const buckets = bucketRange(storyWindow(at));
    q.terms.forEach((term, i) => {
      const counted = new Set<number>();
      for (const bucket of buckets) {
        for (const story of parseList(this.postings.get(`${bucket}|${term}`))) {
          if (counted.has(story)) continue;
          counted.add(story);
          weights.set(story, (weights.get(story) ?? 0) + q.weights[i]!);
        }
      }
    });
    const stories = rankStories(weights, limit).flatMap((k) => {
      const s = this.stories.get(k);
      return s ? [{ ...s, terms: [...s.terms], weights: [...s.weights] }] : [];
    });
    return Promise.resolve({ posted: weights.size, stories });
  }

  addDuplicate(fingerprint: string, original: DocHit, at: TimeWindow): Promise<void> {
    const k = `${bucketOf(at)}|${fingerprint}`;
    if (!this.fingerprints.has(k)) this.fingerprints.set(k, original.key);
    return Promise.resolve();
  }

  commit(c: IndexCommit, at: TimeWindow): Promise<void> {
    const bucket = bucketOf(at);
    const storyBucket = bucketOf(storyWindow(at));
    const storyKey = c.story.key || ++this.storySeq;
    this.stories.set(storyKey, { ...c.story, key: storyKey, terms: [...c.story.terms], weights: [...c.story.weights] });
    for (const term of c.postings) {
      const k = `${storyBucket}|${term}`;
      this.postings.set(k, appendCapped(this.postings.get(k), storyKey));
    }
    if (c.doc) {
      const { fingerprint, bands, ...doc } = c.doc;
      const key = ++this.docSeq;
      this.docs.set(key, {
        ...doc,
        key,
        storyKey,
        storyId: c.story.id,
        factCount: Math.min(255, doc.factCount),
        signature: Uint16Array.from(doc.signature),
        facts: Uint8Array.from(doc.facts),
      });
      this.fingerprints.set(`${bucket}|${fingerprint}`, key);
      for (const band of bands) {
        const k = `${bucket}|${band}`;
        this.bands.set(k, appendCapped(this.bands.get(k), key));
      }
    }
    if (c.memory && at.memoryMs) {
      const k = `${memoryBucket(at.time)}|${memoryShard(c.memory.pair)}`;
      const record = memoryRecord(c.memory.pair, c.memory.storyId);
      const had = this.memory.get(k);
      this.memory.set(k, had ? Buffer.concat([had, record]) : record);
    }
    this.countTerms(c.terms);
    return Promise.resolve();
  }

  recall(pairs: readonly number[], at: TimeWindow): Promise<RecallHit[]> {
    const hits: RecallHit[] = [];
    if (!at.memoryMs) return Promise.resolve(hits);
    for (const bucket of memoryBuckets(at.time, at.memoryMs))
      pairs.forEach((pair, i) => {
        const found = scanMemory(this.memory.get(`${bucket}|${memoryShard(pair)}`), memoryCheck(pair));
        for (const storyId of found) hits.push({ storyId, pair: i, bucket });
      });
    return Promise.resolve(hits);
  }

  private countTerms(terms: readonly number[]): void {
    const g = Math.floor(this.counted / this.generation);
    this.counted++;
    let m = this.df.get(g);
    if (!m) {
      m = new DfSketch();
      this.df.set(g, m);
      this.df.delete(g - 2);
    }
    m.add(terms);
  }
}
