// The topic engine: one article in, the topic's new state and at most one update out. Pure: the caller loads
// and saves the state, passes the clock, and stores the update (whose id is stable across retries).
import { createHash } from 'node:crypto';
import type { Claim, ClaimSource, TopicChange, TopicStatusValue } from '../model.js';
import { splitParagraphs } from '../text/sentences.js';
import { matchQuery, matchedTerms, prepareText, type PreparedText } from './query.js';
import { ClaimIndex, MAX_SHARED, candidatePosition, claimQuotes, sharedWords } from './claim-index.js';
import {
  claimId,
  claimSimilarity,
  claimText,
  MIN_SIGNATURE,
  SAME_CLAIM,
  SHARED_QUOTE,
  similarityBound,
} from './claims.js';
import { findStatus, type StatusCandidate } from './status.js';
import { selectTopicSentences, type CompiledTopic, type TopicSentence } from './topic.js';
import { computeBrief } from './brief.js';
import { firstInOrder } from './first-in-order.js';

export { compileTopic, type CompiledTopic } from './topic.js';

export interface TopicArticle {
  id: string;
  url: string;
  source: string;
  title: string;
  text: string;
  storyId: string | null;
  storyTitle: string | null;
  /** Stories merged into the article's story (late merges): an update already made for one of them counts. */
  storyAliases?: readonly string[];
  isRevision: boolean;
}

/** A story (`story:ID`) or article (`article:ID`) that already made an update. */
export interface UpdateMark {
  key: string;
  updateId: string;
  at: string;
}

export interface TopicState {
  topicId: string;
  claims: Claim[];
  status: TopicStatusValue | null;
  updates: number;
  /** The brief as of the last update, i.e. what subscribers last saw. */
  brief?: string[];
  /** Stories and articles that made updates, oldest first. */
  updated?: UpdateMark[];
}

export interface ApplyResult {
  state: TopicState;
  /** The update as data; `renderTopicUpdate` (src/diff/topic-update.ts) adds its HTML before it is stored. */
  update: TopicChange | null;
  /** Whether the article matches the topic's query at all. */
  matched: boolean;
}

export const MAX_CLAIMS = 500;
export const MAX_SOURCES_PER_CLAIM = 50;
const MAX_MARKS = 500;
/**
 * A story that already made an update makes another (without a status change) only when a revision of one of
 * its articles brings at least this many new claims: a corrected article with substantial news is announced,
 * while another outlet's report of the same story adds its sentences quietly.
 */
const FOLLOW_UP_MIN_CLAIMS = 3;

export function emptyTopicState(topicId: string): TopicState {
  return { topicId, claims: [], status: null, updates: 0, brief: [], updated: [] };
}

interface Candidate extends StatusCandidate {
  /** When the known claim this sentence repeats was first seen; null for a sentence that is new. */
  knownSince: string | null;
}

