// `deltafeed cluster`'s hindsight splits in the stream (issue 16): the story-groups core (src/dedup/story-groups.ts)
// over the memory state, as the pipeline runs it over Redis. The deduper's late merges are heard through the
// redirects and handed to the groups, each to its survivor; the cuts are logged for the bench's traces.
import type { DedupDoc } from '../dedup/deduper.js';
import type { MemoryDedupIndex } from '../dedup/memory-index.js';
import { MemoryStoryRedirects } from '../dedup/story-merge.js';
import { StoryGroups } from '../dedup/story-groups.js';
import { MemoryStoryGroupsState } from '../dedup/story-groups-memory.js';
import type { SplitCut, SplitRule } from '../dedup/story-split.js';
import { cutTraces, type CutTrace, type StorySplit } from './cluster-split.js';

/** Memory redirects that also note which stories were absorbed since they were last asked. */
export class NotedRedirects extends MemoryStoryRedirects {
  private absorbed: string[] = [];

  override merge(survivor: string, absorbed: readonly string[]): Promise<void> {
    for (const id of absorbed) if (id !== survivor) this.absorbed.push(id);
    return super.merge(survivor, absorbed);
  }

  /** The stories absorbed since the last call. */
  takeAbsorbed(): string[] {
    const out = this.absorbed;
    this.absorbed = [];
    return out;
  }
}

export class ClusterGroups {
  private readonly state: MemoryStoryGroupsState;
  private readonly groups: StoryGroups;
  private readonly log = new Map<string, { cuts: SplitCut['cuts']; traces: CutTrace[] }>();
  /** Index stories that absorbed another before a cut (for the traces). */
  private readonly merged = new Set<string>();
  private count = 0;

  constructor(
    rule: SplitRule,
    index: MemoryDedupIndex,
    private readonly redirects: NotedRedirects | undefined,
    idfPrior?: number,
  ) {
    this.state = new MemoryStoryGroupsState(index);
    this.groups = new StoryGroups(rule, this.state, {
      idfPrior,
      onCut: (id, cuts, members) =>
        this.note(
          id,
          cuts,
          cutTraces(cuts, (k) => members[k]!, this.count, this.merged.has(id)),
        ),
    });
  }

  private note(id: string, cuts: SplitCut['cuts'], traces: CutTrace[]): void {
    const was = this.log.get(id);
    this.log.set(id, { cuts: [...(was?.cuts ?? []), ...cuts], traces: [...(was?.traces ?? []), ...traces] });
  }

  /** Article `doc` was put in index story `storyId` (the deduper's answer, after its merges). */
  async add(doc: DedupDoc, storyId: string): Promise<void> {
    this.count++;
    this.state.remember(doc);
    const final = (id: string) => this.redirects?.final(id) ?? id;
    const bySurvivor = new Map<string, string[]>();
    for (const a of this.redirects?.takeAbsorbed() ?? []) {
      const s = final(a);
      bySurvivor.set(s, [...(bySurvivor.get(s) ?? []), a]);
      this.merged.add(s);
      const log = this.log.get(a);
      if (log) {
        this.log.delete(a);
        this.note(s, log.cuts, log.traces);
      }
    }
    const own = final(storyId);
    for (const [s, absorbed] of bySurvivor) if (s !== own) await this.groups.merge(s, absorbed);
    await this.groups.add(doc, own, bySurvivor.get(own) ?? []);
  }

  /** Each article's story: the label of its group at the end. `onSplit` hears each story kept as several groups. */
  storyIds(onSplit?: (s: StorySplit) => void): Map<string, string> {
    const out = new Map<string, string>();
    for (const [id, gs] of this.state.entries()) {
      if (gs.length > 1) {
        const log = this.log.get(id);
        onSplit?.({
          storyId: id,
          groups: gs.map((g) => [...g.members]),
          cuts: log?.cuts ?? [],
          traces: log?.traces ?? [],
        });
      }
      for (const g of gs) for (const m of g.members) out.set(m, g.label);
    }
    return out;
  }
}
