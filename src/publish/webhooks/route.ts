// Which endpoints an event goes to, and the identity of each delivery. Pure.
//
// Filters: an endpoint gets an event when its `events` list names the type, and
// - for a topic-scoped event (topic.updated): its `topics` list is "*" or names the topic;
// - for an event without a topic (article.revised, source.failing): its `topics` list contains "*".
//   An endpoint narrowed to some topics is a topic's subscriber: revisions of any article and the health of
//   every source would be noise to it.
import { createHash } from 'node:crypto';
import type { WebhookConfig } from '../../config/load.js';
import type { WebhookEvent } from './events.js';

export function matchesEndpoint(
  w: Pick<WebhookConfig, 'events' | 'topics'>,
  e: Pick<WebhookEvent, 'type' | 'topicId'>,
): boolean {
  if (!w.events.includes(e.type)) return false;
  if (w.topics.includes('*')) return true;
  return e.topicId !== undefined && w.topics.includes(e.topicId);
}

/**
 * One id per (event, endpoint), also used as the BullMQ job id: "dlv_" + hex, so never ':' and never all
 * digits (BullMQ reserves both), and the same however often the event is published.
 */
export function deliveryId(eventId: string, webhookId: string): string {
  return `dlv_${createHash('sha256').update(`${eventId}\u0000${webhookId}`).digest('hex').slice(0, 32)}`;
}

/** One queue per endpoint, so a slow or dead endpoint never holds up another (no shared head of line). */
export function deliveryQueueName(webhookId: string): string {
  return `deliver-${webhookId}`;
}
