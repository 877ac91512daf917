// `deltafeed check`: validate the config and reach Redis; print what is wrong, exit non-zero if anything is.
import { loadConfigOrExit, ensureRedis } from './common.js';

export async function checkCommand(args: { config?: string }): Promise<number> {
  const config = loadConfigOrExit(args.config);
  await ensureRedis(config, { allowPrivate: false, say: () => undefined });
  process.stdout.write(
    `ok: ${config.file} — ${config.sources.length} sources, ${config.topics.length} topics, ${config.webhooks.length} webhooks; Redis at ${config.redis.url} answers (prefix "${config.redis.prefix}")\n`,
  );
  return 0;
}
