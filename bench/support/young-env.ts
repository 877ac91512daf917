// STORY_YOUNG for the story benches: "on" runs with the stories-of-one rule (src/dedup/young-stories.ts) at its
// chosen bars (the default, as when unset), "J,S,T,R[,E[,N,F]]" at other bars (join, sure, turnDown, rescored; E 1
// when a held pair's wait ends, 0 when it waits for ever; stories of up to N articles joined at once only at F);
// "off", without it.
import { YOUNG_STORIES_OFF, YOUNG_STORY_BARS, type YoungStoryBars } from '../../src/dedup/young-stories.js';

export function youngStoriesFromEnv(v = process.env.STORY_YOUNG): YoungStoryBars | undefined {
  if (!v) return undefined;
  if (v === 'off') return YOUNG_STORIES_OFF;
  if (v === 'on') return YOUNG_STORY_BARS;
  const d = YOUNG_STORY_BARS;
  const [join, sure, turnDown, rescored, ends = Number(d.waitEnds), fewSize = d.fewSize, fewJoin = d.fewJoin] = v
    .split(',')
    .map(Number);
  const all = [join, sure, turnDown, rescored, ends, fewSize, fewJoin];
  if (!all.every((x) => Number.isFinite(x))) throw new Error(`STORY_YOUNG: ${v}?`);
  return { join: join!, sure: sure!, turnDown: turnDown!, rescored: rescored!, waitEnds: ends === 1, fewSize, fewJoin };
}
