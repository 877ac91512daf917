// What every worker is handed by the composition root (app.ts): the resolved config, the store, the queues
// and the long-lived cores. Workers import nothing global.
import type { JobsOptions } from 'bullmq';
import type { Config } from './config/load.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';
import type { QueueName, QueuePayloads } from './queues.js';
import type { StoreCtx } from './store/context.js';
import type { createExtractPool } from './extract/pool.js';
import type { createDeduper } from './dedup/deduper.js';
import type { compileTopic } from './topics/engine.js';
import type { createDeliveryRuntime } from '../workers/deliver/index.js';

export type Enqueue = <Q extends QueueName>(queue: Q, data: QueuePayloads[Q], opts?: JobsOptions) => Promise<void>;

export interface PipelineDeps {
  config: Config;
  ctx: StoreCtx;
  log: Logger;
  metrics: Metrics;
  enqueue: Enqueue;
  extractor: ReturnType<typeof createExtractPool>;
  deduper: ReturnType<typeof createDeduper>;
  topics: ReturnType<typeof compileTopic>[];
  delivery: ReturnType<typeof createDeliveryRuntime>;
  /**
   * Subscribe to sources' WebSub hubs: true in `run`, where the api role answers the hubs' callbacks; `once`
   * exits before a hub could call back, so it only polls.
   */
  websub?: boolean;
  /** Count a pipeline outcome (for `once`'s summary and /metrics). */
  tally(event: string, n?: number): void;
  now(): Date;
}
