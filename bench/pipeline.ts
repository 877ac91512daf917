// npm run bench: the whole pipeline under load on this machine.
//
// A synthetic publisher (simulation/) serves BENCH_ARTICLES articles (default 2,000) of 50-300 KB across 20
// RSS feeds on loopback. The pipeline runs on them several times (BENCH_RUNS), each time on a fresh prefix of
// a private Redis (AOF on, as in docker-compose.yml; BENCH_REDIS_URL to use another, whose INFO figures then
// include other tenants):
//   all    one `run --role all` process (extraction threads: one per core), the single-machine default;
//   w1     `run --role scheduler` + one `run --role worker` cleaning pages inline (extractThreads: 0), so the
//          worker is one thread on one core and the other core is free;
//   w2     the same with two worker processes: what a second worker process brings while a core is free;
//   split  (on request) scheduler + two workers with the default threads each.
// Every article is new, every stage runs, topic updates go out as signed webhooks to a local receiver.
// Reported per run: articles/s end to end (first feed request to the last job done) and per stage (BullMQ's
// event streams: first job active to last job completed), the latency from feed poll to feed entry (the feed
// was served -> its article's dedup job completed, which is when it is in the stories feed), peak RSS and CPU
// per process, Redis memory per article.
//
// The floor, in the same run, on a sample of the same pages (every BENCH_FLOOR_EVERY-th, default 10th):
// parsing alone with jsdom (no cleaning, no Readability) on one thread and on two, and the pipeline's own
// cleaner through its thread pool. The end-to-end rate is reported as a ratio to them. The machine's cores
// may be shared with other work, which moves wall-clock rates from one run to the next; CPU time per article
// (every service process and redis-server) against CPU time per page of the floor does not move with it, so
// both are printed.
//
// The setups and one run of each live in bench/support/pipeline-run.ts, the printed report in
// bench/support/pipeline-report.ts; this file reads the BENCH_* options and measures the floor.
import { availableParallelism, loadavg } from 'node:os';
import { startSyntheticPublisher } from '../simulation/synthetic-publisher.js';
import { startPrivateRedisServer, type PrivateRedisServer } from '../simulation/private-redis.js';
import { cleanerFloor, jsdomParseFloor } from './support/parse-floor.js';
import { runPipeline, type RunResult } from './support/pipeline-run.js';
import { printFloors, printMemory, printRun, printSummary } from './support/pipeline-report.js';
import { kb, mb } from './support/report-format.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const FEEDS = Number(process.env.BENCH_FEEDS ?? 20);
const PAGE_BYTES: [number, number] = [50_000, 300_000];
const FLOOR_EVERY = Math.max(1, Number(process.env.BENCH_FLOOR_EVERY ?? 10));
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 1800) * 1000;
const RUNS = (process.env.BENCH_RUNS ?? 'all,w1,w2').split(',').filter(Boolean);
/** The service processes' Node flags, as the Dockerfile's NODE_OPTIONS sets them (BENCH_NODE_ARGS replaces them). */
const SERVICE_NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '--max-old-space-size=128 --max-semi-space-size=8')
  .split(' ')
  .filter(Boolean);

async function main(): Promise<void> {
  const perFeed = Math.ceil(ARTICLES / FEEDS);
  let privateRedis: PrivateRedisServer | null = null;
  const redisUrl = process.env.BENCH_REDIS_URL ?? (privateRedis = await startPrivateRedisServer()).url;
  const t0 = performance.now();
  const pub = await startSyntheticPublisher({
    feeds: FEEDS,
    articlesPerFeed: perFeed,
    pageBytes: PAGE_BYTES,
    topicShare: 0.15,
  });
  try {
    if (pub.articles.length !== ARTICLES) throw new Error(`BENCH_ARTICLES must be a multiple of ${FEEDS}`);
    console.log(`# deltafeed pipeline benchmark\n`);
    console.log(
      `${ARTICLES} articles across ${FEEDS} feeds, pages ${PAGE_BYTES[0] / 1000}-${PAGE_BYTES[1] / 1000} KB (mean ${kb(pub.totalPageBytes / ARTICLES)} KB, ${mb(pub.totalPageBytes)} MB in all), generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    console.log(
      `Redis: ${privateRedis ? `private redis-server (AOF everysec) at ${redisUrl}` : redisUrl}; node ${process.version}; ${availableParallelism()} cores; load average at start ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (other processes share the cores: compare figures within one run)\n`,
    );

    const sample = pub.articles.filter((a) => a.index % FLOOR_EVERY === 0);
    const pages = sample.map((a) => pub.page(a.index).toString('utf8'));
    console.log(`floor on ${sample.length} of the pages (every ${FLOOR_EVERY}th):`);
    const parse1 = await jsdomParseFloor(pages, 1);
    const parse2 = await jsdomParseFloor(pages, 2);
    const clean1 = await cleanerFloor(
      sample.map((a, i) => ({ html: pages[i] as string, url: a.url })),
      1,
    );
    const clean2 = await cleanerFloor(
      sample.map((a, i) => ({ html: pages[i] as string, url: a.url })),
      2,
    );
    const floors = { parse1, parse2, clean1, clean2 };
    printFloors(floors);

    const results: RunResult[] = [];
    const redisPid = privateRedis?.pid();
    const opts = { articles: ARTICLES, timeoutMs: TIMEOUT_MS, serviceNodeArgs: SERVICE_NODE_ARGS };
    for (const run of RUNS) results.push(await runPipeline(run, pub, redisUrl, redisPid, opts));
    for (const r of results) printRun(r, parse2, parse1);
    results.forEach((r, i) => printMemory(r, i === 0));
    printSummary(results, floors);
    console.log(
      `load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    await pub.close();
    await privateRedis?.destroy();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
