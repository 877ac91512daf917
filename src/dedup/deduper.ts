// One article, one story: exact duplicates by fingerprint, near duplicates by MinHash/LSH, then online story
// clustering against centroids found through an inverted index. The same core runs on the Redis index in the
// pipeline and on the memory index in `deltafeed cluster`. Callers serialize assign() per index.
import { createHash } from 'node:crypto';
import { nearMatch, prepare, type PreparedDoc } from './copies.js';
import type { DedupIndex, DocHit, StoryCentroid, TimeWindow } from './index-types.js';
import { logit, sigmoid } from './logistic.js';
import { loadStoryModel, type StoryModel } from './story-model.js';
import { pairEvidence, termsHeld, type PairEvidence } from './story-score.js';
import { decisionMerged, mergeCentroids, olderStory, type StoryRedirects } from './story-merge.js';
import {
  articleVector,
  chooseStoryQuery,
  IDF_PRIOR_DOCS,
  joinCentroid,
  newCentroid,
  postingTerms,
  sharedTerms,
  STORY_PARAMS,
} from './story-vector.js';
import {
  COPY_WINDOW_MS,
  gapEvidence,
  gapLogOdds,
  inReach,
  STORY_GAP_PRIOR,
  STORY_REACH_MS,
  type GapPrior,
} from './story-time.js';
import {
  heldPair,
  settleLone,
  storiesToMerge,
  YOUNG_STORY_BARS,
  youngChoice,
  type YoungStoryBars,
} from './young-stories.js';
import {
  MEMORY_PARAMS,
  memoryBucket,
  memorySignature,
  rareNames,
  recallStory,
  STORY_MEMORY_MS,
} from './story-memory.js';
import { isRepresentableTime, parseDateText } from '../util/dates.js';

export interface DedupDoc {
  id: string;
  title: string;
  text: string;
  published: string | null;
  url?: string;
  source?: string;
}

export interface DedupDecision {
  duplicateOf: string | null;
  storyId: string;
  newStory: boolean;
  /** Stories this article merged into `storyId` (see story-merge.ts); absent when it merged none. */
  merged?: string[];
  /** Jaccard (duplicates) or story similarity (stories) of the decision; 0 for a story of its own with no candidate. */
  score: number;
  /** What decided, for explanations: match kind, similarities, shared terms, candidates. */
  features: Record<string, number | string>;
}

export interface DeduperOptions {
  /** Jaccard similarity of shingles at or above which a text is a near-duplicate (default 0.5). */
  nearDuplicate?: number;
  /** How far stories reach from their span (default STORY_REACH_MS; copies: COPY_WINDOW_MS at most), see story-time.ts. */
  storyWindowMs?: number;
  /** How long a story is remembered past the reach (story-memory.ts; default STORY_MEMORY_MS); 0: no memory. */
  storyMemoryMs?: number;
  /** What a gap in time costs a story's score (story-time.ts; default STORY_GAP_PRIOR). */
  gapPrior?: GapPrior;
  /** Background articles the IDF counts as seen before the first (see IDF_PRIOR_DOCS, the default). */
  idfPrior?: number;
  /** The fitted story model (default: loadStoryModel(), which throws StoryModelError if the file is bad). */
  model?: StoryModel;
  /** Where merged stories point. Without it the deduper never merges stories (as when fitting: nothing to merge). */
  redirects?: StoryRedirects;
  /** When a story of one article is joined or merged (young-stories.ts; default YOUNG_STORY_BARS; YOUNG_STORIES_OFF turns the rule off). */
  youngStories?: YoungStoryBars;
  /** Clock for articles without a usable date (default Date.now). */
  now?: () => number;
  /** For fitting only: each article's text features, kept across the fit's hundreds of runs over a corpus. */
  prepared?: WeakMap<DedupDoc, PreparedDoc>;
  /** Called with the stories scored in full, for fitting the model (scripts/train-stories.ts). */
  onScored?: (doc: DedupDoc, scored: readonly ScoredStory[]) => void;
  /** For fitting only: the index of a scored story to join, or -1 for a new one (undefined: the model decides). */
  choose?: (doc: DedupDoc, scored: readonly ScoredStory[]) => number | undefined;
}

