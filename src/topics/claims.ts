// Claims: topic sentences reduced to what distinguishes them, so that near-paraphrases from different outlets
// ("an invitation is the only real security guarantee" in three wordings) become one claim with many sources.
import { createHash } from 'node:crypto';
import { stemmer } from 'stemmer';
import { words } from '../text/words.js';

/**
 * Words that say nothing about which claim a sentence makes. Hand-written rather than a stock stopword list:
 * reporting verbs ("said", "told") must go, and negations must stay ("is ready" and "is not ready" differ).
 */
const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as into onto about over after before than then that this these those ' +
    'it its it s is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'he she they we i you him her them us me his hers their theirs our ours your my who whom whose which what when where why how ' +
    'there here also just so very more most such other some any all each both s said says say saying told tell tells according ' +
    'added adding stated reported mr mrs ms dr one up out its while during ' +
    // What is left of contractions once the apostrophe splits them ("isn't" gives "isn" and "t").
    'isn aren wasn weren don doesn didn won wouldn couldn shouldn hasn haven hadn ll ve re'
  ).split(' '),
);
/** Every way of saying "not" becomes one signature word, so "isn't" and "is not" agree. */
const NEGATORS = new Set(['not', 'no', 'never', 't', 'nor', 'neither', 'without']);
const NEGATION = '~not';

/** Signatures with fewer words are too vague to be claims ("Kyiv wants to join NATO" once topic words go). */
export const MIN_SIGNATURE = 2;

// Stemming dominates the cost of signatures and the same words recur in every article.
const stemCache = new Map<string, string>();
function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    if (stemCache.size > 50_000) stemCache.clear();
    s = stemmer(word);
    stemCache.set(word, s);
  }
  return s;
}

/**
 * The distinguishing words of a sentence: stemmed, without stopwords and without the topic's own words
 * (every topic sentence says "Ukraine" and "NATO", so they cannot tell two claims apart). Sorted, unique.
 */
export function claimSignature(sentence: string, isTopicWord: (word: string) => boolean): string[] {
  const out = new Set<string>();
  for (const w of words(sentence)) {
    if (NEGATORS.has(w)) out.add(NEGATION);
    else if (!STOPWORDS.has(w) && !isTopicWord(w) && (w.length > 1 || /\p{N}/u.test(w))) out.add(stem(w));
  }
  return [...out].sort();
}

/**
 * How likely two signatures make the same claim, in [0, 1]: their Jaccard similarity, or, when a shorter
 * sentence sits mostly inside a longer one (a quote with a different attribution around it), their overlap
 * (shared words over the smaller signature) scaled by 0.8. The overlap only counts with three shared words
 * and a Jaccard of 0.35, because a short sentence's few words are easily found inside a long one: on BASIL's
 * three-outlet stories these bounds keep mostly true quote matches. A negation on one side only halves it.
 * Both must be signatures as claimSignature makes them: sorted and unique.
 */
export function claimSimilarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  // Both are sorted and unique (claimSignature): one merge counts the shared words. This runs for every
  // candidate pair of every sentence, so it allocates nothing.
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const jaccard = common / (a.length + b.length - common);
  const overlap = common >= 3 && jaccard >= 0.35 ? common / Math.min(a.length, b.length) : 0;
  let score = Math.max(jaccard, overlap * 0.8);
  if (b.includes(NEGATION) !== a.includes(NEGATION)) score *= 0.5;
  return score;
}

/**
 * The most claimSimilarity(a, b) can be for a signature `a` of `length` words and any `b` that shares at most
 * `shared` of them: the Jaccard is at most shared / length (b has at least the shared words), which is also
 * what the overlap needs to reach 0.35 before it counts, and the overlap counts at most 0.8. Exact for the
 * Jaccard (equal when b is exactly the shared words), so a candidate whose bound does not beat the best score
 * so far cannot change the result.
 */
export function similarityBound(shared: number, length: number): number {
  const jaccard = Math.min(1, shared / length);
  return shared >= 3 && jaccard >= 0.35 ? Math.max(jaccard, 0.8) : jaccard;
}

/** At or above this similarity a sentence is the same claim as a known one. */
export const SAME_CLAIM = 0.5;

/** Sentence as a claim's text: a wire dateline ("KYIV, Ukraine (AP) — ") and stray spacing removed. */
export function claimText(sentence: string): string {
  return sentence
    .replace(
      /^\p{Lu}[\p{Lu}.'\u2019 -]{2,}(?:,\s*\p{L}[\p{L}. ]{0,30})?\s*(?:\([^)]{1,40}\))?\s*[\u2014\u2013-]{1,2}\s+/u,
      '',
    )
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Deterministic claim id from the topic and the signature, so a retried job makes the same id. */
export function claimId(topicId: string, signature: readonly string[]): string {
  return (
    'c' +
    createHash('sha256')
      .update(`${topicId}\u0000${signature.join(' ')}`)
      .digest('hex')
      .slice(0, 16)
  );
}

/** Number of distinct outlets behind a claim. */
export function corroboration(sources: readonly { source: string }[]): number {
  const outlets = new Set<string>();
  for (const s of sources) outlets.add(s.source);
  return outlets.size;
}

/** Quotations shorter than this many words ("“grave”", "“very soon”") are too common to identify a claim. */
const MIN_QUOTE_WORDS = 4;

/**
 * The quotations a sentence carries, as normalized word runs. Outlets paraphrase freely around a quote but
 * keep its words: the same quotation in two sentences is the same claim however differently it is framed.
 */
export function quotations(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/[“"«]([^”"»]{8,400})[”"»]/gu)) {
    const w = words(m[1] as string);
    if (w.length >= MIN_QUOTE_WORDS) out.push(w.join(' '));
  }
  return out;
}

/** Similarity given to two sentences that share a quotation. */
export const SHARED_QUOTE = 0.9;
