// Delivery logs and event bodies are kept retention.deliveries (default 30 days); expired records are pruned
// from the endpoints' lists at most once a minute, on the way through publish.
import { pruneDeliveries } from '../../src/store/deliveries.js';
import type { DeliveryContext } from './context.js';

const PRUNE_EVERY_MS = 60_000;

export function createPruner(cx: DeliveryContext): (now: number) => Promise<void> {
  let lastPrune = 0;
  return async (now) => {
    if (now - lastPrune <= PRUNE_EVERY_MS) return;
    lastPrune = now;
    await pruneDeliveries(
      cx.ctx,
      cx.deps.webhooks.map((w) => w.id),
      cx.retentionMs,
      now,
    );
  };
}