export type { PreparedDoc };

export interface ScoredStory {
  story: StoryCentroid;
  evidence: PairEvidence;
  /** The pair model's log-odds that the article belongs to the story. */
  z: number;
}

/**
 * The join model's features: the best story's log-odds, and its margin over the runner-up in probability
 * (0 to 1; against 0 when there is no runner-up), so that a story that stands out is joined more readily than
 * one of two look-alikes.
 */
export function joinFeatures(scored: readonly ScoredStory[], best: number): number[] {
  let second = 0;
  scored.forEach((s, i) => {
    if (i !== best) second = Math.max(second, sigmoid(s.z));
  });
  const z = scored[best]!.z;
  return [1, z, sigmoid(z) - second];
}

/** Stable story id from the founding article's id: "s-" and 12 hex digits (no ':' and never all digits). */
export function storyIdFor(articleId: string): string {
  return `s-${createHash('sha1').update(articleId).digest('hex').slice(0, 12)}`;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const withId = (pair: number | null, storyId: string) => (pair === null ? null : { pair, storyId });

function timeOf(published: string | null, now: () => number): number {
  const t = published ? parseDateText(published) : NaN;
  // A date the index cannot store (before 1970, after 9999) is an unknown date, like a missing one.
  // Minute resolution: what the Redis index stores, so both indexes see the same times.
  return Math.floor((isRepresentableTime(t) ? t : now()) / 60_000) * 60_000;
}

export function createDeduper(index: DedupIndex, opts: DeduperOptions = {}) {
  const nearDuplicate = opts.nearDuplicate ?? 0.5;
  const storyWindowMs = opts.storyWindowMs ?? STORY_REACH_MS;
  const windowMs = Math.min(COPY_WINDOW_MS, storyWindowMs);
  const now = opts.now ?? Date.now;
  const idfPrior = opts.idfPrior ?? IDF_PRIOR_DOCS;
  const model = opts.model ?? loadStoryModel();
  const young = opts.youngStories ?? YOUNG_STORY_BARS;
  const gapPrior = opts.gapPrior ?? STORY_GAP_PRIOR;
  const memoryMs = opts.storyMemoryMs ?? STORY_MEMORY_MS;

  async function assign(doc: DedupDoc): Promise<DedupDecision> {
    const time = timeOf(doc.published, now);
    const at: TimeWindow = { time, windowMs, storyWindowMs, memoryMs };
    let prepared = opts.prepared?.get(doc);
    if (prepared?.details !== model.details.terms) {
      prepared = prepare(doc, model.details.terms);
      opts.prepared?.set(doc, prepared);
    }
    const { fingerprint, sketch, textual, terms, facts, factCount, list } = prepared;
    const inWindow = (h: DocHit) => Math.abs(h.time - time) <= windowMs;

    // One read answers both questions: is it a copy, and (if not) which stories might it belong to.
    const found = await index.lookup(
      {
        fingerprint: textual ? fingerprint : null,
        bands: textual ? sketch.bands : [],
        terms: list.ids,
        stories: { factors: list.factors, keys: list.keys, limit: STORY_PARAMS.candidates, idfPrior },
      },
      at,
    );
    // Stories absorbed by a late merge live on in the index under their old ids: read them as their survivors.
    const ids = [
      found.exact?.storyId ?? [],
      found.near.map((h) => h.storyId),
      found.stories?.stories.map((s) => s.id) ?? [],
    ];
    const redirected = opts.redirects ? await opts.redirects.resolve([...new Set(ids.flat())]) : null;
    const live = <T extends { storyId: string }>(h: T): T => {
      const to = redirected?.get(h.storyId);
      return to === undefined ? h : { ...h, storyId: to };
    };
    if (textual) {
      const exact = found.exact && live(found.exact);
      const near = found.near.map(live);
      if (exact && inWindow(exact)) {
        if (exact.id === doc.id) return same(exact);
        await index.addDuplicate(fingerprint, exact, at);
        return {
          duplicateOf: exact.id,
          storyId: exact.storyId,
          newStory: false,
          score: 1,
          features: { match: 'exact', original: exact.id },
        };
      }
      let best: { hit: DocHit; jaccard: number; contained: number; factJaccard: number } | null = null;
      for (const hit of near) {
        if (!inWindow(hit)) continue;
        const m = nearMatch(nearDuplicate, hit, sketch.signature, sketch.shingles, facts, factCount);
        if (!m.isCopy) continue;
        if (!best || Math.max(m.jaccard, m.contained) > Math.max(best.jaccard, best.contained)) best = { hit, ...m };
      }
      if (best) {
        if (best.hit.id === doc.id) return same(best.hit);
        await index.addDuplicate(fingerprint, best.hit, at);
        return {
          duplicateOf: best.hit.id,
          storyId: best.hit.storyId,
          newStory: false,
          score: round(best.jaccard),
          features: {
            match: 'near',
            original: best.hit.id,
            jaccard: round(best.jaccard),
            contained: round(best.contained),
            sameFacts: round(best.factJaccard),
            candidates: near.length,
          },
        };
      }
    }

    const vector = articleVector(list, found.df, found.docs, idfPrior, model.details.scoringTerms);
    // The lookup skips the stories when the fingerprint matches; here it matched an article out of the window.
    const { posted, stories } =
      found.stories ??
      (await index.findStories(chooseStoryQuery(list, found.df, found.docs, idfPrior), at, STORY_PARAMS.candidates));
    const scored = await scoreStories(vector, stories, time, found.stories ? redirected : null);
    opts.onScored?.(doc, scored);
    let bestAt = -1;
    scored.forEach((s, i) => {
      if (bestAt < 0 || s.z > scored[bestAt]!.z) bestAt = i;
    });
    const join = bestAt >= 0 ? logit(model.join.weights, joinFeatures(scored, bestAt)) : -Infinity;
    const forced = opts.choose?.(doc, scored);
    const chosen = forced !== undefined ? forced : youngChoice(scored, join >= 0 ? bestAt : -1, young);
    const best = bestAt >= 0 ? scored[bestAt]! : null;
    const runnerUp = scored.reduce((m, s, i) => (i === bestAt ? m : Math.max(m, s.z)), -Infinity);

    const base = {
      words: terms.words,
      candidates: Math.min(posted, STORY_PARAMS.candidates),
      runnerUp: Number.isFinite(runnerUp) ? round(runnerUp) : 'none',
    };
    let story: StoryCentroid;
    let decision: DedupDecision;
    const pick = chosen >= 0 ? scored[chosen] : undefined;
    // Nothing in the reach fits (the model wanted none of it): a story past the reach may come back.
    const remembered =
      !pick && forced === undefined && join < 0
        ? await recallStory(index, vector, at, new Set(scored.map((s) => s.story.id)), opts.redirects)
        : null;
    const rejected: string[] = []; // stories of one a third article turns down (young-stories.ts)
    const mergeCtx = { bars: young, model, vector, time, rejected: young.waitEnds ? rejected : undefined };
    const absorbed = pick && opts.redirects ? storiesToMerge(scored, pick, mergeCtx) : [];
    if (pick) {
      let target = pick.story;
      if (absorbed.length) {
        const survivor = absorbed.reduce(olderStory, pick.story);
        target = [pick.story, ...absorbed].reduce((m, s) => (s === survivor ? m : mergeCentroids(m, s)), survivor);
        await opts.redirects!.merge(
          survivor.id,
          [pick.story, ...absorbed].filter((s) => s !== survivor).map((s) => s.id),
          doc.id,
          time,
        );
      }
      story = joinCentroid(target, vector, time);
      decision = {
        duplicateOf: null,
        storyId: story.id,
        newStory: false,
        score: round(sigmoid(pick.z)),
        features: {
          match: 'story',
          ...base,
          join: round(join),
          cosine: round(pick.evidence.cosine),
          evidence: round(pick.evidence.evidence),
          evidenceTerms: pick.evidence.evidenceTerms,
          gapHours: round(pick.evidence.gapHours),
          shared: sharedTerms(vector, pick.story).join(', '),
          storySize: story.size,
          ...(absorbed.length ? { merged: decisionMerged(story.id, pick, absorbed).join(', ') } : {}),
        },
      };
      if (absorbed.length) decision.merged = decisionMerged(story.id, pick, absorbed);
    } else if (remembered) {
      story = newCentroid(remembered.storyId, vector, time);
      decision = {
        duplicateOf: null,
        storyId: story.id,
        newStory: false,
        score: round(remembered.pairs / (remembered.pairs + 1)),
        features: {
          match: 'memory',
          ...base,
          join: Number.isFinite(join) ? round(join) : 'none',
          pairs: remembered.pairs,
          rareNames: rareNames(vector, MEMORY_PARAMS.queryNames)
            .map((i) => vector.names[i]!)
            .join(', '),
        },
      };
    } else {
      story = newCentroid(storyIdFor(doc.id), vector, time);
      decision = {
        duplicateOf: null,
        storyId: story.id,
        newStory: true,
        score: round(best ? sigmoid(best.z) : 0),
        features: best
          ? {
              match: 'new',
              ...base,
              join: round(join),
              bestStory: best.story.id,
              bestScore: round(sigmoid(best.z)),
              bestEvidence: round(best.evidence.evidence),
              shared: sharedTerms(vector, best.story).join(', '),
            }
          : { match: 'new', ...base },
      };
    }
    await index.commit(
      {
        story,
        postings: postingTerms(vector),
        // Too short to be anyone's original; its story still knows it through the centroid.
        doc: textual
          ? {
              id: doc.id,
              time,
              shingles: sketch.shingles,
              signature: sketch.signature,
              factCount,
              facts,
              fingerprint,
              bands: sketch.bands,
            }
          : null,
        terms: list.ids,
        // The story's signature for the long memory, from the article that starts it, rejoins it from the memory,
        // or joins it in a later memory bucket than its last article (story-memory.ts); none without two rare names.
        memory:
          memoryMs > 0 && (!pick || memoryBucket(time) > memoryBucket(pick.story.last))
            ? withId(memorySignature(vector, story.terms), story.id)
            : null,
      },
      at,
    );
    if (opts.redirects && young.waitEnds && forced === undefined) {
      const hold = heldPair(scored, join >= 0 ? bestAt : -1, chosen, story.id, doc.id, young);
      await settleLone(opts.redirects, { hold, decided: rejected, time: Math.min(time, now()), waitMs: windowMs });
    }
    return decision;
  }

  /**
   * Each candidate scored by the pair model. With redirects (`redirected`), a centroid absorbed by a merge
   * counts as its survivor, and of several centroids of one story only the best-scored one stays.
   */
  async function scoreStories(
    vector: ReturnType<typeof articleVector>,
    stories: readonly StoryCentroid[],
    time: number,
    redirected: ReadonlyMap<string, string> | null,
  ): Promise<ScoredStory[]> {
    let resolved = redirected;
    if (!resolved && opts.redirects && stories.length)
      resolved = await opts.redirects.resolve(stories.map((s) => s.id));
    const byId = new Map<string, ScoredStory>();
    const reached = inReach(stories, time, storyWindowMs);
    const held = termsHeld(reached);
    for (const raw of reached) {
      const to = resolved?.get(raw.id);
      const story = to === undefined ? raw : { ...raw, id: to };
      const evidence = pairEvidence(vector, story, time, model.sigmaDays, held);
      const gap = gapLogOdds(evidence.gapHours * 3_600_000, gapPrior, gapEvidence(gapPrior, evidence));
      const z = logit(model.pair.weights, evidence.x) + gap;
      const s = { story, evidence, z };
      const seen = byId.get(story.id);
      if (!seen || s.z > seen.z) byId.set(story.id, s);
    }
    return [...byId.values()];
  }

  /** The article was indexed before (a retried job, a re-check): same story, and not a copy of itself. */
  function same(hit: DocHit): DedupDecision {
    const features = { match: 'self', original: hit.id };
    return { duplicateOf: null, storyId: hit.storyId, newStory: false, score: 1, features };
  }

  return { assign };
}

export type Deduper = ReturnType<typeof createDeduper>;
