// What every worker is handed by the composition root (app.ts): the resolved config, the store, the queues
// and the long-lived cores. Workers import nothing global.
import type { JobsOptions } from 'bullmq';
import type { Config } from './config/load.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';
import type { QueueName, QueuePayloads } from './queues.js';
import type { StoreCtx } from './store/context.js';
import type { createExtractPool } from './extract/pool.js';
import type { createDeduper, DedupDoc } from './dedup/deduper.js';
import type { GroupsStep } from './dedup/story-groups-types.js';
import type { PendingMerges } from './dedup/group-merges.js';
import type { compileTopic } from './topics/engine.js';
import type { createDeliveryRuntime } from '../workers/deliver/index.js';

/** What the dedup stage asks of the groups core (src/dedup/story-groups.ts). */
export interface StoryGroupsLayer {
  add(doc: DedupDoc, indexStoryId: string, merged: readonly string[]): Promise<GroupsStep>;
  /** A late merge made without the article joining (a held pair's wait ended): place the absorbed groups. */
  merge(indexStoryId: string, absorbed: readonly string[]): Promise<GroupsStep>;
}

export type Enqueue = <Q extends QueueName>(queue: Q, data: QueuePayloads[Q], opts?: JobsOptions) => Promise<void>;

export interface PipelineDeps {
  config: Config;
  ctx: StoreCtx;
  log: Logger;
  metrics: Metrics;
  enqueue: Enqueue;
  extractor: ReturnType<typeof createExtractPool>;
  deduper: ReturnType<typeof createDeduper>;
  /**
   * Hindsight splits (dedup.split; absent when off): `layer` places each article in a group of its index story
   * and says which groups, each a public story, it changed (idempotent for an article added again); `merges`
   * holds the late merges the deduper made for the article, which the groups take after it.
   */
  storyGroups?: { layer: StoryGroupsLayer; merges: PendingMerges };
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