interface Added {
  claim: Claim;
  novelty: number;
  nearest: string | null;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export interface ApplyOptions {
  /** The article's title and text, already prepared by a caller that tested the query itself. */
  prepared?: PreparedText;
  /** The article's topic sentences, already chosen by such a caller (selectTopicSentences of its text). */
  sentences?: TopicSentence[];
  /** Kept by a caller that passes each returned state back in (a replay); see claim-index.ts. */
  index?: ClaimIndex;
  /**
   * False for a caller that reads only which claims an update adds and corroborates (a backtest), not how novel
   * they are nor the nearest known claim: then a known claim that cannot reach SAME_CLAIM is not compared, and
   * the update's `why.novelty` and `why.corroborated` similarities are left as they come out (lower bounds).
   */
  exactNovelty?: boolean;
}

export function applyArticle(
  topic: CompiledTopic,
  state: TopicState | null,
  article: TopicArticle,
  now: string,
  opts: ApplyOptions = {},
): ApplyResult {
  // `before` is only read; `next` is a copy of what this function changes (see copyState), so the caller's
  // state is left alone without deep-copying every claim's sources twice per article.
  const before: TopicState = state ?? emptyTopicState(topic.id);
  const whole = opts.prepared ?? prepareText(`${article.title}\n${article.text}`);
  if (!matchQuery(topic.query, whole)) {
    const same = copyState(before);
    if (opts.index?.syncedTo === before) opts.index.syncedTo = same;
    return { state: same, update: null, matched: false };
  }

  const next: TopicState = copyState(before);
  const claims = next.claims;
  const priorCount = claims.length;
  const index = opts.index ?? new ClaimIndex();
  if (index.syncedTo !== before) index.rebuild(topic, before.claims);
  index.syncedTo = null;
  const position = new Map<string, number>();
  for (let i = 0; i < claims.length; i++) position.set(claims[i]!.id, i);
  /** Claims that gained a source (or were made) here: filed again, exactly, after the article. */
  const touched = new Set<Claim>();
  // Known claims are shared with `before` until this article changes one: then it is copied, once.
  const owned = new Set<Claim>();
  const own = (i: number): Claim => {
    let c = claims[i]!;
    if (!owned.has(c)) {
      c = { ...c, sources: c.sources.slice() };
      claims[i] = c;
      owned.add(c);
    }
    return c;
  };
  // What a known claim is compared on, as it stood before this article (its sources added by this article's
  // earlier sentences do not count); a claim this article makes is compared on the sentence that made it.
  const signatures = new Map<number, string[][]>();
  const quotes = new Map<number, Set<string>>();
  const signaturesOf = (i: number): string[][] => {
    let v = signatures.get(i);
    if (!v) signatures.set(i, (v = index.signatures(topic, before.claims[i]!)));
    return v;
  };
  const quotesOf = (i: number): Set<string> => {
    let v = quotes.get(i);
    if (!v) quotes.set(i, (v = claimQuotes(topic, before.claims[i]!)));
    return v;
  };

  const sentences = opts.sentences ?? selectTopicSentences(topic, splitParagraphs(article.text));
  const added: Added[] = [];
  const corroborated = new Map<string, { claim: Claim; similarity: number }>();
  const candidates: Candidate[] = [];
  let claimSentences = 0;
  const floor = opts.exactNovelty === false ? SAME_CLAIM : 0;

  for (const s of sentences) {
    const sig = topic.signature(s.text);
    if (sig.length < MIN_SIGNATURE) {
      candidates.push({ text: s.text, prepared: s.prepared, knownSince: null });
      continue;
    }
    claimSentences++;
    let best = -1;
    let score = 0;
    const ownQuotes = topic.quotations(s.text);
    // In claim order, as a scan of every claim would go, so ties resolve the same way.
    for (const candidate of index.candidates(sig, ownQuotes, position)) {
      const i = candidatePosition(candidate);
      const shared = sharedWords(candidate);
      // A claim that cannot beat the best similarity so far (or, when novelty is not asked for, cannot be the
      // same claim) is not compared: see similarityBound.
      const bound = shared >= MAX_SHARED ? 1 : similarityBound(shared, sig.length);
      if (bound > score && bound >= floor)
        for (const other of signaturesOf(i)) {
          const sim = claimSimilarity(sig, other);
          if (sim > score) [best, score] = [i, sim];
        }
      if (SHARED_QUOTE > score && ownQuotes.some((q) => quotesOf(i).has(q))) [best, score] = [i, SHARED_QUOTE];
    }
    const source: ClaimSource = {
      articleId: article.id,
      url: article.url,
      source: article.source,
      sentence: s.text,
      at: now,
    };
    const match = score >= SAME_CLAIM ? own(best) : null;
    const isPrior = best >= 0 && best < priorCount;
    candidates.push({ text: s.text, prepared: s.prepared, knownSince: match && isPrior ? match.firstSeen : null });
    if (match) {
      if (match.sources.some((x) => x.articleId === article.id)) continue;
      const newOutlet = !match.sources.some((x) => x.source === article.source);
      match.sources.push(source);
      match.lastSeen = now;
      for (const q of ownQuotes) quotesOf(best).add(q);
      index.addQuotes(match.id, ownQuotes);
      touched.add(match);
      if (isPrior && newOutlet && !corroborated.has(match.id))
        corroborated.set(match.id, { claim: match, similarity: round(score) });
      continue;
    }
    let id = claimId(topic.id, sig);
    while (position.has(id)) id = claimId(topic.id, [...sig, id]);
    const claim: Claim = { id, text: claimText(s.text), sources: [source], firstSeen: now, lastSeen: now };
    claims.push(claim);
    owned.add(claim);
    const at = claims.length - 1;
    position.set(id, at);
    signatures.set(at, [sig]);
    quotes.set(at, new Set(ownQuotes));
    index.addWords(id, sig);
    index.addQuotes(id, ownQuotes);
    touched.add(claim);
    added.push({ claim, novelty: round(1 - score), nearest: best >= 0 ? claims[best]!.id : null });
  }

  // Status: only evidence that is new can change it, so a late copy of an old report cannot bring back an old
  // status; the headline counts too when the article brings something new.
  const current = before.status;
  const fresh = candidates.filter((c) => c.knownSince === null || current === null || c.knownSince > current.since);
  if (added.length || current === null)
    fresh.push({ text: article.title, prepared: prepareText(article.title), knownSince: null });
  const finding = topic.statuses.length ? findStatus(topic.statuses, fresh) : null;
  const statusChanged = finding !== null && finding.rule.id !== current?.id;
  if (finding && statusChanged) {
    next.status = {
      id: finding.rule.id,
      label: finding.rule.label,
      since: now,
      evidence: {
        sentence: finding.candidate.text,
        articleId: article.id,
        url: article.url,
        source: article.source,
        rule: finding.rule.when.source,
      },
    };
  }

  const keys = [
    `article:${article.id}`,
    ...(article.storyId ? [`story:${article.storyId}`] : []),
    ...(article.storyAliases ?? []).map((id) => `story:${id}`),
  ];
  const marks = next.updated ?? [];
  const already = marks.find((m) => keys.includes(m.key)) ?? null;
  // One update per story, never one per outlet: another outlet's report of a story that already made an update
  // only adds its claims to the state. A revision of an article may still fire when it brings substantial news.
  // A revision's unchanged sentences are all known, so its share test would never pass: the count alone decides.
  const revisionNews = article.isRevision && added.length >= FOLLOW_UP_MIN_CLAIMS;
  const fires = statusChanged || (added.length > 0 && (already === null || revisionNews));

  const dropped = boundClaims(claims, owned, (c) => index.corroboration(c));
  for (const id of dropped) index.remove(id);
  for (const c of touched) if (!dropped.has(c.id)) index.refile(topic, c);
  index.syncedTo = next;
  if (!fires) return { state: next, update: null, matched: true };

  const briefBefore = before.brief ?? computeBrief(before.claims);
  const briefAfter = computeBrief(
    claims,
    added.map((a) => a.claim.id),
    (c) => index.corroboration(c),
  );
  const status = statusChanged ? { from: current?.id ?? null, to: next.status!.id } : null;
  const id = updateId(
    topic.id,
    article.id,
    added.map((a) => a.claim.id),
    status?.to ?? null,
  );
  const outlets = (c: Claim) => dedupeSources(c.sources);
  const update: TopicChange = {
    id,
    topicId: topic.id,
    at: now,
    story: article.storyId ? { id: article.storyId, title: article.storyTitle ?? article.title } : null,
    article: { id: article.id, url: article.url, source: article.source, title: article.title },
    status,
    added: added.map(({ claim }) => ({ id: claim.id, text: claim.text, sources: outlets(claim) })),
    corroborated: [...corroborated.values()].map(({ claim }) => ({
      id: claim.id,
      text: claim.text,
      sources: outlets(claim),
    })),
    briefBefore,
    briefAfter,
    statusLabels: statusChanged && next.status ? { from: current?.label ?? null, to: next.status.label } : null,
    why: {
      matchedTerms: matchedTerms(topic.query, whole),
      topicSentences: sentences.length,
      claimSentences,
      novelty: added.map((a) => ({ claim: a.claim.id, novelty: a.novelty, nearest: a.nearest })),
      corroborated: [...corroborated.values()].map(({ claim, similarity }) => ({ claim: claim.id, similarity })),
      status: finding
        ? {
            rule: finding.rule.id,
            when: finding.rule.when.source,
            terms: finding.terms,
            sentence: finding.candidate.text,
            changed: statusChanged,
          }
        : null,
      followUp: already ? { of: already.updateId } : null,
    },
  };

  next.brief = briefAfter;
  next.updates = before.updates + 1;
  const kept = marks.filter((m) => !keys.includes(m.key));
  kept.push(...keys.map((key) => ({ key, updateId: id, at: now })));
  next.updated = kept.slice(-MAX_MARKS);
  return { state: next, update, matched: true };
}

/**
 * A copy deep enough for applyArticle: it adds, drops and replaces claims in the list, copies a claim before it
 * changes one (see `own`), and replaces (never changes) status, brief and marks. Claims, sources, statuses and
 * strings are shared until then.
 */
function copyState(s: TopicState): TopicState {
  return {
    ...s,
    claims: s.claims.slice(),
    ...(s.brief ? { brief: s.brief.slice() } : {}),
    ...(s.updated ? { updated: s.updated.slice() } : {}),
  };
}

/** Stable across retries of the same job: the same article bringing the same things makes the same id. */
function updateId(topicId: string, articleId: string, claimIds: string[], statusTo: string | null): string {
  const h = createHash('sha256').update(
    [topicId, articleId, [...claimIds].sort().join(','), statusTo ?? ''].join('\u0000'),
  );
  return 'u' + h.digest('hex').slice(0, 24);
}

function dedupeSources(sources: readonly ClaimSource[]): { url: string; source: string }[] {
  const seen = new Set<string>();
  const out: { url: string; source: string }[] = [];
  for (const s of sources) {
    if (seen.has(s.url)) continue;
    seen.add(s.url);
    out.push({ url: s.url, source: s.source });
  }
  return out;
}

/**
 * Keeps the state bounded: the least corroborated, longest unseen claims go first; a claim keeps its first and
 * latest sources (a claim not in `owned` is shared with the caller's state and is replaced, not changed).
 * Returns the ids of the claims it dropped.
 */
function boundClaims(claims: Claim[], owned: ReadonlySet<Claim>, corroborationOf: (c: Claim) => number): Set<string> {
  claims.forEach((c, i) => {
    if (c.sources.length <= MAX_SOURCES_PER_CLAIM) return;
    const sources = owned.has(c) ? c.sources : c.sources.slice();
    sources.splice(1, sources.length - MAX_SOURCES_PER_CLAIM);
    if (!owned.has(c)) claims[i] = { ...c, sources };
  });
  if (claims.length <= MAX_CLAIMS) return new Set();
  // Usually one or a few claims over the bound: those are picked in one pass, the same claims the stable sort
  // would put first (the earliest of equals first). corroborationOf is remembered by the caller's index.
  const before = (a: Claim, b: Claim) =>
    corroborationOf(a) - corroborationOf(b) ||
    a.lastSeen.localeCompare(b.lastSeen) ||
    a.firstSeen.localeCompare(b.firstSeen);
  const drop = new Set<string>();
  const over = claims.length - MAX_CLAIMS;
  const lowest = over > 8 ? [...claims].sort(before).slice(0, over) : firstInOrder(claims, over, before);
  for (const c of lowest) drop.add(c.id);
  const kept = claims.filter((c) => !drop.has(c.id));
  claims.splice(0, claims.length, ...kept);
  return drop;
}
