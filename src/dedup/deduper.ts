// One article, one story: exact duplicates by fingerprint, near duplicates by MinHash/LSH, then online story
// clustering against centroids found through an inverted index. The same core runs on the Redis index in the
// pipeline and on the memory index in `deltafeed cluster`. Callers serialize assign() per index.
import { createHash } from 'node:crypto';
import { articleTerms } from './features.js';
import {
  containment,
  estimateFactJaccard,
  estimateJaccard,
  fingerprintOfNormalized,
  sketchFacts,
  sketchText,
} from './fingerprint.js';
import { factId } from './hash.js';
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
  termList,
} from './story-vector.js';
import { normalizeText } from './text.js';
import { heldPair, settleLone, storiesToMerge, YOUNG_STORY_BARS, youngChoice } from './young-stories.js';
import type { YoungStoryBars } from './young-stories.js';
import { isRepresentableTime } from '../util/dates.js';

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
  /**
   * How far back the index is read for duplicates and stories (default 3 days). A story is posted again with every
   * article that joins it, so it stays reachable while articles join; the model weighs the gap softly within it.
   */
  storyWindowMs?: number;
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

/** Share of a text's shingles found in an earlier text that makes it a copy (a trimmed or lightly padded wire story). */
const CONTAINED = 0.85;
/** Texts shorter than this many shingles are never duplicates by text: "Developing story." is not a copy of anything. */
const MIN_SHINGLES = 8;
/** Below this shingle similarity a copy must also share its names and numbers (templated reports share the rest). */
const SURE_COPY = 0.85;
/** Estimated Jaccard of the fact sets that counts as the same facts (a trimmed copy keeps most of them). */
const SAME_FACTS = 0.3;
/**
 * A copy-edited copy (a word changed every dozen breaks a third of the 4-word shingles) still counts when it
 * has all the same names and numbers and three quarters of the usual shingle similarity. Other outlets' own
 * accounts of an event share the facts but rarely a quarter of their shingles.
 */
const EDITED_FACTS = 0.6;
const EDITED_SHARE = 0.75;

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

function timeOf(published: string | null, now: () => number): number {
  const t = published ? Date.parse(published) : NaN;
  // A date the index cannot store (before 1970, after 9999) is an unknown date, like a missing one.
  // Minute resolution: what the Redis index stores, so both indexes see the same times.
  return Math.floor((isRepresentableTime(t) ? t : now()) / 60_000) * 60_000;
}

/** What an article's text gives before the index is asked: the same whatever the index holds. */
export interface PreparedDoc {
  fingerprint: string;
  sketch: ReturnType<typeof sketchText>;
  textual: boolean;
  terms: ReturnType<typeof articleTerms>;
  facts: Uint8Array;
  factCount: number;
  list: ReturnType<typeof termList>;
  details: boolean; // the terms hold detail terms (StoryModel.details.terms): the other setting's features differ
}

function prepare(doc: DedupDoc, details: boolean): PreparedDoc {
  const normalized = normalizeText(doc.text);
  const sketch = sketchText(normalized);
  const terms = articleTerms(doc.title, doc.text, normalized, details);
  return {
    fingerprint: fingerprintOfNormalized(normalized).slice(0, 16),
    sketch,
    textual: sketch.shingles >= MIN_SHINGLES,
    terms,
    facts: sketchFacts(terms.facts.map(factId)),
    factCount: Math.min(255, terms.facts.length),
    list: termList(terms),
    details,
  };
}

export function createDeduper(index: DedupIndex, opts: DeduperOptions = {}) {
  const nearDuplicate = opts.nearDuplicate ?? 0.5;
  const windowMs = opts.storyWindowMs ?? 3 * 86_400_000;
  const now = opts.now ?? Date.now;
  const idfPrior = opts.idfPrior ?? IDF_PRIOR_DOCS;
  const model = opts.model ?? loadStoryModel();
  const young = opts.youngStories ?? YOUNG_STORY_BARS;

  function nearMatch(hit: DocHit, signature: Uint16Array, shingles: number, facts: Uint8Array, factCount: number) {
    const jaccard = estimateJaccard(signature, hit.signature);
    const ratio = hit.shingles / Math.max(1, shingles);
    const contained = ratio <= 3 ? containment(jaccard, shingles, hit.shingles) : 0;
    const hasFacts = factCount >= 2 && hit.factCount >= 2;
    const factJaccard = hasFacts ? estimateFactJaccard(facts, hit.facts) : 1;
    const similar =
      jaccard >= nearDuplicate ||
      (contained >= CONTAINED && jaccard >= 0.25) ||
      (hasFacts && factJaccard >= EDITED_FACTS && jaccard >= EDITED_SHARE * nearDuplicate);
    const isCopy = hit.shingles >= MIN_SHINGLES && similar && (jaccard >= SURE_COPY || factJaccard >= SAME_FACTS);
    return { jaccard, contained, factJaccard, isCopy };
  }

  async function assign(doc: DedupDoc): Promise<DedupDecision> {
    const time = timeOf(doc.published, now);
    const at: TimeWindow = { time, windowMs };
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
        const m = nearMatch(hit, sketch.signature, sketch.shingles, facts, factCount);
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
      },
      at,
    );
    if (opts.redirects && young.waitEnds && forced === undefined) {
      const hold = heldPair(scored, join >= 0 ? bestAt : -1, chosen, story.id, doc.id);
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
    const held = termsHeld(stories);
    for (const raw of stories) {
      const to = resolved?.get(raw.id);
      const story = to === undefined ? raw : { ...raw, id: to };
      const evidence = pairEvidence(vector, story, time, model.sigmaDays, held);
      const s = { story, evidence, z: logit(model.pair.weights, evidence.x) };
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
