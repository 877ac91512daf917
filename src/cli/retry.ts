// `deltafeed retry --failed [--source ID]`: send a source's recorded failures through the pipeline again.
// Each open failure is taken off the list and queued at the stage it needs (a fetch, or the topics check); if it
// fails again it is recorded again, so nothing is dropped by retrying.
import { createApp } from '../app.js';
import { createLogger } from '../log.js';
import { takeOpenFailures } from '../store/failures.js';
import { shortHash } from '../util/hash.js';
import { ExitError, ensureRedis, loadConfigOrExit } from './common.js';

export async function retryCommand(args: { config?: string; failed?: boolean; source?: string }): Promise<number> {
  if (!args.failed) throw new ExitError(2, 'usage: deltafeed retry --failed [--source ID] [--config FILE]');
  const config = loadConfigOrExit(args.config);
  if (args.source && !config.sources.some((s) => s.id === args.source))
    throw new ExitError(2, `--source: unknown source "${args.source}"`);
  await ensureRedis(config, { allowPrivate: false, say: () => undefined });
  const app = createApp(config, { roles: [], logger: createLogger('warn') });
  const runId = Date.now().toString(36);
  let queued = 0;
  let notRetryable = 0;
  try {
    for (const source of config.sources.filter((s) => !args.source || s.id === args.source)) {
      for (const f of await takeOpenFailures(app.ctx, source.id)) {
        if (!f.retry) {
          notRetryable++;
          continue;
        }
        const jobId = `retry-${shortHash(`${runId}\n${f.retry.queue}\n${f.url}`, 24)}`;
        if (f.retry.queue === 'fetch') await app.deps.enqueue('fetch', f.retry.data, { jobId });
        else await app.deps.enqueue('topics', f.retry.data, { jobId });
        queued++;
      }
    }
    const skipped = notRetryable
      ? ` (${notRetryable} cannot be retried as they are, e.g. invalid links; fix the feed)`
      : '';
    process.stdout.write(
      `queued ${queued} failed item${queued === 1 ? '' : 's'} again; a running worker (deltafeed run or once) processes them${skipped}\n`,
    );
    return 0;
  } finally {
    await app.close();
  }
}
