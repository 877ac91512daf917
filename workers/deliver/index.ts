// Durable webhook delivery on BullMQ (CONTRACT §5): the IO side of src/publish/webhooks, whose pure parts decide
// (route.ts: who gets what; sign.ts: headers; retry.ts: what an outcome means and when to try again). One queue
// and one Worker per endpoint, each with the endpoint's concurrency: a slow or dead endpoint only ever occupies
// its own slots. publishing.ts stores and queues, attempts.ts posts and records, replay.ts sends again,
// retention.ts prunes. websub.ts sends the hub's pushes of updated feeds down the same path, through one shared
// queue (subscribers come and go at run time), where a failing subscriber's retries wait in the delayed set.
import type { Worker } from 'bullmq';
import type { DeliverPayload } from '../../src/queues.js';
import { closeWait, closeWithin } from '../../src/util/deadline.js';
import type { WebhookEvent } from '../../src/publish/webhooks/events.js';
import { startDeliveryWorkers } from './attempts.js';
import { DeliveryContext, type DeliveryRuntimeDeps } from './context.js';
import { publish } from './publishing.js';
import { pendingDeliveries, replayDeliveries, type ReplayOptions } from './replay.js';
import { createPruner } from './retention.js';
import { publishFeed, type FeedUpdate } from './websub.js';

export { WebhookEventError, type DeliveryOutcome, type DeliveryRuntimeDeps } from './context.js';
export type { WebhookEvent, FeedUpdate };

export interface DeliveryRuntime {
  /** Stores the event and queues one delivery per matching endpoint; returns the delivery ids. */
  publish(event: WebhookEvent): Promise<string[]>;
  /** Queues an updated feed to each active WebSub subscriber of it (the hub's content distribution). */
  publishFeed(update: FeedUpdate): Promise<string[]>;
  /** Starts one worker per endpoint (the worker role only). */
  startWorkers(): void;
  /** Deliveries ready to be attempted now or being attempted (first attempts, replays, retries that are due); not retries waiting for their time. */
  pending(): Promise<number>;
  /**
   * Queues deliveries again, from the first step of the schedule, with the same body and webhook-id. By id (any
   * status; a pending one is attempted at once), or every failed and disabled one (`failed`, or `webhookId`
   * alone), optionally of one endpoint. Replaying to a disabled endpoint enables it again. Returns how many.
   */
  replay(opts: ReplayOptions): Promise<number>;
  close(): Promise<void>;
}

export function createDeliveryRuntime(deps: DeliveryRuntimeDeps): DeliveryRuntime {
  const cx = new DeliveryContext(deps);
  const prune = createPruner(cx);
  let workers: Worker<DeliverPayload>[] = [];
  return {
    publish: (event) => publish(cx, prune, event),
    publishFeed: (update) => publishFeed(cx, update),
    startWorkers() {
      if (!workers.length) workers = startDeliveryWorkers(cx);
    },
    pending: () => pendingDeliveries(cx),
    replay: (opts) => replayDeliveries(cx, opts),
    async close() {
      const stuck = await closeWithin(workers, closeWait(cx.deps.connection));
      if (stuck)
        cx.logger.warn({ workers: stuck }, 'delivery workers did not close in time; left to the stalled-job check');
      workers = [];
      await closeWithin(cx.openQueues(), closeWait(cx.deps.connection));
      cx.forgetQueues();
    },
  };
}
