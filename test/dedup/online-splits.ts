// Hindsight splits as they would happen in a stream (an experiment for issue 16; see src/cli/cluster-split.ts for the
// end-of-stream bound). The index is not told: its story stays whole, and this keeps, beside it, the groups each
// story was cut into. After every article, the article goes to the group of its story it is closest to (mean
// cosine), and that group is tested for a split with the document frequencies seen so far. A cut is never undone.
// Superseded in `deltafeed cluster` and the benches by src/dedup/story-groups.ts (the same decisions on the
// index's document-frequency sketch, as the pipeline can run them); kept as the exact-DF reference the tests use.
import { storyIdFor, type DedupDoc } from '../../src/dedup/deduper.js';
import { cosine } from '../../src/dedup/sparse-vector.js';
import { publishedMs, splitMembers, tfidfVector, type SplitCut, type SplitRule } from '../../src/dedup/story-split.js';
import { IDF_PRIOR_DOCS } from '../../src/dedup/story-vector.js';
import { cutTraces, factorsOf, type CutTrace, type StorySplit } from '../../src/cli/cluster-split.js';

export class OnlineSplits {
  private readonly docs: DedupDoc[] = [];
  private readonly factors: Map<string, number>[] = [];
  private readonly df = new Map<string, number>();
  /** Index story id (as first seen) -> its groups of article positions, in arrival order. */
  private readonly groups = new Map<string, number[][]>();
  /** Index story id (as first seen) -> the cuts made in it (for the bench's --cuts). */
  private readonly cutLog = new Map<string, { cuts: SplitCut['cuts']; traces: CutTrace[] }>();
  /** Stories a late merge has joined another one to. */
  private readonly merged = new Set<string>();
  cuts = 0;

  constructor(
    private readonly rule: SplitRule,
    private readonly idfPrior = IDF_PRIOR_DOCS,
  ) {}

  private vector(i: number) {
    return tfidfVector(this.factors[i]!, this.df, this.docs.length, this.idfPrior, this.rule.terms);
  }

  /** The article `doc` is in story `storyId` now; `final` maps any story id to where late merges put it. */
  add(doc: DedupDoc, storyId: string, final: (id: string) => string): void {
    const i = this.docs.length;
    this.docs.push(doc);
    this.factors.push(factorsOf(doc));
    for (const t of this.factors[i]!.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    // Stories merged since: each of their groups joins the survivor's group it is closest to, as one block.
    for (const [id, gs] of [...this.groups]) {
      const to = final(id);
      if (to === id) continue;
      this.groups.delete(id);
      this.merged.add(to);
      const log = this.cutLog.get(id);
      if (log) this.log(to, log.cuts, log.traces);
      const into = this.groups.get(to);
      if (!into) this.groups.set(to, gs);
      else for (const g of gs) this.place(into, g, to);
    }
    const id = final(storyId);
    const gs = this.groups.get(id);
    if (!gs) return void this.groups.set(id, [[i]]);
    this.place(gs, [i], id);
  }

  /** Put `block` into the group of `gs` closest to it (mean cosine), then test that group for a cut. */
  private place(gs: number[][], block: readonly number[], id: string): void {
    const vs = block.map((j) => this.vector(j));
    let best = 0;
    let bestSim = -Infinity;
    gs.forEach((g, k) => {
      let sum = 0;
      for (const j of g) for (const v of vs) sum += cosine(v, this.vector(j));
      const sim = sum / (g.length * vs.length);
      if (sim > bestSim) [best, bestSim] = [k, sim];
    });
    const g = gs[best]!;
    g.push(...block);
    g.sort((a, b) => a - b);
    if (g.length < this.rule.minSize) return;
    const cut = splitMembers(
      g.map((j) => this.vector(j)),
      this.rule,
      publishedMs(g.map((j) => this.docs[j]!)),
    );
    if (cut.groups.length < 2) return;
    this.cuts++;
    const traces = cutTraces(cut.cuts, (k) => this.docs[g[k]!]!.id, this.docs.length, this.merged.has(id));
    this.log(id, cut.cuts, traces);
    gs.splice(best, 1, ...cut.groups.map((h) => h.map((k) => g[k]!)));
  }

  private log(id: string, cuts: SplitCut['cuts'], traces: CutTrace[]): void {
    const was = this.cutLog.get(id);
    this.cutLog.set(id, { cuts: [...(was?.cuts ?? []), ...cuts], traces: [...(was?.traces ?? []), ...traces] });
  }

  /**
   * Each article's story: the group holding a story's first article keeps its id, the others their first's.
   * `onSplit` hears each story that ended in more than one group.
   */
  storyIds(onSplit?: (s: StorySplit) => void): Map<string, string> {
    const out = new Map<string, string>();
    for (const [id, gs] of this.groups) {
      const first = Math.min(...gs.map((g) => Math.min(...g)));
      const groups = gs.map((g) => g.map((j) => this.docs[j]!.id));
      const log = this.cutLog.get(id);
      if (gs.length > 1) onSplit?.({ storyId: id, groups, cuts: log?.cuts ?? [], traces: log?.traces ?? [] });
      for (const g of gs) {
        const label = g.includes(first) ? id : storyIdFor(this.docs[Math.min(...g)]!.id);
        for (const j of g) out.set(this.docs[j]!.id, label);
      }
    }
    return out;
  }
}
