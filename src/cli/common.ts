// Shared start-up for commands: load the config (exit 2 with every problem listed) and reach Redis.
import { loadConfigFile, resolveConfigPath, type Config } from '../config/load.js';
import { ConfigError, RedisUnavailableError } from '../errors.js';
import { pingRedis } from '../store/redis.js';
import { redisServerOnPath, startPrivateRedis } from '../store/local-redis.js';
import { ExitError } from './exit-error.js';

export { ExitError };

export function loadConfigOrExit(flag: string | undefined): Config {
  const file = resolveConfigPath(flag);
  try {
    return loadConfigFile(file);
  } catch (err) {
    if (err instanceof ConfigError) throw new ExitError(2, err.message);
    throw err;
  }
}

/**
 * Make sure Redis answers at config.redis.url. With `allowPrivate` (run, demo) and redis-server installed,
 * start a private one under ./data/redis when nothing answers, and point the config at it.
 */
export async function ensureRedis(
  config: Config,
  opts: { allowPrivate: boolean; say: (msg: string) => void },
): Promise<void> {
  try {
    await pingRedis(config.redis.url);
  } catch (err) {
    if (!(err instanceof RedisUnavailableError)) throw err;
    if (opts.allowPrivate && redisServerOnPath()) {
      const local = await startPrivateRedis();
      opts.say(
        `deltafeed: no Redis at ${config.redis.url}; started a private redis-server at ${local.url} (data in ./data/redis)`,
      );
      config.redis.url = local.url;
      return;
    }
    throw new ExitError(2, err.message);
  }
}
