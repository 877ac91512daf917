// publish: turn a pipeline outcome into what subscribers see. Feed entries are read straight from the stored
// records (topic updates, stories, revisions), so here the outcome becomes a webhook event, stored once with
// its exact bytes and fanned out to every matching endpoint; the changed feed itself goes to its WebSub
// subscribers (publish-feeds.ts).
import type { Job } from 'bullmq';
import type { PipelineDeps } from '../src/deps.js';
import type { PublishEvent, QueuePayloads } from '../src/queues.js';
import type { WebhookEvent } from '../src/publish/webhooks/events.js';
import { articleRevisedEvent, sourceFailingEvent, topicUpdatedEvent } from '../src/publish/webhooks/events.js';
import { topicUpdateUrl } from '../src/publish/atom/ids.js';
import { getTopicUpdate } from '../src/store/topics.js';
import { getArticle } from '../src/store/articles.js';
import { getRevision } from '../src/store/revisions.js';
import { failureCounts } from '../src/store/failures.js';
import { pushChangedFeed, schedulePush } from './publish-feeds.js';

export function publishProcessor(deps: PipelineDeps) {
  return async (job: Job<QueuePayloads['publish']>): Promise<string> => {
    if (job.data.kind === 'feed.changed') {
      const pushes = await pushChangedFeed(deps, job.data.feed);
      if (pushes) deps.log.info({ feed: job.data.feed, pushes }, 'feed pushed to WebSub subscribers');
      return `feed -> ${pushes} WebSub subscribers`;
    }
    const [event, scheduled] = await Promise.all([toWebhookEvent(deps, job.data), schedulePush(deps, job.data)]);
    const websub = scheduled ? '; feed push scheduled' : '';
    if (!event) return `nothing to announce${websub}`;
    const deliveries = await deps.delivery.publish(event);
    deps.tally('webhook.event');
    deps.log.info({ event: event.id, type: event.type, deliveries: deliveries.length }, 'event published');
    return `${event.type} ${event.id} -> ${deliveries.length} endpoints${websub}`;
  };
}

async function toWebhookEvent(deps: PipelineDeps, e: PublishEvent): Promise<WebhookEvent | null> {
  switch (e.kind) {
    case 'topic.updated': {
      const topic = deps.config.topics.find((t) => t.id === e.topicId);
      const update = await getTopicUpdate(deps.ctx, e.topicId, e.updateId);
      if (!topic || !update) return null;
      return topicUpdatedEvent({
        topic: { id: topic.id, title: topic.title },
        update,
        entryUrl: topicUpdateUrl(deps.config.http.publicUrl, topic.id, update.id),
      });
    }
    case 'article.revised': {
      const [article, revision] = await Promise.all([
        getArticle(deps.ctx, e.articleId),
        getRevision(deps.ctx, e.articleId, e.n),
      ]);
      if (!article || !revision) return null;
      return articleRevisedEvent({ article: { id: article.id, url: article.url, title: revision.title }, revision });
    }
    case 'source.failing': {
      const source = deps.config.sources.find((s) => s.id === e.sourceId);
      if (!source) return null;
      const itemFailures = await failureCounts(deps.ctx, source.id);
      return sourceFailingEvent({
        source: { id: source.id, url: source.url },
        failing: e.failing,
        consecutiveFailures: e.consecutiveFailures,
        lastError: e.lastError,
        at: e.at,
        itemFailures,
      });
    }
    case 'feed.changed':
      return null;
    case 'story.updated':
      // The stories feed is rendered from the story record itself; no webhook event type for stories (CONTRACT §5).
      deps.tally('story.updated');
      return null;
  }
}
