// What the delivery runtime's parts share: its dependencies, one BullMQ queue per endpoint, the per-process
// count of an endpoint's consecutive failures, and the writes every part makes (save a record, queue a job,
// report an outcome).
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { WebhookConfig } from '../../src/config/load.js';
import { DeltafeedError } from '../../src/errors.js';
import type { DeliverPayload } from '../../src/queues.js';
import type { StoreCtx } from '../../src/store/context.js';
import {
  DEFAULT_DELIVERY_RETENTION_MS,
  getDelivery,
  saveDelivery,
  type DeliveryRecord,
  type EndpointState,
} from '../../src/store/deliveries.js';
import { deliveryQueueName } from '../../src/publish/webhooks/route.js';
import { isSubscriptionId } from '../../src/publish/websub/content.js';
import { errorKind, throttledWarn, type ThrottledWarn } from '../../src/util/log-throttle.js';

export type DeliveryOutcome = 'delivered' | 'retrying' | 'failed' | 'disabled';

export interface DeliveryRuntimeDeps {
  ctx: StoreCtx;
  /** Shared connection with maxRetriesPerRequest: null; BullMQ duplicates it for each worker's blocking reads. */
  connection: Redis;
  queuePrefix: string;
  webhooks: WebhookConfig[];
  logger: Logger;
  userAgent?: string;
  /** config.retention.deliveries; default 30 days. */
  retentionMs?: number;
  /** config.fetch.allowPrivateNetworks: the default for endpoints that do not set their own. */
  allowPrivateNetworks?: boolean;
  /** Called once per attempt's outcome (and with "disabled" for deliveries the endpoint's disabling stopped): metrics. */
  onOutcome?: (webhookId: string, outcome: DeliveryOutcome) => void;
  /** For tests: jitter source. */
  random?: () => number;
  /** How soon a crashed worker's job is taken up again (BullMQ lockDuration / stalledInterval; default 30 s each). */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** deltafeed's own WebSub hub: its pushes of updated feeds go through this runtime too (one shared queue). */
  websub?: WebsubDeliveryOptions;
  /** Where repeated errors of its workers and queues (Redis reconnecting) go; default a throttle of its own. */
  warnRepeated?: ThrottledWarn;
}

export interface WebsubDeliveryOptions {
  /** The hub's URL, named in every push's Link header. */
  hubUrl: string;
  timeoutMs: number;
  retrySchedule: number[];
  /** Pushes in flight at once per worker process. */
  concurrency: number;
}

/**
 * Where and how one delivery is attempted: a configured webhook endpoint, or a WebSub subscription. Endpoints
 * have a queue each (paced when failing, drained when disabled); subscriptions share one queue, whose slots a
 * failing subscriber gives back at once (its retries wait in the delayed set), so neither is done to it.
 */
export interface DeliveryTarget {
  id: string;
  url: string;
  timeoutMs: number;
  retrySchedule: number[];
  allowPrivateNetworks: boolean;
  ownQueue: boolean;
  headers(rec: DeliveryRecord, body: string, now: number): Record<string, string>;
  /** Called when the receiver answered 410 Gone, after its deliveries are marked disabled. */
  gone?(): Promise<void>;
}

/** The one queue every WebSub push goes through (not "deliver-...", which a webhook id could take). */
export const WEBSUB_QUEUE = 'websub-deliver';

export class WebhookEventError extends DeltafeedError {
  constructor(detail: string) {
    super('WEBHOOK_EVENT', detail);
  }
}

/** Internal errors only (Redis trouble mid-attempt): the endpoint's answers never throw. */
const JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: true,
  removeOnFail: { count: 1000 },
};

export class DeliveryContext {
  readonly ctx: StoreCtx;
  readonly logger: Logger;
  readonly retentionMs: number;
  readonly random: () => number;
  readonly byId: Map<string, WebhookConfig>;
  /** Reconnect errors come once per retry from every worker and queue: logged once, then every 30 s. */
  readonly warnRepeated: ThrottledWarn;
  /** Consecutive failed attempts per endpoint, in this process. */
  readonly failures = new Map<string, number>();
  private readonly queues = new Map<string, Queue<DeliverPayload>>();

  constructor(readonly deps: DeliveryRuntimeDeps) {
    this.ctx = deps.ctx;
    this.logger = deps.logger;
    this.retentionMs = deps.retentionMs ?? DEFAULT_DELIVERY_RETENTION_MS;
    this.random = deps.random ?? Math.random;
    this.byId = new Map(deps.webhooks.map((w) => [w.id, w]));
    this.warnRepeated = deps.warnRepeated ?? throttledWarn(deps.logger);
  }

  queueFor(webhookId: string): Queue<DeliverPayload> {
    return this.queueNamed(isSubscriptionId(webhookId) ? WEBSUB_QUEUE : deliveryQueueName(webhookId));
  }

  queueNamed(name: string): Queue<DeliverPayload> {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue<DeliverPayload>(name, {
        connection: this.deps.connection,
        prefix: this.deps.queuePrefix,
      });
      q.on('error', (err) =>
        this.warnRepeated(`queue:${name}:${errorKind(err)}`, { queue: name, err: err.message }, 'delivery queue error'),
      );
      this.queues.set(name, q);
    }
    return q;
  }

  openQueues(): Queue<DeliverPayload>[] {
    return [...this.queues.values()];
  }

  forgetQueues(): void {
    this.queues.clear();
  }

  outcome(webhookId: string, o: DeliveryOutcome): void {
    try {
      this.deps.onOutcome?.(webhookId, o);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'onOutcome callback failed');
    }
  }

  async enqueue(rec: DeliveryRecord): Promise<void> {
    await this.queueFor(rec.webhookId).add(
      'deliver',
      { eventId: rec.eventId, webhookId: rec.webhookId },
      { ...JOB_OPTIONS, jobId: rec.id },
    );
  }

  async save(rec: DeliveryRecord, patch: Partial<DeliveryRecord>): Promise<DeliveryRecord> {
    return (await this.saveReading(rec, patch)).rec;
  }

  /** Saves, and returns the endpoint's state read right after the write. */
  async saveReading(
    rec: DeliveryRecord,
    patch: Partial<DeliveryRecord>,
  ): Promise<{ rec: DeliveryRecord; endpoint: EndpointState }> {
    const next = { ...rec, ...patch, updatedAt: new Date().toISOString() };
    const endpoint = await saveDelivery(this.ctx, next, this.retentionMs);
    return { rec: next, endpoint };
  }

  /** A push whose subscription ended (unsubscribed, lease over) before it was attempted: recorded, not sent. */
  async endedSubscription(deliveryId: string): Promise<string> {
    const rec = await getDelivery(this.ctx, deliveryId);
    if (!rec || rec.status !== 'pending') return 'skipped';
    await this.save(rec, {
      status: 'failed',
      nextAttemptAt: null,
      lastError: 'subscription ended (unsubscribed or lease expired) before delivery',
    });
    this.outcome(rec.webhookId, 'failed');
    return 'failed';
  }

  async markDisabled(rec: DeliveryRecord, reason: string): Promise<void> {
    await this.save(rec, { status: 'disabled', nextAttemptAt: null, lastError: `endpoint disabled: ${reason}` });
    this.outcome(rec.webhookId, 'disabled');
  }
}
