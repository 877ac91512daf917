// The dedup index in process memory, for `deltafeed cluster` and tests. Same buckets, lists and caps as the
// Redis index, so both give the deduper the same answers. Nothing expires: it lives as long as one command.
import {
  appendCapped, bucketOf, bucketRange, DF_GENERATION, parseList, rankBandHits,
  type DedupIndex, type DocHit, type IndexedDoc, type StoryCentroid, type TimeWindow,
} from './index-types.js';

export class MemoryDedupIndex implements DedupIndex {
  private readonly docs = new Map<number, DocHit>();
  private readonly fingerprints = new Map<string, number>();
  private readonly bands = new Map<string, string>();
  private readonly postings = new Map<string, string>();
  private readonly stories = new Map<number, StoryCentroid>();
  /** Per generation: term -> articles, and "n" -> articles counted. */
  private readonly df = new Map<number, Map<number | 'n', number>>();
  private counted = 0;
  private docSeq = 0;
  private readonly generation: number;

  /** `dfGeneration`: articles per document-frequency generation (see DF_GENERATION); for tests. */
  constructor(opts: { dfGeneration?: number } = {}) {
    this.generation = opts.dfGeneration ?? DF_GENERATION;
  }
  private storySeq = 0;

  async findByFingerprint(fingerprint: string, at: TimeWindow): Promise<DocHit | null> {
    for (const day of bucketRange(at)) {
      const key = this.fingerprints.get(`${day}|${fingerprint}`);
      const doc = key === undefined ? undefined : this.docs.get(key);
      if (doc) return doc;
    }
    return null;
  }

  async findByBands(bands: readonly number[], at: TimeWindow): Promise<DocHit[]> {
    const lists: (string | undefined)[] = [];
    for (const band of bands) for (const day of bucketRange(at)) lists.push(this.bands.get(`${day}|${band}`));
    return rankBandHits(lists).flatMap((k) => this.docs.get(k) ?? []);
  }

  async documentFrequencies(terms: readonly number[]): Promise<{ docs: number; df: number[] }> {
    const g = Math.floor(this.counted / this.generation);
    const gens = [this.df.get(g - 1), this.df.get(g)];
    const sum = (t: number | 'n') => gens.reduce((n, m) => n + (m?.get(t) ?? 0), 0);
    return { docs: sum('n'), df: terms.map((t) => sum(t)) };
  }

  async findStories(terms: readonly number[], at: TimeWindow): Promise<Map<number, number[]>> {
    const out = new Map<number, number[]>();
    const days = bucketRange(at);
    terms.forEach((term, i) => {
      for (const day of days) {
        for (const story of parseList(this.postings.get(`${day}|${term}`))) {
          const hits = out.get(story);
          if (!hits) out.set(story, [i]);
          else if (hits[hits.length - 1] !== i) hits.push(i);
        }
      }
    });
    return out;
  }

  async getStories(keys: readonly number[]): Promise<(StoryCentroid | null)[]> {
    return keys.map((k) => {
      const s = this.stories.get(k);
      return s ? { ...s, terms: [...s.terms], weights: [...s.weights] } : null;
    });
  }

  async saveStory(story: StoryCentroid, postings: readonly number[], at: TimeWindow): Promise<number> {
    const key = story.key || ++this.storySeq;
    this.stories.set(key, { ...story, key, terms: [...story.terms], weights: [...story.weights] });
    const day = bucketOf(at.time);
    for (const term of postings) {
      const k = `${day}|${term}`;
      this.postings.set(k, appendCapped(this.postings.get(k), key));
    }
    return key;
  }

  async addDocument(doc: IndexedDoc, entries: { fingerprint: string; bands: readonly number[] }, at: TimeWindow): Promise<number> {
    const key = ++this.docSeq;
    this.docs.set(key, { ...doc, key, factCount: Math.min(255, doc.factCount), signature: Uint16Array.from(doc.signature), facts: Uint8Array.from(doc.facts) });
    const day = bucketOf(at.time);
    this.fingerprints.set(`${day}|${entries.fingerprint}`, key);
    for (const band of entries.bands) {
      const k = `${day}|${band}`;
      this.bands.set(k, appendCapped(this.bands.get(k), key));
    }
    return key;
  }

  async addDuplicate(fingerprint: string, original: DocHit, at: TimeWindow): Promise<void> {
    const k = `${bucketOf(at.time)}|${fingerprint}`;
    if (!this.fingerprints.has(k)) this.fingerprints.set(k, original.key);
  }

  async countTerms(terms: readonly number[]): Promise<void> {
    const g = Math.floor(this.counted / this.generation);
    this.counted++;
    let m = this.df.get(g);
    if (!m) {
      m = new Map();
      this.df.set(g, m);
      this.df.delete(g - 2);
    }
    for (const t of [...terms, 'n' as const]) m.set(t, (m.get(t) ?? 0) + 1);
  }
}
