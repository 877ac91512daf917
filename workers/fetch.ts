// fetch: download one article page, politely (per-host slots shared by all workers), conditionally for
// re-checks, and hand the HTML to extract. Retryable failures throw (BullMQ retries with backoff); final ones
// (404, blocked address, not HTML) are refusals: no retry, recorded as the source's failures (workers/failures.ts).
import { DelayedError, type Job } from 'bullmq';
import type { PipelineDeps } from '../src/deps.js';
import type { QueuePayloads } from '../src/queues.js';
import { fetchDocument } from '../src/fetch/document.js';
import { FetchError } from '../src/fetch/request.js';
import { acquireHost } from '../src/store/politeness.js';
import { getValidators } from '../src/store/articles.js';
import { putRaw } from '../src/store/raw.js';
import { statusClass } from '../src/metrics.js';
import { shortHash } from '../src/util/hash.js';
import { scheduleNextRecheck } from '../src/scheduler/recheck.js';
import { recordItemFailure, refusal } from './failures.js';

export function fetchProcessor(deps: PipelineDeps) {
  return async (job: Job<QueuePayloads['fetch']>, token?: string): Promise<string> => {
    const { url, sourceId, articleId } = job.data;
    const source = deps.config.sources.find((s) => s.id === sourceId);
    const f = deps.config.fetch;
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      deps.tally('fetch.invalid-url');
      await recordItemFailure(deps, {
        sourceId,
        url,
        stage: 'fetch',
        code: 'INVALID_URL',
        detail: url,
        attempts: job.attemptsMade + 1,
        retry: null,
      });
      return `invalid URL ${url}`;
    }
    const slot = await acquireHost(deps.ctx, host, {
      concurrency: f.perHostConcurrency,
      ratePerSec: f.perHostRate,
      leaseMs: f.timeout + 5000,
    });
    if (!slot.ok) {
      await job.moveToDelayed(Date.now() + slot.retryInMs, token);
      throw new DelayedError();
    }
    try {
      const known = articleId ? await getValidators(deps.ctx, articleId) : null;
      const res = await fetchDocument(url, {
        kind: 'page',
        etag: known?.etag ?? null,
        lastModified: known?.lastModified ?? null,
        timeoutMs: f.timeout,
        maxBytes: f.maxBytes,
        userAgent: f.userAgent,
        maxRedirects: f.maxRedirects,
        allowPrivateNetworks: source?.allowPrivateNetworks ?? f.allowPrivateNetworks,
      });
      deps.metrics.fetches.inc({ kind: 'page', status_class: statusClass(res.status) });
      const bodyHash = shortHash(res.body, 40);
      if (res.notModified || (known && bodyHash === known.bodyHash)) {
        deps.tally('fetch.unchanged');
        if (articleId) await scheduleNextRecheck(deps, { articleId, sourceId, url, step: job.data.step ?? 0 });
        return res.notModified ? 'not modified' : 'unchanged body';
      }
      const rawKey = await putRaw(deps.ctx, shortHash(`${job.id}`, 24), res.text, deps.config.retention.rawHtml);
      await deps.enqueue(
        'extract',
        {
          sourceId,
          url,
          finalUrl: res.url,
          rawKey,
          item: job.data.item,
          reason: job.data.reason,
          articleId,
          fetchedAt: deps.now().toISOString(),
          validators: { etag: res.etag, lastModified: res.lastModified, bodyHash },
        },
        { jobId: `extract-${shortHash(`${job.id}`, 24)}` },
      );
      deps.tally('fetch.ok');
      return `fetched ${res.body.length} bytes`;
    } catch (err) {
      if (err instanceof FetchError) {
        deps.metrics.fetches.inc({ kind: 'page', status_class: statusClass(err.status ?? err.code) });
        deps.log.warn(
          { source: sourceId, url, jobId: job.id, err: err.message, code: err.code },
          'article fetch failed',
        );
        if (!err.retryable) {
          deps.tally('fetch.failed');
          throw refusal(err.code, err.message);
        }
      }
      throw err;
    } finally {
      await slot.release();
    }
  };
}
