// The one typed map of the pipeline's queues: queue name -> job payload. Workers and producers both use it,
// so a payload change is a compile error everywhere it matters.
import type { ExtractedArticle, FeedItem } from './model.js';
import type { FeedRef } from './publish/atom/ids.js';

/** HTTP validators and body checksum of a fetched page, kept so a re-check can be conditional. */
export interface PageValidators {
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
}

export type FetchReason = 'new' | 'entry-changed' | 'recheck';

export interface QueuePayloads {
  /** Poll one source's feed. */
  poll: { sourceId: string };
  /** Fetch one article page. */
  fetch: {
    sourceId: string;
    url: string;
    item: FeedItem | null;
    reason: FetchReason;
    /** Set for re-checks of a known article. */
    articleId?: string;
    /** Step of the re-check ladder this fetch belongs to (0 = first fetch). */
    step?: number;
  };
  /** Clean the fetched page (raw HTML kept under rawKey for a short while). */
  extract: {
    sourceId: string;
    url: string;
    finalUrl: string;
    rawKey: string;
    item: FeedItem | null;
    reason: FetchReason;
    articleId?: string;
    fetchedAt: string;
    validators: PageValidators;
  };
  /** Decide the article's identity: new, same, revised, duplicate; and its story. */
  dedup: {
    sourceId: string;
    url: string;
    finalUrl: string;
    item: FeedItem | null;
    extracted: ExtractedArticle;
    reason: FetchReason;
    articleId?: string;
    fetchedAt: string;
    validators: PageValidators;
  };
  /** Match the article against the topics; make topic updates. */
  topics: { articleId: string; storyId: string | null; kind: 'new' | 'revision' };
  /** Record a feed entry / webhook event and fan deliveries out. */
  publish: PublishEvent;
  /** Our WebSub subscriptions to sources' hubs, and the content they push (workers/websub-source.ts). */
  'websub-source': WebSubSourceJob;
}

export type WebSubSourceJob =
  | { kind: 'subscribe'; sourceId: string; hub: string; topic: string }
  | { kind: 'renew'; subscriptionId: string }
  | { kind: 'unsubscribe'; subscriptionId: string }
  /** A verified push, its decoded body kept under rawKey until taken. */
  | { kind: 'push'; subscriptionId: string; rawKey: string };

/**
 * Deliver one webhook event to one endpoint. Each endpoint has a queue of its own, `deliver-<webhookId>`
 * (src/publish/webhooks/route.ts), run by the delivery runtime, so a slow endpoint only holds up itself.
 */
export interface DeliverPayload {
  eventId: string;
  webhookId: string;
}

export type PublishEvent =
  | { kind: 'topic.updated'; topicId: string; updateId: string }
  | { kind: 'article.revised'; articleId: string; n: number }
  | { kind: 'story.updated'; storyId: string }
  /** A feed with WebSub subscribers changed: push its current first page (coalesced per feed, see publish-feeds.ts). */
  | { kind: 'feed.changed'; feed: FeedRef }
  | {
      kind: 'source.failing';
      sourceId: string;
      failing: boolean;
      consecutiveFailures: number;
      lastError: string | null;
      at: string;
    };

export type QueueName = keyof QueuePayloads;

export const QUEUE_NAMES: readonly QueueName[] = [
  'poll',
  'fetch',
  'extract',
  'dedup',
  'topics',
  'publish',
  'websub-source',
];
