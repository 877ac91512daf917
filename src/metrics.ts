// Prometheus metrics (prom-client), one registry per app so tests and several apps in one process stay apart.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  jobs: Counter<'queue' | 'outcome'>;
  stageSeconds: Histogram<'queue'>;
  queueDepth: Gauge<'queue' | 'state'>;
  fetches: Counter<'kind' | 'status_class'>;
  deliveries: Counter<'webhook' | 'outcome'>;
  pipeline: Counter<'event'>;
  itemFailures: Counter<'stage' | 'reason'>;
  redisRoundTrips: Counter;
  websubPushes: Counter<'source' | 'outcome'>;
  websubSubscription: Gauge<'source' | 'state'>;
  websubRequests: Counter<'mode' | 'outcome'>;
  websubDeliveries: Counter<'outcome'>;
  websubSubscriptions: Gauge;
  redisUp: Gauge;
}

export function createMetrics(opts: { defaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.defaults) collectDefaultMetrics({ register: registry, prefix: 'deltafeed_' });
  return {
    registry,
    jobs: new Counter({
      name: 'deltafeed_jobs_total',
      help: 'Jobs processed, by queue and outcome',
      labelNames: ['queue', 'outcome'],
      registers: [registry],
    }),
    stageSeconds: new Histogram({
      name: 'deltafeed_stage_duration_seconds',
      help: 'Time spent in one job of a stage',
      labelNames: ['queue'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: 'deltafeed_queue_jobs',
      help: 'Jobs in each queue by state',
      labelNames: ['queue', 'state'],
      registers: [registry],
    }),
    fetches: new Counter({
      name: 'deltafeed_fetches_total',
      help: 'HTTP fetches by kind (feed|page) and status class',
      labelNames: ['kind', 'status_class'],
      registers: [registry],
    }),
    deliveries: new Counter({
      name: 'deltafeed_webhook_deliveries_total',
      help: 'Webhook delivery attempts by outcome',
      labelNames: ['webhook', 'outcome'],
      registers: [registry],
    }),
    pipeline: new Counter({
      name: 'deltafeed_pipeline_events_total',
      help: 'Pipeline outcomes (article.new, article.duplicate, revision, topic.update, ...)',
      labelNames: ['event'],
      registers: [registry],
    }),
    itemFailures: new Counter({
      name: 'deltafeed_item_failures_total',
      help: 'Items recorded as failures of their source, by stage and reason code (refusals included)',
      labelNames: ['stage', 'reason'],
      registers: [registry],
    }),
    redisRoundTrips: new Counter({
      name: 'deltafeed_redis_commands_total',
      help: 'Commands sent to Redis by this process',
      registers: [registry],
    }),
    websubPushes: new Counter({
      name: 'deltafeed_websub_pushes_total',
      help: "Content pushed by sources' WebSub hubs, by outcome (accepted, bad_signature, refused, too_large)",
      labelNames: ['source', 'outcome'],
      registers: [registry],
    }),
    websubSubscription: new Gauge({
      name: 'deltafeed_websub_subscription',
      help: "1 for the state of each source's WebSub subscription (requested, active, unsubscribing, denied, failed)",
      labelNames: ['source', 'state'],
      registers: [registry],
    }),
    websubRequests: new Counter({
      name: 'deltafeed_websub_requests_total',
      help: 'WebSub hub subscription requests by mode and outcome (refused, rate_limited, accepted, verified, verify_failed)',
      labelNames: ['mode', 'outcome'],
      registers: [registry],
    }),
    websubDeliveries: new Counter({
      name: 'deltafeed_websub_deliveries_total',
      help: 'WebSub content delivery attempts to subscribers by outcome',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    websubSubscriptions: new Gauge({
      name: 'deltafeed_websub_subscriptions',
      help: 'Active (verified, unexpired) WebSub subscriptions to our feeds',
      registers: [registry],
    }),
    redisUp: new Gauge({
      name: 'deltafeed_redis_up',
      help: '1 when the API process reached Redis at this scrape, else 0',
      registers: [registry],
    }),
  };
}

export function statusClass(status: number | string): string {
  return typeof status === 'number' ? `${Math.floor(status / 100)}xx` : status;
}
