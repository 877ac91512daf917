// Stories on a crowded calendar (issue 16): where incidents of one kind in one city come days apart, the names
// they all carry (the police chief, the hospital) are names of the kind, not of one incident. With
// `outweighedBy: 'own'` (story-time.ts; not the default) such a name, held by another candidate story of the same
// lookup, does not take a gap's cost away; names that the story alone shares with the article still do.
import { describe, expect, it } from 'vitest';
import { createDeduper, type DedupDecision, type DedupDoc, type DeduperOptions } from '../../src/dedup/deduper.js';
import { MemoryDedupIndex } from '../../src/dedup/memory-index.js';
import { gapEvidence, STORY_GAP_PRIOR } from '../../src/dedup/story-time.js';
import { crowdedStream, ferncliffShooting, marlowShooting, quarryArrest, quarryShooting } from './crowd-texts.js';
import { killingFirst, otherShooting, schoolVote, warehouseFire, waterMain, type Text } from './texts.js';

const OWN = { ...STORY_GAP_PRIOR, outweighedBy: 'own' as const };
const LATER = 3 + 24 * 12;

/** Two shootings in one city a day apart (both naming the chief and the hospital), then `later`. */
function stream(later: [string, Text, number][], rival = true): DedupDoc[] {
  const items: [string, Text, number][] = [
    ['killing', killingFirst, -20],
    ['other', otherShooting, -10],
    ['school', schoolVote, 0],
    ['fire', warehouseFire, 1],
    ['water', waterMain, 2],
    ['quarry', quarryShooting, 3],
    ...(rival ? [['ferncliff', ferncliffShooting, 3 + 18] as [string, Text, number]] : []),
    ...later,
  ];
  return crowdedStream(items);
}

async function run(docs: DedupDoc[], opts: DeduperOptions = {}) {
  const d = createDeduper(new MemoryDedupIndex(), opts);
  const out = new Map<string, DedupDecision>();
  for (const x of docs) out.set(x.id, await d.assign(x));
  return out;
}

describe('shared names on a crowded calendar', () => {
  it('keeps a third shooting 12 days later apart: the chief and the hospital are names of the kind', async () => {
    const docs = stream([['marlow', marlowShooting, LATER]]);
    const got = await run(docs, { gapPrior: OWN });
    expect(got.get('ferncliff')!.newStory).toBe(true);
    expect(got.get('marlow')!.newStory).toBe(true);
    // Counting every shared name (the default), the chief and the hospital take the gap's cost away.
    const all = await run(docs);
    expect(all.get('marlow')).toMatchObject({ storyId: all.get('quarry')!.storyId, newStory: false });
  });

  it('still joins an arrest 12 days later to the shooting it names (victim, street, truck: the story’s own)', async () => {
    const got = await run(stream([['arrest', quarryArrest, LATER]]), { gapPrior: OWN });
    expect(got.get('ferncliff')!.newStory).toBe(true);
    expect(got.get('arrest')).toMatchObject({ storyId: got.get('quarry')!.storyId, newStory: false });
  });

  it('counts a name as the story’s own when no other candidate holds it', async () => {
    const docs = stream([['marlow', marlowShooting, LATER]], false);
    const own = await run(docs, { gapPrior: OWN });
    const all = await run(docs);
    expect(own.get('marlow')!.storyId).toBe(all.get('marlow')!.storyId);
    expect(own.get('marlow')!.features.evidence).toBe(all.get('marlow')!.features.evidence);
  });

  it('reads the evidence the prior asks for', () => {
    const e = { evidence: 2, ownEvidence: 0.5 };
    expect(gapEvidence(STORY_GAP_PRIOR, e)).toBe(2);
    expect(gapEvidence(OWN, e)).toBe(0.5);
  });
});
