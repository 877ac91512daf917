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
import { claimDemoPrefix } from '../src/store/demo-prefix.js';
import { countTopicUpdates } from '../src/store/topics.js';
import { startPublisher } from './publisher.js';

const PHASE_SECONDS = Number(process.env.DEMO_PHASE_SECONDS ?? 15);
const say = (msg: string) => process.stdout.write(`[demo] ${msg}\n`);

async function main(): Promise<void> {
  const config = loadConfigFile(resolveConfigPath(process.env.DELTAFEED_CONFIG ? undefined : 'config/demo.yaml'));
  await ensureRedis(config, { allowPrivate: true, say });
  const redis = createRedis(config.redis.url);
  const ctx = { redis, prefix: config.redis.prefix };
  // Only the demo config's own prefix may hold an older demo's unmarked keys; an overridden one must be marked.
  const ownPrefix = !process.env.DELTAFEED_PREFIX && !process.env.DELTAFEED_CONFIG;
  const claim = await claimDemoPrefix(ctx, { adoptUnmarked: ownPrefix });
  if (!claim.ok) {
    redis.disconnect();
    const pattern = `${config.redis.prefix}:*`;
    throw Object.assign(
      new Error(
        `the Redis prefix "${config.redis.prefix}" at ${config.redis.url} holds ${claim.foreignKeys} key${claim.foreignKeys === 1 ? '' : 's'} that no demo made, ` +
          `and the demo deletes everything under its prefix when it starts. Run it on another prefix ` +
          `(DELTAFEED_PREFIX=deltafeed-demo-2 npm run demo), or, if those keys are an old demo's, delete them first: ` +
          `redis-cli --scan --pattern '${pattern}' | xargs -r redis-cli unlink`,
      ),
      { exitCode: 2 },
    );
  }
  if (claim.wiped > 0) say(`started from nothing: deleted the ${claim.wiped} keys of the last demo run`);

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

  const report = async () => {
    const topics = await Promise.all(
      config.topics.map(async (t) => {
        const n = await countTopicUpdates(ctx, t.id);
        return `${t.id}: ${n} update${n === 1 ? '' : 's'}`;
      }),
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

main().catch((err: Error & { exitCode?: number }) => {
  process.stderr.write(`demo: ${err.message}\n`);
  process.exit(err.exitCode ?? 1);
});
