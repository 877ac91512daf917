// The WebSub side of publish: when a feed changed (a topic update, a revision, a story that grew), its first
// page, in each format someone subscribed to, is rendered once and pushed to the subscribers through the
// delivery runtime. A feed nobody subscribed to costs a Redis count or two, no rendering.
//
// Changes are coalesced per feed: a change queues one "feed.changed" job, delayed COALESCE_MS, deduplicated by
// feed (BullMQ deduplication with keepLastIfActive): while that job waits, further changes add nothing (it
// renders the feed as it is when it runs, so it carries them); while it runs, one follow-up job is kept. A burst
// of articles joining stories is one push per window, not one per article, and no change goes unpushed.
import type { PipelineDeps } from '../src/deps.js';
import type { PublishEvent } from '../src/queues.js';
import { FEED_FORMATS, feedPath, type FeedRef } from '../src/publish/atom/ids.js';
import { loadFeedPage, renderFeed } from '../src/publish/feed-pages.js';
import { hasActiveSubscriptions } from '../src/store/websub.js';

/** How long a feed change waits for others to join it in one push. */
export const COALESCE_MS = 250;

function changedFeed(e: PublishEvent): FeedRef | null {
  switch (e.kind) {
    case 'topic.updated':
      return { kind: 'topic', topicId: e.topicId };
    case 'article.revised':
      return { kind: 'revisions' };
    case 'story.updated':
      return { kind: 'stories' };
    case 'source.failing':
    case 'feed.changed':
      return null;
  }
}

async function subscribed(deps: PipelineDeps, ref: FeedRef): Promise<boolean> {
  for (const format of FEED_FORMATS) if (await hasActiveSubscriptions(deps.ctx, feedPath(ref, format))) return true;
  return false;
}

/** For a pipeline event: queues the (coalesced) push of the feed it changed, when that feed has subscribers. */
export async function schedulePush(deps: PipelineDeps, e: PublishEvent): Promise<boolean> {
  const ref = changedFeed(e);
  if (!ref || !(await subscribed(deps, ref))) return false;
  await deps.enqueue(
    'publish',
    { kind: 'feed.changed', feed: ref },
    {
      delay: COALESCE_MS,
      deduplication: { id: `feed-changed-${feedPath(ref, 'atom')}`, keepLastIfActive: true },
    },
  );
  return true;
}

/** For a "feed.changed" job: renders the feed and queues one push per active subscriber; returns how many. */
export async function pushChangedFeed(deps: PipelineDeps, ref: FeedRef): Promise<number> {
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
