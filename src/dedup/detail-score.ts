// Evidence from detail terms (details.ts: days and numbers told in prose) for the story model. Positive
// evidence (details shared) and a tolerant clash: reports of one story quote figures that change as it develops
// (a toll of 5, later 7; "at least 20", then 23) and dates a few days apart (the attack on Monday, the arrest on
// Thursday), so a figure not shared says little; only days far apart on both sides count against a story.
import { dayOfId, kindOfId, TERM_KINDS } from './hash.js';
import { daysApart } from './details.js';
import type { StoryCentroid } from './index-types.js';
import type { ArticleVector } from './story-vector.js';

export const DETAIL_FEATURES = ['sharedDetails', 'datesNear', 'datesApart'] as const;

/** Days within which two dates count as one development of a story. */
export const NEAR_DAYS = 3;
/** Days beyond which, with no closer pair, two accounts' dates are two incidents. */
export const APART_DAYS = 14;

const DETAIL_KINDS = new Set(['n', 'y', 'd'].map((k) => TERM_KINDS.indexOf(k as (typeof TERM_KINDS)[number])));
const DAYS = TERM_KINDS.indexOf('d');
const storyDays: number[] = [];

/** [sharedDetails, datesNear, datesApart] of an article against a story (see DETAIL_FEATURES). */
export function detailEvidence(v: ArticleVector, story: StoryCentroid): [number, number, number] {
  let shared = 0;
  storyDays.length = 0;
  for (const id of story.terms) {
    const k = kindOfId(id);
    if (k === DAYS) storyDays.push(dayOfId(id));
    if (!DETAIL_KINDS.has(k)) continue;
    const i = v.positions.get(id);
    // Specificity: a number every other article has ("10", "2013") says little.
    if (i !== undefined) shared += v.specificities[i]!;
  }
  let closest = Infinity;
  let any = false;
  for (let i = 0; i < v.ids.length; i++) {
    if (v.kinds[i] !== DAYS) continue;
    any = true;
    const day = dayOfId(v.ids[i]!);
    for (const s of storyDays) closest = Math.min(closest, daysApart(day, s));
  }
  const both = any && storyDays.length > 0;
  return [Math.min(3, shared), both && closest <= NEAR_DAYS ? 1 : 0, both && closest > APART_DAYS ? 1 : 0];
}
