// extract: clean the fetched page off the event loop (worker threads), learn the host's template blocks,
// and pass the article on to dedup. "No article found" ends the job with a reason, never an exception loop, and
// is recorded as a refusal on the source.
import type { Job } from 'bullmq';
import type { PipelineDeps } from '../src/deps.js';
import type { QueuePayloads } from '../src/queues.js';
import { dropRaw, getRaw } from '../src/store/raw.js';
import { boilerplateFor, recordBlocks } from '../src/store/templates.js';
import { shortHash } from '../src/util/hash.js';
import { recordItemFailure, refusal } from './failures.js';

export function extractProcessor(deps: PipelineDeps) {
  return async (job: Job<QueuePayloads['extract']>): Promise<string> => {
    const { rawKey, finalUrl, sourceId } = job.data;
    const html = await getRaw(deps.ctx, rawKey);
    if (html === null)
      throw refusal('RAW_EXPIRED', `raw page expired before extraction (retention.rawHtml too short?): ${finalUrl}`);
    const host = new URL(finalUrl).host;
    const boilerplate = await boilerplateFor(deps.ctx, host);
    const result = await deps.extractor.extract(html, finalUrl, { boilerplate });
    if (result.blocks?.length) await recordBlocks(deps.ctx, host, shortHash(finalUrl), result.blocks);
    if (!result.ok) {
      deps.tally('extract.no-article');
      await dropRaw(deps.ctx, rawKey);
      const { rawKey: _raw, finalUrl: _final, fetchedAt: _at, validators: _v, ...again } = job.data;
      await recordItemFailure(deps, {
        sourceId,
        url: job.data.url,
        stage: 'extract',
        code: 'NOT_AN_ARTICLE',
        detail: result.reason,
        attempts: job.attemptsMade + 1,
        retry: { queue: 'fetch', data: { ...again, step: 0 } },
      });
      return result.reason;
    }
    const { rawKey: _raw, ...rest } = job.data;
    await deps.enqueue(
      'dedup',
      { ...rest, extracted: result.article },
      { jobId: `dedup-${shortHash(`${job.id}`, 24)}` },
    );
    // Raw HTML is the bulk of Redis memory (about 190 KB a page): once the article is handed on it is not needed.
    // retention.rawHtml bounds how long a page waits for extraction, not how long it is kept after.
    await dropRaw(deps.ctx, rawKey);
    deps.tally('extract.ok');
    return `${result.article.text.length} chars`;
  };
}
