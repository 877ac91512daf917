// Copies (exact and near duplicates of an earlier article) and what an article's text gives before the index is
// asked: the deduper's first steps, the same whatever the index holds.
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
import type { DocHit } from './index-types.js';
import { termList } from './story-vector.js';
import { normalizeText } from './text.js';

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

export function prepare(doc: { title: string; text: string }, details: boolean): PreparedDoc {
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

/** Whether an earlier article `hit` is a copy of this one, with the similarities that decided it. */
export function nearMatch(
  nearDuplicate: number,
  hit: DocHit,
  signature: Uint16Array,
  shingles: number,
  facts: Uint8Array,
  factCount: number,
) {
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
