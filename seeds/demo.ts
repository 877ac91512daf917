// `npm run demo`: the sample publisher serving seeds/ on :8081, the whole pipeline on it (config/demo.yaml),
// and the dashboard on http://localhost:8080. The publisher's timeline advances every PHASE_SECONDS so a
// newcomer sees stories, topic updates, a wire copy recognised as such, and a revision with its diff.
import { loadConfigFile, resolveConfigPath } from '../src/config/load.js';
import { ensureRedis } from '../src/cli/common.js';
import { startService } from '../src/cli/run.js';
import { createLogger } from '../src/log.js';
import { createRedis } from '../src/store/redis.js';
import { countArticles } from '../src/store/articles.js';
import { countStories } from '../src/store/stories.js';
import { countRevisions } from '../src/store/revisions.js';
import { startPublisher } from './publisher.js';

const PHASE_SECONDS = Number(process.env.DEMO_PHASE_SECONDS ?? 15);
const say = (msg: string) => process.stdout.write(`[demo] ${msg}\n`);

async function main(): Promise<void> {
  const config = loadConfigFile(resolveConfigPath(process.env.DELTAFEED_CONFIG ? undefined : 'config/demo.yaml'));
  await ensureRedis(config, { allowPrivate: true, say });
  // A demo starts from nothing, so every run shows the same first minute.
  const redis = createRedis(config.redis.url);
  const stale = await scanKeys(redis, `${config.redis.prefix}:*`);
  if (stale.length) await redis.unlink(...stale);

  const publisher = await startPublisher({
    port: Number(process.env.DEMO_PUBLISHER_PORT ?? 8081),
    host: '127.0.0.1',
    phase: 1,
  });
  say(
    `sample publisher serving seeds/ at ${publisher.url} (${publisher.feeds.length} feeds, ${publisher.phases} phases)`,
  );
  const service = await startService(
    config,
    ['api', 'worker', 'scheduler'],
    createLogger(process.env.DELTAFEED_LOG_LEVEL ?? 'warn'),
  );
  say(`deltafeed is running: open ${config.http.publicUrl} (feeds under ${config.http.publicUrl}/feeds/)`);
  say(`the publisher's timeline moves on every ${PHASE_SECONDS}s; Ctrl-C stops the demo`);

  const ctx = { redis, prefix: config.redis.prefix };
  const report = async () => {
    const topics = await Promise.all(
      config.topics.map(
        async (t) => `${t.id}: ${await redis.zcard(`${config.redis.prefix}:topic:${t.id}:updates`)} updates`,
      ),
    );
    say(
      `articles ${await countArticles(ctx)} · stories ${await countStories(ctx)} · revisions ${await countRevisions(ctx)} · ${topics.join(' · ')}`,
    );
  };
  const timer = setInterval(() => {
    void report();
    if (publisher.phase < publisher.phases) {
      publisher.setPhase(publisher.phase + 1);
      say(`publisher: phase ${publisher.phase} of ${publisher.phases}`);
    }
  }, PHASE_SECONDS * 1000);

  const stop = async () => {
    clearInterval(timer);
    say('stopping');
    await service.close();
    await publisher.close();
    redis.disconnect();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  if (process.env.DEMO_EXIT_AFTER) setTimeout(() => void stop(), Number(process.env.DEMO_EXIT_AFTER) * 1000);
}

async function scanKeys(redis: ReturnType<typeof createRedis>, pattern: string): Promise<string[]> {
  const out: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    out.push(...keys);
  } while (cursor !== '0');
  return out;
}

main().catch((err: Error & { exitCode?: number }) => {
  process.stderr.write(`demo: ${err.message}\n`);
  process.exit(err.exitCode ?? 1);
});
