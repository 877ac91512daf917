// The re-check ladder (scheduler work, not a queue): after an article is first seen it is fetched again at growing intervals
// (fetch.recheck, default 15m, 1h, 6h, 24h, 72h); the scheduler moves due re-checks into the fetch queue.
import type { PipelineDeps } from '../deps.js';
import { scheduleRecheck, takeDueRechecks, type DueRecheck } from '../store/due.js';
import { shortHash } from '../util/hash.js';

/** Schedule the re-check after `step`; past the end of the ladder nothing more is scheduled. */
export async function scheduleNextRecheck(deps: PipelineDeps, r: DueRecheck): Promise<void> {
  const ladder = deps.config.fetch.recheck;
  const delay = ladder[r.step];
  if (delay === undefined) return;
  await scheduleRecheck(deps.ctx, { ...r, step: r.step + 1 }, deps.now().getTime() + delay);
}

/** Move every due re-check into the fetch queue; returns how many. */
export async function enqueueDueRechecks(deps: PipelineDeps): Promise<number> {
  const due = await takeDueRechecks(deps.ctx, deps.now().getTime());
  for (const r of due) {
    await deps.enqueue(
      'fetch',
      { sourceId: r.sourceId, url: r.url, item: null, reason: 'recheck', articleId: r.articleId, step: r.step },
      { jobId: `recheck-${shortHash(`${r.articleId}\n${r.step}`, 24)}` },
    );
  }
  return due.length;
}
