// Failures of items, recorded on their source: a job that failed for the last time (BullMQ's `failed` event
// after the final attempt, or an UnrecoverableError), and refusals a stage decides on itself (not an article,
// an invalid link). Each becomes a record (src/store/failures.ts), a metric and a tally; nothing is lost silently.
import { UnrecoverableError, type Job } from 'bullmq';
import type { PipelineDeps } from '../src/deps.js';
import type { QueueName, QueuePayloads } from '../src/queues.js';
import { getArticle } from '../src/store/articles.js';
import { recordFailure, type FailureRetry, type FailureStage } from '../src/store/failures.js';
import { failureCode, failureReason } from '../src/sources/failure-reason.js';

/** A final refusal: BullMQ does not retry it, and its code reaches the failure record. */
export function refusal(code: string, message: string): UnrecoverableError {
  return Object.assign(new UnrecoverableError(message), { code });
}

export interface ItemFailureInput {
  sourceId: string;
  url: string;
  stage: FailureStage;
  code: string;
  detail: string;
  attempts: number;
  retry: FailureRetry | null;
}

export async function recordItemFailure(deps: PipelineDeps, f: ItemFailureInput): Promise<void> {
  const reason = failureReason(f.code, f.detail);
  await recordFailure(deps.ctx, {
    sourceId: f.sourceId,
    url: f.url,
    stage: f.stage,
    code: f.code,
    reason,
    at: deps.now().toISOString(),
    attempts: f.attempts,
    retry: f.retry,
  });
  deps.metrics.itemFailures.inc({ stage: f.stage, reason: f.code });
  deps.tally('item.failed');
  deps.log.warn(
    { source: f.sourceId, url: f.url, stage: f.stage, code: f.code, attempts: f.attempts },
    `item failed: ${reason}`,
  );
}

/** True when BullMQ will not try this job again. */
export function isLastAttempt(job: Job, err: Error): boolean {
  if (err instanceof UnrecoverableError || err.name === 'UnrecoverableError') return true;
  if (typeof job.finishedOn === 'number' && job.finishedOn > 0) return true;
  return job.attemptsMade >= (job.opts.attempts ?? 1);
}

const STALLED = /stalled more than allowable limit/;

/** Record a job's final failure on its item's source. Stages that are not about one item are left out. */
export async function recordJobFailure(deps: PipelineDeps, queue: QueueName, job: Job, err: Error): Promise<void> {
  const code = STALLED.test(err.message) ? 'STALLED' : failureCode(err);
  const attempts = job.attemptsMade;
  switch (queue) {
    case 'fetch': {
      const d = job.data as QueuePayloads['fetch'];
      await recordItemFailure(deps, {
        sourceId: d.sourceId,
        url: d.url,
        stage: 'fetch',
        code,
        detail: err.message,
        attempts,
        retry: { queue: 'fetch', data: d },
      });
      return;
    }
    case 'extract':
    case 'dedup': {
      const d = job.data as QueuePayloads['extract'] | QueuePayloads['dedup'];
      const again: QueuePayloads['fetch'] = {
        sourceId: d.sourceId,
        url: d.url,
        item: d.item,
        reason: d.reason,
        step: 0,
        ...(d.articleId ? { articleId: d.articleId } : {}),
      };
      await recordItemFailure(deps, {
        sourceId: d.sourceId,
        url: d.url,
        stage: queue,
        code,
        detail: err.message,
        attempts,
        retry: { queue: 'fetch', data: again },
      });
      return;
    }
    case 'topics': {
      const d = job.data as QueuePayloads['topics'];
      const article = await getArticle(deps.ctx, d.articleId);
      if (!article) return;
      await recordItemFailure(deps, {
        sourceId: article.source,
        url: article.url,
        stage: 'topics',
        code,
        detail: err.message,
        attempts,
        retry: { queue: 'topics', data: d },
      });
      return;
    }
    default:
      // poll failures are the source's own (lastError, source.failing); webhook deliveries keep their own record.
      return;
  }
}
