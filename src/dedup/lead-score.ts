// Leading names of both sides, for the story model: the first names, places and years an article and a story
// are about, and whether each side's are missing from the other. Two incidents of one kind (two fights of one
// boxer, two patches of one browser) share the main name, and their other leading names (the opponent, the
// year, the town) are ones the other side never mentions at all; two outlets' reports of one event mention
// each other's leading names somewhere, if not among their strongest terms.
import { kindOfId, TERM_KINDS } from './hash.js';
import type { StoryCentroid } from './index-types.js';
import type { ArticleVector } from './story-vector.js';

export const LEAD_FEATURES = ['leadUnmentioned', 'leadUnshared', 'leadClash', 'youngLeadClash'] as const;

/** Leading names compared per side. */
export const LEAD_NAMES = 4;
const NAMES = new Set(['e', 'p', 'y'].map((k) => TERM_KINDS.indexOf(k as (typeof TERM_KINDS)[number])));

/** Whether sorted ids (TermList.ids: ascending) hold id. */
function holds(sorted: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = sorted[mid]!;
    if (m === id) return true;
    if (m < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * [leadUnmentioned, leadUnshared, leadClash, youngLeadClash] of an article against a story (see LEAD_FEATURES):
 * the share of the story's first LEAD_NAMES names (centroid order, strongest first) that the article never
 * mentions (none of its terms, not only its strongest), the share of the article's first LEAD_NAMES specific
 * names the story's centroid lacks, their product, and the product again for a story of one or two articles
 * (a young story is one report: its leading names are that report's, not what its outlets agreed on).
 */
export function leadEvidence(v: ArticleVector, story: StoryCentroid): [number, number, number, number] {
  let storyNames = 0;
  let unmentioned = 0;
  for (let j = 0; j < story.terms.length && storyNames < LEAD_NAMES; j++) {
    const id = story.terms[j]!;
    if (!NAMES.has(kindOfId(id))) continue;
    storyNames++;
    if (!holds(v.allIds, id)) unmentioned++;
  }
  let names = 0;
  let unshared = 0;
  for (let i = 0; i < v.ids.length && names < LEAD_NAMES; i++) {
    if (!NAMES.has(v.kinds[i]!) || v.specificities[i]! <= 0) continue;
    names++;
    if (!story.terms.includes(v.ids[i]!)) unshared++;
  }
  const a = storyNames ? unmentioned / storyNames : 0;
  const b = names ? unshared / names : 0;
  return [a, b, a * b, story.size <= 2 ? a * b : 0];
}
