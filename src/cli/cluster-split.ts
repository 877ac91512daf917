// Hindsight splits over a finished `deltafeed cluster` run (an experiment for issue 16, off by default; see
// src/dedup/story-split.ts): every story's members, in the order they arrived, are compared on their full TF-IDF
// vectors under the document frequencies of the whole stream, and a story that is two clear groups is cut. The
// group holding the story's first article keeps its id; each other group takes the id its first article would
// have founded.
import { memberTerms } from '../dedup/story-groups.js';
import type { DedupDoc } from '../dedup/deduper.js';
import { storyIdFor } from '../dedup/deduper.js';
import {
  holdsTogether,
  publishedMs,
  splitMembers,
  tfidfVector,
  type SplitCut,
  type SplitRule,
} from '../dedup/story-split.js';
import type { SparseVector } from '../dedup/sparse-vector.js';
import { IDF_PRIOR_DOCS } from '../dedup/story-vector.js';

/** Where a cut was made (for the bench's features of each cut), parallel to StorySplit.cuts. */
export interface CutTrace {
  /** The article ids of the two halves when the cut was made. */
  halves: [string[], string[]];
  /** How many articles of the stream had arrived (the whole stream at its end). */
  at: number;
  /** Whether a late merge had joined another story to this one before the cut (online only). */
  merged: boolean;
}

/** The traces of `cuts` made with `at` articles arrived; `idOf` names a half's member by its index in the cut. */
export function cutTraces(
  cuts: SplitCut['cuts'],
  idOf: (k: number) => string,
  at: number,
  merged: boolean,
): CutTrace[] {
  return cuts.map((c) => ({ halves: [c.halves[0].map(idOf), c.halves[1].map(idOf)], at, merged }));
}

/** One story that was cut: its id, and the article ids of each group (the first keeps the id). */
export interface StorySplit {
  storyId: string;
  groups: string[][];
  cuts: SplitCut['cuts'];
  traces: CutTrace[];
}

/** Each article's terms as name -> factor before IDF (termList's weights). */
export function factorsOf(d: DedupDoc): Map<string, number> {
  return memberTerms(d).factors;
}

/**
 * New story ids for `storyIds` (parallel to `docs`, which are in stream order) after hindsight splits under
 * `rule`; `onSplit` hears every story cut.
 */
export function splitFinishedStories(
  docs: readonly DedupDoc[],
  storyIds: readonly string[],
  rule: SplitRule,
  idfPrior = IDF_PRIOR_DOCS,
  onSplit?: (s: StorySplit) => void,
): string[] {
  const factors = docs.map(factorsOf);
  const df = new Map<string, number>();
  for (const f of factors) for (const t of f.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const byStory = new Map<string, number[]>();
  storyIds.forEach((s, i) => byStory.set(s, [...(byStory.get(s) ?? []), i]));
  const out = [...storyIds];
  const vectorOf = new Map<number, SparseVector>();
  const vector = (i: number) => {
    let v = vectorOf.get(i);
    if (!v) vectorOf.set(i, (v = tfidfVector(factors[i]!, df, docs.length, idfPrior, rule.terms)));
    return v;
  };
  const times = publishedMs(docs);
  const cutOff: number[][] = [];
  for (const [storyId, members] of byStory) {
    if (members.length < rule.minSize) continue;
    const cut = splitMembers(
      members.map(vector),
      rule,
      members.map((i) => times[i]!),
    );
    if (cut.groups.length < 2) continue;
    const groups = cut.groups.map((g) => g.map((k) => members[k]!));
    for (const g of groups.slice(1)) {
      const id = storyIdFor(docs[g[0]!]!.id);
      for (const i of g) out[i] = id;
      cutOff.push(g);
    }
    const traces = cutTraces(cut.cuts, (k) => docs[members[k]!]!.id, docs.length, false);
    onSplit?.({ storyId, groups: groups.map((g) => g.map((i) => docs[i]!.id)), cuts: cut.cuts, traces });
  }
  if (rule.attach) attachGroups(cutOff, out, vector, rule);
  return out;
}

/** Each group cut off joins the closest other story it holds together with (holdsTogether), if any. */
function attachGroups(
  cutOff: readonly number[][],
  out: string[],
  vector: (i: number) => SparseVector,
  rule: SplitRule,
): void {
  for (const g of cutOff) {
    const own = out[g[0]!]!;
    const stories = new Map<string, number[]>();
    out.forEach((s, i) => s !== own && stories.set(s, [...(stories.get(s) ?? []), i]));
    let best: { id: string; between: number } | null = null;
    for (const [id, members] of stories) {
      const h = holdsTogether(g.map(vector), members.map(vector), rule);
      if (h.together && (!best || h.between > best.between)) best = { id, between: h.between };
    }
    if (best) for (const i of g) out[i] = best.id;
  }
}
