// Late merges: an article that ties two existing stories with strong evidence to both (the pair model is
// sure of each) is the missing link between two halves of one event that started apart (two outlets' first
// reports, an early wrong split). The older story survives, the other is redirected to it; every later
// reference to the absorbed id (a candidate centroid, a copy's original) is read through the redirect.
import type { StoryCentroid } from './index-types.js';
import { sigmoid } from './logistic.js';
import { STORY_PARAMS } from './story-vector.js';

/** Where absorbed story ids point. The Redis implementation is src/store/story-merges.ts. */
export interface StoryRedirects {
  /** The surviving story of each id that was absorbed (following chains); ids never absorbed are left out. */
  resolve(ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** Record that `absorbed` stories now belong to `survivor`; `articleId` is the article that tied them. */
  merge(survivor: string, absorbed: readonly string[], articleId: string, at: number): Promise<void>;
  /** One article's step in the wait of stories of one (young-stories.ts): the held pairs whose wait ended. */
  settleLone(step: LoneStep): Promise<HeldPair[]>;
}

/**
 * A story of one article, or of a few (`lone`), that a newer article fitted at the plain bar but not at the young
 * one: the newer article started a story of its own (`newer`) and the pair waits for a third article to decide it.
 */
export interface HeldPair {
  lone: string;
  newer: string;
  articleId: string;
  /** The pair model's probability for the pair. */
  p: number;
}

/** What one article brings to the wait (see HeldPair). */
export interface LoneStep {
  /** The pair this article holds back, if any. */
  hold: HeldPair | null;
  /** Stories of one a third article's group evidence turned down (young-stories.ts): their pairs never join. */
  decided: readonly string[];
  /** The stream's clock: the article's time, but never ahead of the deduper's clock (ms). */
  time: number;
  /** How long a pair waits, in stream time: a pair held when the clock read t joins once it reads t + waitMs. */
  waitMs: number;
}

/** Hops followed through chains of merges (a merged into b, later b into c). */
export const MAX_MERGE_HOPS = 8;

/** Redirects in process memory, for `deltafeed cluster` and tests. */
export class MemoryStoryRedirects implements StoryRedirects {
  private readonly into = new Map<string, string>();

  final(id: string): string {
    let at = id;
    for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
      const next = this.into.get(at);
      if (next === undefined) break;
      at = next;
    }
    return at;
  }

  resolve(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const out = new Map<string, string>();
    for (const id of ids) {
      const f = this.final(id);
      if (f !== id) out.set(id, f);
    }
    return Promise.resolve(out);
  }

  merge(survivor: string, absorbed: readonly string[]): Promise<void> {
    for (const id of absorbed) if (id !== survivor) this.into.set(id, survivor);
    return Promise.resolve();
  }

  /** The latest stream time seen, pairs waiting (with the time their wait ends) and decided stories (when). */
  private clock = -Infinity;
  private held: { pair: HeldPair; due: number }[] = [];
  private readonly decided = new Map<string, number>();

  settleLone(step: LoneStep): Promise<HeldPair[]> {
    const now = (this.clock = Math.max(this.clock, step.time));
    for (const id of step.decided) this.decided.set(id, now);
    if (step.hold) this.held.push({ pair: step.hold, due: now + step.waitMs });
    const due = this.held.filter((h) => h.due <= now).map((h) => h.pair);
    if (due.length) this.held = this.held.filter((h) => h.due > now);
    const out = due.filter((p) => !this.decided.has(p.lone) && !this.decided.has(p.newer));
    // A decision older than one wait concerns no pair still waiting (each was held since).
    for (const [id, at] of this.decided) if (at < now - step.waitMs) this.decided.delete(id);
    return Promise.resolve(out);
  }
}

/**
 * Probability from the pair model that both stories must reach for an article to merge them: far above what
 * a join needs, since a wrong merge joins two whole stories.
 */
export const MERGE_MIN_PROBABILITY = 0.95;

/** The older of two stories survives a merge (ties: the lower id, so that the answer is the same in any order). */
export function olderStory(a: StoryCentroid, b: StoryCentroid): StoryCentroid {
  return a.first < b.first || (a.first === b.first && a.id < b.id) ? a : b;
}

/** One centroid for two stories: their size-weighted mean, cut to the strongest terms, under the survivor's key. */
export function mergeCentroids(survivor: StoryCentroid, other: StoryCentroid): StoryCentroid {
  const sum = new Map<number, number>();
  for (const s of [survivor, other]) s.terms.forEach((t, i) => sum.set(t, (sum.get(t) ?? 0) + s.weights[i]! * s.size));
  const size = survivor.size + other.size;
  const top = [...sum].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, STORY_PARAMS.centroidTerms);
  return {
    key: survivor.key,
    id: survivor.id,
    first: Math.min(survivor.first, other.first),
    last: Math.max(survivor.last, other.last),
    size,
    terms: top.map(([t]) => t),
    weights: top.map(([, w]) => Math.round(Math.min(1, w / size) * 255) / 255),
  };
}

/** A candidate story and the pair model's log-odds for it (the deduper's ScoredStory). */
interface Scored {
  story: StoryCentroid;
  z: number;
}

/** Other candidate stories the article also belongs to with near certainty, when it is near certain of its pick. */
export function mergeable(scored: readonly Scored[], pick: Scored): StoryCentroid[] {
  if (sigmoid(pick.z) < MERGE_MIN_PROBABILITY) return [];
  return scored.filter((s) => s !== pick && sigmoid(s.z) >= MERGE_MIN_PROBABILITY).map((s) => s.story);
}

/** The ids a merge absorbed: every story of the merge but the survivor. */
export function decisionMerged(survivor: string, pick: Scored, absorbed: readonly StoryCentroid[]): string[] {
  return [pick.story, ...absorbed].map((s) => s.id).filter((id) => id !== survivor);
}
