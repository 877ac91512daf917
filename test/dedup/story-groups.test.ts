// The story-groups core (src/dedup/story-groups.ts) on the memory state, its IDF from the memory dedup index: the
// ferry cases of story-split.test.ts as the stream cuts them, the label rules, merges, retries and the caps.
import { describe, expect, it } from 'vitest';
import { createDeduper, storyIdFor, type DedupDoc } from '../../src/dedup/deduper.js';
import { MemoryDedupIndex } from '../../src/dedup/memory-index.js';
import { StoryGroups, type StoryGroupsOptions } from '../../src/dedup/story-groups.js';
import { MemoryStoryGroupsState } from '../../src/dedup/story-groups-memory.js';
import type { GroupsStep, StoryGroup } from '../../src/dedup/story-groups-types.js';
import { parseSplitRule, SPLIT_DEFAULTS, type SplitRule } from '../../src/dedup/story-split.js';
import { ClusterGroups, NotedRedirects } from '../../src/cli/cluster-groups.js';
import { marisol2021, marisolTrial2022, northernStar2024 } from './split-years.js';
import { marisol, marisolMore, northernStar } from './split-texts.js';

const rule: SplitRule = { ...SPLIT_DEFAULTS, method: 'kmeans', ratio: 0.7, online: true, cap: 0.3, years: 0.1 };
const S = 's-000000000001';

/** A stream through a real deduper (for the index's document frequencies) and the groups; every step returned. */
function setup(r: SplitRule = rule, opts: StoryGroupsOptions = {}) {
  const index = new MemoryDedupIndex();
  const deduper = createDeduper(index, { storyWindowMs: 3 * 86_400_000 });
  const state = new MemoryStoryGroupsState(index);
  let saves = 0;
  let reads = 0;
  const counted = Object.assign(Object.create(state) as MemoryStoryGroupsState, {
    save: (c: ReadonlyMap<string, StoryGroup[] | null>) => (saves++, state.save(c)),
    docs: (ids: readonly string[]) => ((reads += ids.length), state.docs(ids)),
  });
  const groups = new StoryGroups(r, counted, opts);
  const add = async (doc: DedupDoc, story = S, merged: string[] = []): Promise<GroupsStep> => {
    state.remember(doc);
    await deduper.assign(doc);
    return groups.add(doc, story, merged);
  };
  return { add, groups, state, saves: () => saves, reads: () => reads };
}

const interleave = (a: readonly DedupDoc[], b: readonly DedupDoc[]) => [a[0]!, a[1]!, b[0]!, a[2]!, b[1]!, b[2]!];
const members = (step: GroupsStep) => step.groups.map((g) => g.members);

async function stream(docs: readonly DedupDoc[], r = rule): Promise<GroupsStep> {
  const { add } = setup(r);
  let last: GroupsStep | null = null;
  for (const d of docs) last = await add(d);
  return last!;
}

