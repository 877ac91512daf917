// Webhook events (CONTRACT §5), built from the records they announce. Pure.
//
// The event id is the `webhook-id` receivers deduplicate on, so it is derived from the thing announced, never
// from the clock: building the event again (a retried publish job, a second process) gives the same id.
// Ids are "evt_" + hex, so they never contain "." (which would break the signed string) or ":".
// The body is { type, timestamp, data }; `timestamp` is when the announced thing happened, so it is stable too.
// The JSON Schemas of `data` are in schemas/webhooks/<type>.schema.json.
import { createHash } from 'node:crypto';
import type { EventType } from '../../config/schema.js';
import type { Revision, TopicUpdate } from '../../model.js';

export type { EventType };

export interface WebhookEvent {
  id: string;
  type: EventType;
  /** ISO 8601 (RFC 3339). */
  timestamp: string;
  data: unknown;
  /** The topic a topic-scoped event belongs to; endpoints' `topics` filters apply to it. */
  topicId?: string;
}

export function eventId(...parts: (string | number | boolean)[]): string {
  return `evt_${createHash('sha256').update(parts.map(String).join('\u0000')).digest('hex').slice(0, 32)}`;
}

/** The exact bytes sent (and signed) for an event, on every attempt. */
export function eventBody(e: WebhookEvent): string {
  return JSON.stringify({ type: e.type, timestamp: e.timestamp, data: e.data });
}

const sourceRef = (s: { url: string; source: string }) => ({ url: s.url, source: s.source });

export interface TopicUpdatedArgs {
  topic: { id: string; title: string };
  update: TopicUpdate;
  /** Where the update can be read (see topicUpdateUrl in publish/atom/ids.ts). */
  entryUrl: string;
}

export function topicUpdatedEvent(a: TopicUpdatedArgs): WebhookEvent {
  const u = a.update;
  return {
    id: eventId('topic.updated', a.topic.id, u.id),
    type: 'topic.updated',
    timestamp: u.at,
    topicId: a.topic.id,
    data: {
      topic: { id: a.topic.id, title: a.topic.title },
      update: {
        id: u.id,
        at: u.at,
        status: u.status ? { from: u.status.from, to: u.status.to } : null,
        added: u.added.map((c) => ({ id: c.id, text: c.text, sources: c.sources.map(sourceRef) })),
        corroborated: u.corroborated.map((c) => ({ id: c.id, text: c.text, sources: c.sources.map(sourceRef) })),
        story: u.story ? { id: u.story.id, title: u.story.title } : null,
        article: { id: u.article.id, url: u.article.url, source: u.article.source, title: u.article.title },
        diffHtml: u.diffHtml,
        entryUrl: a.entryUrl,
      },
    },
  };
}

export interface ArticleRevisedArgs {
  article: { id: string; url: string; title: string };
  revision: Revision;
}

export function articleRevisedEvent(a: ArticleRevisedArgs): WebhookEvent {
  const r = a.revision;
  return {
    id: eventId('article.revised', a.article.id, r.n),
    type: 'article.revised',
    timestamp: r.at,
    data: {
      article: { id: a.article.id, url: a.article.url, title: a.article.title, source: r.source },
      revision: {
        n: r.n,
        at: r.at,
        labels: r.labels,
        previousTitle: r.previousTitle,
        added: r.added,
        removed: r.removed,
        diffHtml: r.diffHtml,
      },
    },
  };
}

export interface SourceFailingArgs {
  source: { id: string; url: string };
  failing: boolean;
  consecutiveFailures: number;
  lastError: string | null;
  /**
   * When the source crossed the line (its last failed poll, or the poll that recovered). A source fails and
   * recovers many times; this time tells the episodes apart, so each crossing is one event.
   */
  at: string;
  /** The source's recorded item failures so far (items that failed a stage or were refused). */
  itemFailures?: { total: number; byStage: Record<string, number>; byReason: Record<string, number> };
}

export function sourceFailingEvent(a: SourceFailingArgs): WebhookEvent {
  return {
    id: eventId('source.failing', a.source.id, a.failing, a.at),
    type: 'source.failing',
    timestamp: a.at,
    data: {
      source: { id: a.source.id, url: a.source.url },
      failing: a.failing,
      consecutiveFailures: a.consecutiveFailures,
      lastError: a.lastError,
      ...(a.itemFailures ? { itemFailures: a.itemFailures } : {}),
    },
  };
}
