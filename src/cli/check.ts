// `deltafeed check`: validate the config and reach Redis; print what is wrong, exit non-zero if anything is.
import { loadConfigOrExit, ensureRedis } from './common.js';

export async function checkCommand(args: { config?: string }): Promise<number> {
  const config = loadConfigOrExit(args.config);
  await ensureRedis(config, { allowPrivate: false, say: () => undefined });
  process.stdout.write(
    `ok: ${config.file} — ${count(config.sources.length, 'source')}, ${count(config.topics.length, 'topic')}, ${count(config.webhooks.length, 'webhook')}; Redis at ${config.redis.url} answers (prefix "${config.redis.prefix}")\n`,
  );
  return 0;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
