// The late merges the deduper makes while it decides one article, held for the story groups to take after it: as
// `deltafeed cluster` does (cluster-groups.ts), so that the pipeline's groups see each merge at the same point of
// the stream, with the article counted in the index, and cut alike.
import type { StoryRedirects } from './story-merge.js';

export class PendingMerges {
  private pending = new Map<string, string[]>();

  /** `base`, with every merge also noted here (survivor -> absorbed ids, in order, each once). */
  wrap(base: StoryRedirects): StoryRedirects {
    return {
      resolve: (ids) => base.resolve(ids),
      settleLone: (step) => base.settleLone(step),
      merge: async (survivor, absorbed, articleId, at) => {
        await base.merge(survivor, absorbed, articleId, at);
        const list = this.pending.get(survivor) ?? [];
        for (const a of absorbed) if (a !== survivor && !list.includes(a)) list.push(a);
        this.pending.set(survivor, list);
      },
    };
  }

  /** The merges noted since the last take, by survivor. */
  take(): Map<string, string[]> {
    const out = this.pending;
    this.pending = new Map();
    return out;
  }
}
