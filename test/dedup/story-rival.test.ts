// The bench's re-ranking of close candidate stories by a contrast (bench/support/rival.ts, issue 16; off by
// default, never in the pipeline): parsing of its switch, parity with `deltafeed cluster` when it changes
// nothing, and the names contrast between candidate shootings (invented texts of crowd-texts.ts).
import { describe, expect, it } from 'vitest';
import { clusterArticles } from '../../src/cli/cluster.js';
import { createDeduper, type DedupDoc, type ScoredStory } from '../../src/dedup/deduper.js';
import type { PreparedDoc } from '../../src/dedup/copies.js';
import { loadStoryModel } from '../../src/dedup/story-model.js';
import { contrasts, rivalCluster, rivalFromEnv, vectorOf, WatchedIndex } from '../../bench/support/rival.js';
import { crowdedStream, ferncliffShooting, marlowShooting, quarryArrest, quarryShooting } from './crowd-texts.js';
import { schoolVote, warehouseFire, type Text } from './texts.js';

function stream(later: [string, Text]): DedupDoc[] {
  const items: [string, Text, number][] = [
    ['school', schoolVote, 0],
    ['fire', warehouseFire, 1],
    ['quarry', quarryShooting, 3],
    ['ferncliff', ferncliffShooting, 21],
    [...later, 30],
  ];
  return crowdedStream(items);
}

/** The names contrast of each candidate story (by the id of its first article) for the last article. */
async function namesContrast(docs: DedupDoc[]): Promise<Map<string, number>> {
  const model = loadStoryModel();
  const index = new WatchedIndex();
  const prepared = new WeakMap<DedupDoc, PreparedDoc>();
  let scored: readonly ScoredStory[] = [];
  const d = createDeduper(index, { model, prepared, onScored: (_doc, s) => (scored = s) });
  const first = new Map<string, string>();
  for (const x of docs) {
    const r = await d.assign(x);
    if (!first.has(r.storyId)) first.set(r.storyId, x.id);
  }
  const f = contrasts(vectorOf(index, prepared.get(docs.at(-1)!)!, model), scored);
  return new Map(scored.map((s, i) => [first.get(s.story.id)!, f[i]!.names]));
}

describe('re-ranking close candidates by a contrast (bench only)', () => {
  it('parses STORY_RIVAL and rejects what it does not know', () => {
    expect(rivalFromEnv('names:0.25')).toEqual({ kind: 'names', weight: 0.25 });
    expect(rivalFromEnv(undefined)).toBeNull();
    expect(rivalFromEnv('off')).toBeNull();
    for (const bad of ['names', 'votes:1', 'cosX:0', 'share:-1'])
      expect(() => rivalFromEnv(bad)).toThrow(/STORY_RIVAL/);
  });

  it('clusters as `deltafeed cluster` does when the weight changes no pick', async () => {
    const docs = stream(['arrest', quarryArrest]);
    const model = loadStoryModel();
    const plain = (await clusterArticles(docs, { model, split: null })).map((a) => a.storyId);
    expect(await rivalCluster(docs, { kind: 'names', weight: 1e-9 }, { model })).toEqual(plain);
  });

  it('scores names a candidate holds against its best rival: one candidate has no rival', async () => {
    // The arrest's only candidate is the shooting it names: nothing to contrast.
    const got = await namesContrast(stream(['arrest', quarryArrest]));
    expect([...got]).toEqual([['quarry', 0]]);
  });

  it('is antisymmetric between two candidates that are each other’s best rival', async () => {
    // A third shooting: the two earlier ones are the best two candidates; what one holds of the article's names
    // and the other does not counts for the one and against the other.
    const got = await namesContrast(stream(['marlow', marlowShooting]));
    expect(got.get('quarry')!).not.toBe(0);
    expect(got.get('quarry')! + got.get('ferncliff')!).toBeCloseTo(0, 9);
  });
});
