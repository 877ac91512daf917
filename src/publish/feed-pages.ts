// One page of one feed, read from the store and described for either renderer: what GET /feeds/... serves and
// what the WebSub hub pushes to subscribers when the feed changes, so both send the same bytes.
import type { Config } from '../config/load.js';
import type { StoreCtx } from '../store/context.js';
import { listTopicUpdates } from '../store/topics.js';
import { listStories } from '../store/stories.js';
import { listRevisions } from '../store/revisions.js';
import { topicFeedDoc } from './atom/topic-feed.js';
import { storiesFeedDoc } from './atom/stories-feed.js';
import { revisionsFeedDoc } from './atom/revisions-feed.js';
import { renderAtom, type AtomFeedDoc } from './atom/build.js';
import { FEED_MEDIA_TYPE, type FeedFormat, type FeedRef } from './atom/ids.js';
import { renderJsonFeed } from './jsonfeed/render.js';
import { feedSince } from '../store/feed-meta.js';

export interface FeedPage {
  doc: AtomFeedDoc;
  /** The entries' times (the HTTP layer's Last-Modified). */
  times: string[];
}

/**
 * The page, or null for a topic the config does not know. A page without entries takes its `updated` and
 * Last-Modified from when the feed was first served, not 1970 (feeds must still say when they last changed).
 */
export async function loadFeedPage(
  d: { config: Config; ctx: StoreCtx; now?: () => Date },
  ref: FeedRef,
  page: number,
  format: FeedFormat,
): Promise<FeedPage | null> {
  const found = await loadEntries(d, ref, page, format);
  if (!found || found.times.length) return found;
  const since = await feedSince(d.ctx, feedName(ref), d.now?.() ?? new Date());
  return { doc: { ...found.doc, updated: since }, times: [since] };
}

function feedName(ref: FeedRef): string {
  return ref.kind === 'topic' ? `topic:${ref.topicId}` : ref.kind;
}

async function loadEntries(
  d: { config: Config; ctx: StoreCtx },
  ref: FeedRef,
  page: number,
  format: FeedFormat,
): Promise<FeedPage | null> {
  const size = d.config.http.pageSize;
  const frame = {
    page,
    publicUrl: d.config.http.publicUrl,
    feedKey: d.config.http.feedToken ?? undefined,
  };
  const offset = (page - 1) * size;
  switch (ref.kind) {
    case 'topic': {
      const topic = d.config.topics.find((t) => t.id === ref.topicId);
      if (!topic) return null;
      const { items, total } = await listTopicUpdates(d.ctx, topic.id, offset, size);
      const t = {
        id: topic.id,
        title: topic.title,
        statuses: topic.statuses.map((s) => ({ id: s.id, label: s.label })),
      };
      return {
        doc: topicFeedDoc({ ...frame, topic: t, updates: items, hasNext: page * size < total }, format),
        times: items.map((u) => u.at),
      };
    }
    case 'stories': {
      const { items, total } = await listStories(d.ctx, offset, size);
      return {
        doc: storiesFeedDoc({ ...frame, stories: items, hasNext: page * size < total }, format),
        times: items.map((s) => s.updated),
      };
    }
    case 'revisions': {
      const { items, total } = await listRevisions(d.ctx, offset, size);
      return {
        doc: revisionsFeedDoc({ ...frame, revisions: items, hasNext: page * size < total }, format),
        times: items.map((x) => x.at),
      };
    }
  }
}

export function renderFeed(doc: AtomFeedDoc, format: FeedFormat): { body: string; contentType: string } {
  return {
    body: format === 'atom' ? renderAtom(doc) : renderJsonFeed(doc),
    contentType: `${FEED_MEDIA_TYPE[format]}; charset=utf-8`,
  };
}