describe('story groups', () => {
  it('cuts two groundings that name different years; the first keeps the label, the second is split from it', async () => {
    const last = await stream(interleave(marisol2021, northernStar2024));
    expect(members(last)).toEqual([
      ['m1', 'm2', 'm3'],
      ['n1', 'n2', 'n3'],
    ]);
    expect(last.groups[0]).toEqual({ label: S, members: ['m1', 'm2', 'm3'] });
    expect(last.groups[1]).toEqual({ label: storyIdFor('n1'), members: ['n1', 'n2', 'n3'], splitFrom: S });
    expect(last.storyId).toBe(storyIdFor('n1'));
    // The cut came with the fifth article (the minimum size); the sixth only joined its group.
    expect(last.regrouped).toBe(false);
    const { add } = setup();
    const steps: GroupsStep[] = [];
    for (const d of interleave(marisol2021, northernStar2024)) steps.push(await add(d));
    expect(steps.map((s) => s.regrouped)).toEqual([false, false, false, false, true, false]);
    expect(steps[4]!.storyId).toBe(storyIdFor('n1'));
  });

  it("does not cut one grounding from its trial, which recalls the grounding's year", async () => {
    const last = await stream(interleave(marisol2021, marisolTrial2022));
    expect(last.groups).toEqual([{ label: S, members: ['m1', 'm2', 'k1', 'm3', 'k2', 'k3'] }]);
    expect(last.regrouped).toBe(false);
  });

  it('does not cut two groundings told without years, or both as of the same year', async () => {
    expect((await stream(interleave(marisol, northernStar))).groups).toHaveLength(1);
    const sameYear = northernStar.map((d) => ({ ...d, text: `${d.text} It was the second grounding in 2021.` }));
    expect((await stream(interleave(marisol2021, sameYear))).groups).toHaveLength(1);
    // Without the years gate the same stream is cut: the gate, not the texts, keeps these whole.
    expect((await stream(interleave(marisol, northernStar), { ...rule, years: 0 })).groups).toHaveLength(2);
  });

  it('leaves one incident of the same size whole', async () => {
    expect((await stream([...marisol2021, ...marisolMore])).groups).toHaveLength(1);
  });

  it("keeps the label with the group's earliest member, whichever incident came first", async () => {
    const last = await stream(interleave(northernStar2024, marisol2021));
    expect(last.groups.map((g) => [g.label, g.members[0]])).toEqual([
      [S, 'n1'],
      [storyIdFor('m1'), 'm1'],
    ]);
  });

  it('labels a new index story with its id, and answers a retried article without changing anything', async () => {
    const { add, state, saves } = setup();
    const first = await add(marisol2021[0]!, 's-0000000000aa');
    expect(first).toEqual({
      storyId: 's-0000000000aa',
      indexStoryId: 's-0000000000aa',
      groups: [{ label: 's-0000000000aa', members: ['m1'] }],
      gone: [],
      regrouped: false,
    });
    for (const d of interleave(marisol2021, northernStar2024).slice(1)) await add(d, 's-0000000000aa');
    const before = await state.groups('s-0000000000aa');
    const n = saves();
    const again = await add(northernStar2024[2]!, 's-0000000000aa');
    expect(again.regrouped).toBe(false);
    expect(again.storyId).toBe(storyIdFor('n1'));
    expect(again.groups).toEqual(before);
    expect(saves()).toBe(n);
  });

  it("places a merged story's group as a block into the survivor's closest group; its label is gone", async () => {
    const { add, state } = setup();
    // The survivor already cut in two; the absorbed story holds one more report of the second grounding.
    for (const d of interleave(marisol2021, northernStar2024).slice(0, 5)) await add(d);
    expect(await add(northernStar2024[2]!, 's-0000000000bb')).toMatchObject({ storyId: 's-0000000000bb' });
    const step = await add(marisol2021[2]!, S, ['s-0000000000bb']);
    // m3 was in S already: a retried article, even with a merge named, changes nothing.
    expect(step.regrouped).toBe(false);
    const more = { ...marisolMore[0]!, text: `${marisolMore[0]!.text} The ferry entered service in 2021.` };
    const merged = await add(more, S, ['s-0000000000bb']);
    expect(merged.regrouped).toBe(true);
    expect(merged.gone).toEqual([{ label: 's-0000000000bb', into: storyIdFor('n1') }]);
    expect(members(merged)).toEqual([
      ['m1', 'm2', 'm3', more.id],
      ['n1', 'n2', 'n3'],
    ]);
    expect(await state.groups('s-0000000000bb')).toBeNull();
  });

  it('takes an absorbed story whole when the survivor has no groups', async () => {
    const { add, groups } = setup();
    await add(marisol[0]!, 's-0000000000cc');
    const step = await groups.merge('s-0000000000dd', ['s-0000000000cc']);
    expect(step.groups).toEqual([{ label: 's-0000000000cc', members: ['m1'] }]);
    expect(step.gone).toEqual([]);
  });

  it('tests no group over `most` members for a cut', async () => {
    const docs = interleave(marisol2021, northernStar2024);
    // The cut is due at five members: a cap of four never tests the group, a cap of five does.
    expect((await stream(docs, { ...rule, most: 4 })).groups).toHaveLength(1);
    expect((await stream(docs, { ...rule, most: 5 })).groups).toHaveLength(2);
    expect(parseSplitRule('kmeans,online,most=40,recent=12')).toMatchObject({ most: 40, recent: 12 });
  });

  it('places by the last `recent` members of each group', async () => {
    // Two groups (after the cut), then a Marisol report: with recent=1 it is compared with m3 and n3 only, and
    // still finds its incident; the cut it makes is the same.
    const docs = [...interleave(marisol2021, northernStar2024), marisolMore[0]!];
    const all = await stream(docs);
    const few = await stream(docs, { ...rule, recent: 1 });
    expect(members(few)).toEqual(members(all));
    expect(few.groups[0]!.members).toContain(marisolMore[0]!.id);
  });

  it('reads a member from the state once, when a comparison first needs it, and again only if its cache forgot it', async () => {
    const docs = interleave(marisol2021, northernStar2024);
    const warm = setup();
    // The first four joins of the one group compare nothing; the fifth tests the group, reading the four before.
    for (const d of docs.slice(0, 4)) await warm.add(d);
    expect(warm.reads()).toBe(0);
    for (const d of docs.slice(4)) await warm.add(d);
    expect(warm.reads()).toBe(4);
    const cold = setup(rule, { cacheSize: 2 });
    for (const d of docs) await cold.add(d);
    expect(cold.reads()).toBeGreaterThan(warm.reads());
  });

  it("in `deltafeed cluster`, hears the deduper's late merges and hands each to its survivor", async () => {
    const redirects = new NotedRedirects();
    const groups = new ClusterGroups(rule, new MemoryDedupIndex(), redirects);
    await groups.add(marisol[0]!, 's-0000000000a1');
    await groups.add(marisol[1]!, 's-0000000000b1');
    await groups.add(northernStar[0]!, 's-0000000000c1');
    await redirects.merge('s-0000000000a1', ['s-0000000000b1']);
    expect(redirects.takeAbsorbed()).toEqual(['s-0000000000b1']);
    await redirects.merge('s-0000000000a1', ['s-0000000000b1']);
    // A merge into a story other than the article's own is placed too.
    await redirects.merge('s-0000000000c1', ['s-0000000000d1']);
    await groups.add(marisol[2]!, 's-0000000000a1');
    const ids = groups.storyIds();
    expect([...ids]).toEqual([
      ['m1', 's-0000000000a1'],
      ['m2', 's-0000000000a1'],
      ['m3', 's-0000000000a1'],
      ['n1', 's-0000000000c1'],
    ]);
  });
});
