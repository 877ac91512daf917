// npm run bench:websub [-- SUBSCRIBERS DEAD]: how soon after a topic update do the hub's subscribers have it?
//
// A real `deltafeed run --role all` process; SUBSCRIBERS (default 100) callbacks subscribe to a topic feed through
// the hub and answer its verification; DEAD (default 10) of them then die (half refuse connections, half accept
// and never answer); the source publishes topic articles. For each live subscriber, the time from the topic
// update (the pushed feed's own <updated>) to the push's arrival: p50, p95 and max. Needs Redis (REDIS_URL).
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { quantile, startWebsubScenario } from '../simulation/websub-scenario.js';
import { deleteMatching } from '../simulation/redis-keys.js';

const SUBSCRIBERS = Number(process.argv[2] ?? 100);
const DEAD = Number(process.argv[3] ?? 10);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function main(): Promise<void> {
  const prefix = `bench-websub-${randomBytes(4).toString('hex')}`;
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const s = await startWebsubScenario({ redisUrl: REDIS_URL, prefix, subscribers: SUBSCRIBERS, dead: DEAD });
  try {
    const t0 = Date.now();
    await s.subscribeAll();
    const subscribeMs = Date.now() - t0;
    s.killDeadAndPublish();
    const lat = await s.latencies(120_000);
    const p = (q: number) => quantile(lat, q);
    console.log(`websub bench: ${SUBSCRIBERS} subscribers (${DEAD} dead: refusing or hanging), one topic update`);
    console.log(`  subscribe + verify all: ${subscribeMs} ms`);
    console.log(
      `  topic update -> push received, ${lat.length} live subscribers: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${lat[lat.length - 1]} ms`,
    );
    console.log(`  within 2 s: ${lat.filter((ms) => ms <= 2000).length}/${lat.length}`);
  } finally {
    await s.close();
    await deleteMatching(redis, `${prefix}*`);
    redis.disconnect();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
