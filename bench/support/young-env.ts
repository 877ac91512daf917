// STORY_YOUNG for the story benches: "off" runs without the stories-of-one rule (src/dedup/young-stories.ts),
// "J,S,M,R" with other bars (join, sure, merge, rescored); unset, the shipped bars.
import { YOUNG_STORIES_OFF, type YoungStoryBars } from '../../src/dedup/young-stories.js';

export function youngStoriesFromEnv(v = process.env.STORY_YOUNG): YoungStoryBars | undefined {
  if (!v) return undefined;
  if (v === 'off') return YOUNG_STORIES_OFF;
  const [join, sure, merge, rescored] = v.split(',').map(Number);
  if (![join, sure, merge, rescored].every((x) => Number.isFinite(x))) throw new Error(`STORY_YOUNG: ${v}?`);
  return { join: join!, sure: sure!, merge: merge!, rescored: rescored! };
}
