// The pipeline's state of hindsight splits (issue 16; the core is src/dedup/story-groups.ts): the groups of each
// index story, the member articles as the deduper saw them, and the dedup index's document frequencies.
//   story-groups:{indexStoryId}   string  JSON StoryGroup[]; expires a day after the story could last be joined
//                                         or remembered (reach + memory), counted from its last save
import type { DedupDoc } from '../dedup/deduper.js';
import { DAY_MS, type DedupIndex } from '../dedup/index-types.js';
import type { StoryGroup, StoryGroupsState } from '../dedup/story-groups-types.js';
import { key, type StoreCtx } from './context.js';
import { getStoredArticles } from './articles.js';

const groupsKey = (ctx: StoreCtx, indexStoryId: string) => key(ctx, 'story-groups', indexStoryId);

/** What the state asks of the dedup index (RedisDedupIndex answers it; its counts go by articles, not time). */
export type FrequencySource = Pick<DedupIndex, 'documentFrequencies'>;

export interface RedisStoryGroupsOptions {
  /** dedup.storyWindow: how long a story can be joined after its last article. */
  storyWindowMs: number;
  /** dedup.storyMemory: how long past the reach a story can still be continued. */
  storyMemoryMs: number;
  index: FrequencySource;
}

export class RedisStoryGroupsState implements StoryGroupsState {
  private readonly ttlMs: number;

  constructor(
    private readonly ctx: StoreCtx,
    private readonly opts: RedisStoryGroupsOptions,
  ) {
    // Past reach and memory no article can join the story again, so its groups are never read after that.
    this.ttlMs = opts.storyWindowMs + opts.storyMemoryMs + DAY_MS;
  }

  async groups(indexStoryId: string): Promise<StoryGroup[] | null> {
    const raw = await this.ctx.redis.get(groupsKey(this.ctx, indexStoryId));
    return raw === null ? null : (JSON.parse(raw) as StoryGroup[]);
  }

  async save(changes: ReadonlyMap<string, StoryGroup[] | null>): Promise<void> {
    if (!changes.size) return;
    const m = this.ctx.redis.multi();
    for (const [id, groups] of changes) {
      const k = groupsKey(this.ctx, id);
      if (groups === null) m.del(k);
      else m.set(k, JSON.stringify(groups), 'PX', this.ttlMs);
    }
    await m.exec();
  }

  async docs(ids: readonly string[]): Promise<Map<string, DedupDoc>> {
    const stored = await getStoredArticles(this.ctx, ids);
    const out = new Map<string, DedupDoc>();
    // As workers/dedup.ts create() handed the article to the deduper: the fetch time stands in for a missing date.
    for (const [id, a] of stored)
      out.set(id, {
        id,
        title: a.title,
        text: a.text,
        published: a.published ?? a.firstSeen,
        url: a.canonicalUrl,
        source: a.source,
      });
    return out;
  }

  df(terms: readonly number[]): Promise<{ docs: number; df: number[] }> {
    return this.opts.index.documentFrequencies(terms);
  }
}
