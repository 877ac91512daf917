// STORY_YOUNG for the story benches: "on" runs with the stories-of-one rule (src/dedup/young-stories.ts) at its
// chosen bars (the default, as when unset), "J,S,M,R[,E]" at other bars (join, sure, merge, rescored; E 1 when
// a held pair's wait ends, 0 when it waits for ever); "off", without it.
import { YOUNG_STORIES_OFF, YOUNG_STORY_BARS, type YoungStoryBars } from '../../src/dedup/young-stories.js';

export function youngStoriesFromEnv(v = process.env.STORY_YOUNG): YoungStoryBars | undefined {
  if (!v) return undefined;
  if (v === 'off') return YOUNG_STORIES_OFF;
  if (v === 'on') return YOUNG_STORY_BARS;
  const [join, sure, merge, rescored, ends = Number(YOUNG_STORY_BARS.waitEnds)] = v.split(',').map(Number);
  if (![join, sure, merge, rescored, ends].every((x) => Number.isFinite(x))) throw new Error(`STORY_YOUNG: ${v}?`);
  return { join: join!, sure: sure!, merge: merge!, rescored: rescored!, waitEnds: ends === 1 };
}
