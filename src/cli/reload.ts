// `deltafeed reload [--config FILE] [--wait 5s]`: validate the config file here (exit 2 with every problem
// listed, as at start-up), then ask every deltafeed process on the same Redis to re-read its own config, and
// print what each did. Exit 0 when every listening process reloaded (or had nothing to change); 1 when one
// refused its file or did not answer in time, or when no process is listening.
import { randomUUID } from 'node:crypto';
import { ExitError, ensureRedis, loadConfigOrExit } from './common.js';
import { parseDuration } from '../config/units.js';
import { createRedis } from '../store/redis.js';
import { publishReload, reloadAnswers, type ReloadAnswer } from '../store/reload.js';

export interface ReloadOptions {
  config?: string;
  wait?: string;
}

function show(a: ReloadAnswer): string {
  return [`${a.process} (${a.roles.join(', ')}): ${a.result}`, ...a.lines.map((l) => `    ${l}`)].join('\n');
}

export async function reloadCommand(opts: ReloadOptions): Promise<number> {
  const waitMs = parseDuration(opts.wait ?? '5s');
  if (waitMs === null || waitMs > 120_000)
    throw new ExitError(2, `--wait: expected a duration up to 2m like "5s", got "${opts.wait}"`);
  const config = loadConfigOrExit(opts.config);
  await ensureRedis(config, { allowPrivate: false, say: () => undefined });
  const redis = createRedis(config.redis.url, { maxRetriesPerRequest: 1 });
  const ctx = { redis, prefix: config.redis.prefix };
  try {
    const id = randomUUID();
    const listening = await publishReload(ctx, { id, from: 'cli' });
    if (listening === 0) {
      process.stderr.write(
        `deltafeed: no deltafeed process is running on ${config.redis.url} with prefix "${config.redis.prefix}"; nothing reloaded\n`,
      );
      return 1;
    }
    const deadline = Date.now() + waitMs;
    let answers = await reloadAnswers(ctx, id);
    while (answers.length < listening && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      answers = await reloadAnswers(ctx, id);
    }
    for (const a of answers) process.stdout.write(`${show(a)}\n`);
    const refused = answers.filter((a) => a.result === 'refused').length;
    const missing = listening - answers.length;
    if (missing > 0)
      process.stdout.write(`${missing} of ${listening} processes did not answer within ${opts.wait ?? '5s'}\n`);
    process.stdout.write(
      `${answers.length - refused} of ${listening} processes run the new config${refused ? `; ${refused} refused it and keep the old one` : ''}\n`,
    );
    return refused || missing > 0 ? 1 : 0;
  } finally {
    redis.disconnect();
  }
}
