// The story groups' state in process memory (story-groups-types.ts), for `deltafeed cluster` and tests: groups and
// member texts in Maps, document frequencies from the memory dedup index, so a backtest weighs terms as the
// pipeline does. Nothing expires: it lives as long as one command.
import type { DedupDoc } from './deduper.js';
import type { DedupIndex } from './index-types.js';
import type { StoryGroup, StoryGroupsState } from './story-groups-types.js';

export class MemoryStoryGroupsState implements StoryGroupsState {
  private readonly byStory = new Map<string, StoryGroup[]>();
  private readonly texts = new Map<string, DedupDoc>();

  constructor(private readonly index: Pick<DedupIndex, 'documentFrequencies'>) {}

  /** Keep an article's text for later steps (the pipeline's articles are in Redis already). */
  remember(doc: DedupDoc): void {
    this.texts.set(doc.id, doc);
  }

  groups(indexStoryId: string): Promise<StoryGroup[] | null> {
    const gs = this.byStory.get(indexStoryId);
    return Promise.resolve(gs ? gs.map((g) => ({ ...g, members: [...g.members] })) : null);
  }

  save(changes: ReadonlyMap<string, StoryGroup[] | null>): Promise<void> {
    for (const [id, gs] of changes) {
      if (gs)
        this.byStory.set(
          id,
          gs.map((g) => ({ ...g, members: [...g.members] })),
        );
      else this.byStory.delete(id);
    }
    return Promise.resolve();
  }

  docs(ids: readonly string[]): Promise<Map<string, DedupDoc>> {
    const out = new Map<string, DedupDoc>();
    for (const id of ids) {
      const d = this.texts.get(id);
      if (d) out.set(id, d);
    }
    return Promise.resolve(out);
  }

  df(terms: readonly number[]): Promise<{ docs: number; df: number[] }> {
    return this.index.documentFrequencies(terms);
  }

  /** Every index story's groups, as saved. */
  entries(): IterableIterator<[string, StoryGroup[]]> {
    return this.byStory.entries();
  }
}
