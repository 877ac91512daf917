// The WebSub side of publish: when a feed changed (a topic update, a revision, a story that grew), its first
// page, in each format someone subscribed to, is rendered once and pushed to the subscribers through the
// delivery runtime. A feed nobody subscribed to costs one Redis count, no rendering.
import type { PipelineDeps } from '../src/deps.js';
import type { PublishEvent } from '../src/queues.js';
import { FEED_FORMATS, feedPath, type FeedRef } from '../src/publish/atom/ids.js';
import { loadFeedPage, renderFeed } from '../src/publish/feed-pages.js';
import { hasActiveSubscriptions } from '../src/store/websub.js';

function changedFeed(e: PublishEvent): FeedRef | null {
  switch (e.kind) {
    case 'topic.updated':
      return { kind: 'topic', topicId: e.topicId };
    case 'article.revised':
      return { kind: 'revisions' };
    case 'story.updated':
      return { kind: 'stories' };
    case 'source.failing':
      return null;
  }
}

/** Returns how many pushes were queued. */
export async function pushChangedFeed(deps: PipelineDeps, e: PublishEvent): Promise<number> {
  const ref = changedFeed(e);
  if (!ref) return 0;
  let n = 0;
  for (const format of FEED_FORMATS) {
    const path = feedPath(ref, format);
    if (!(await hasActiveSubscriptions(deps.ctx, path))) continue;
    const page = await loadFeedPage(deps, ref, 1, format);
    if (!page) continue;
    const { body } = renderFeed(page.doc, format);
    n += (await deps.delivery.publishFeed({ feedPath: path, body })).length;
  }
  return n;
}
