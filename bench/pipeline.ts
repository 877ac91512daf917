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
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { startSyntheticPublisher, type SyntheticPublisher } from '../simulation/synthetic-publisher.js';
import { TOPIC } from '../simulation/article-text.js';
import { startService, waitFor, type ServiceProcess } from '../simulation/processes.js';
import { startPrivateRedisServer, type PrivateRedisServer } from '../simulation/private-redis.js';
import { percentile, watchStages, type StageStats } from '../simulation/stage-watch.js';
import { deleteKeys, prefixMemory, usedMemory, type FamilyUsage } from './support/redis-memory.js';
import { cleanerFloor, jsdomParseFloor, type FloorResult } from './support/parse-floor.js';
import { queuePrefix } from '../src/app.js';
import { countArticles, getArticle } from '../src/store/articles.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const FEEDS = Number(process.env.BENCH_FEEDS ?? 20);
const PAGE_BYTES: [number, number] = [50_000, 300_000];
const FLOOR_EVERY = Math.max(1, Number(process.env.BENCH_FLOOR_EVERY ?? 10));
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 1800) * 1000;
const RUNS = (process.env.BENCH_RUNS ?? 'all,w1,w2').split(',').filter(Boolean);
type Role = 'all' | 'worker' | 'scheduler';
/** The service processes' Node flags, as the Dockerfile's NODE_OPTIONS sets them (BENCH_NODE_ARGS replaces them). */
const SERVICE_NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '--max-old-space-size=128 --max-semi-space-size=8')
  .split(' ')
  .filter(Boolean);
const SETUPS: Record<
  string,
  { label: string; roles: Role[]; extractThreads?: number; extractHeapMb?: number; nodeArgs?: string[] }
> = {
  all: { label: '1 process, all roles', roles: ['all'] },
  // Memory as it was before heaps were bounded (V8's default main heap, 1024 MB per extraction thread), for an
  // A/B in one run: BENCH_RUNS=unbounded,all,unbounded,all.
  unbounded: { label: '1 process, all roles, heaps unbounded', roles: ['all'], extractHeapMb: 1024, nodeArgs: [] },
  w1: { label: 'scheduler + 1 worker (inline cleaning)', roles: ['scheduler', 'worker'], extractThreads: 0 },
  w2: { label: 'scheduler + 2 workers (inline cleaning)', roles: ['scheduler', 'worker', 'worker'], extractThreads: 0 },
  split: { label: 'scheduler + 2 workers (default threads)', roles: ['scheduler', 'worker', 'worker'] },
};
const SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const HOOK = 'bench-hook';
const STAGES = ['poll', 'fetch', 'extract', 'dedup', 'topics', 'publish', `deliver-${HOOK}`];

interface RunResult {
  name: string;
  label: string;
  processes: { role: string; pid: number; peakRss: number | null; cpu: number | null; exit: string; stopMs: number }[];
  articles: number;
  seconds: number;
  perSec: number;
  stages: StageStats[];
  latencyMs: number[];
  webhooks: { events: number; received: number };
  redisBefore: number;
  redisAfter: number;
  families: FamilyUsage[];
  orchestratorCpu: number;
  redisCpu: number | null;
  /** CPU ms per article of the service processes and redis-server. */
  cpuMsPerArticle: number;
  /** Their CPU seconds per second of the run: how many cores the pipeline actually got. */
  coresUsed: number;
}

const mb = (b: number | null) => (b === null ? 'n/a' : (b / 1048576).toFixed(0));
const kb = (b: number) => (b / 1024).toFixed(1);
const pad = (s: string | number, n: number) => String(s).padStart(n);
const padEnd = (s: string | number, n: number) => String(s).padEnd(n);

function table(head: string[], rows: (string | number)[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[]) =>
    `| ${r.map((c, i) => (i === 0 ? padEnd(c, widths[i] ?? 0) : pad(c, widths[i] ?? 0))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

function cpuOf(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

async function startReceiver(): Promise<{ url: string; ids: Map<string, number>; close(): Promise<void> }> {
  const ids = new Map<string, number>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const id = String(req.headers['webhook-id']);
      ids.set(id, (ids.get(id) ?? 0) + 1);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    ids,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

async function runPipeline(
  name: string,
  pub: SyntheticPublisher,
  redisUrl: string,
  redisPid: number | undefined,
): Promise<RunResult> {
  const setup = SETUPS[name];
  if (!setup) throw new Error(`BENCH_RUNS: unknown run "${name}" (${Object.keys(SETUPS).join(', ')})`);
  const { roles } = setup;
  const prefix = `bench-pipeline-${name}-${randomBytes(3).toString('hex')}`;
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const ctx = { redis, prefix };
  const receiver = await startReceiver();
  const dir = mkdtempSync(join(tmpdir(), 'deltafeed-bench-'));
  const configFile = join(dir, 'config.yaml');
  // JSON is YAML. Per-host limits are raised: every feed and page is on one loopback host here, where a real
  // deployment spreads its fetches over many publishers' hosts.
  writeFileSync(
    configFile,
    JSON.stringify({
      redis: { url: redisUrl, prefix },
      http: { port: 0, host: '127.0.0.1', publicUrl: 'http://bench.invalid' },
      fetch: { perHostConcurrency: 64, perHostRate: 10_000, allowPrivateNetworks: true },
      sources: pub.feeds.map((f) => ({ id: f.id, url: f.url, every: '10m', allowPrivateNetworks: true })),
      topics: [TOPIC],
      webhooks: [{ id: HOOK, url: receiver.url, secret: SECRET, allowPrivateNetworks: true }],
      workers: {
        ...(setup.extractThreads === undefined ? {} : { extractThreads: setup.extractThreads }),
        ...(setup.extractHeapMb === undefined ? {} : { extractHeapMb: setup.extractHeapMb }),
      },
      log: { level: 'warn' },
    }),
  );
  const watch = await watchStages(redis, queuePrefix(prefix), STAGES);
  const before = await usedMemory(redis);
  const feedLogStart = pub.feedRequests.length;
  const cpu0 = process.cpuUsage();
  const redisCpu0 = cpuOf(redisPid);
  const nodeArgs = setup.nodeArgs ?? SERVICE_NODE_ARGS;
  const procs: ServiceProcess[] = roles.map((role) =>
    startService({ role, config: configFile, env: { DELTAFEED_LOG_LEVEL: 'warn' }, nodeArgs }),
  );
  let result: RunResult | null = null;
  try {
    process.stdout.write(`run "${name}" (${roles.join(' + ')}): `);
    let quiet = 0;
    let shown = 0;
    await waitFor(
      `${ARTICLES} articles and idle queues`,
      async () => {
        for (const p of procs)
          if (p.exit)
            throw new Error(
              `${p.role} process exited early (${p.exit.code ?? p.exit.signal}): ${p.other.slice(-5).join('\n')}`,
            );
        const n = await countArticles(ctx);
        if (n >= shown + ARTICLES / 10) {
          shown = n;
          process.stdout.write(`${n} `);
        }
        quiet = n >= ARTICLES && (await watch.pending()) === 0 ? quiet + 1 : 0;
        return quiet >= 3;
      },
      { timeoutMs: TIMEOUT_MS, everyMs: 500 },
    );
    process.stdout.write('done\n');
    const peaks = procs.map((p) => ({ peakRss: p.peakRss(), cpu: p.cpuSeconds() }));
    const cpu = process.cpuUsage(cpu0);
    const redisCpu1 = cpuOf(redisPid);
    const after = await usedMemory(redis);
    const families = await prefixMemory(redis, prefix);

    const feedPolls = new Map<string, number>();
    for (const r of pub.feedRequests.slice(feedLogStart))
      if (r.status === 200 && !feedPolls.has(r.feedId)) feedPolls.set(r.feedId, r.at);
    const start = Math.min(...feedPolls.values());
    const stages = watch.stats();
    const end = Math.max(...stages.map((s) => s.lastCompleted ?? 0));
    const latencyMs: number[] = [];
    for (const c of watch.completed) {
      if (c.queue !== 'dedup') continue;
      const m = /new article (\S+)/.exec(c.returnvalue);
      const a = m ? await getArticle(ctx, m[1] as string) : null;
      const polled = a ? feedPolls.get(a.source) : undefined;
      if (polled !== undefined) latencyMs.push(c.at - polled);
    }
    const articles = await countArticles(ctx);
    const stops: Awaited<ReturnType<ServiceProcess['stop']>>[] = [];
    for (const p of procs) stops.push(await p.stop(35_000));
    const serviceCpu =
      peaks.reduce((a, p) => a + (p.cpu ?? 0), 0) +
      (redisCpu0 !== null && redisCpu1 !== null ? redisCpu1 - redisCpu0 : 0);
    result = {
      name,
      label: setup.label,
      cpuMsPerArticle: (serviceCpu * 1000) / articles,
      coresUsed: (serviceCpu * 1000) / (end - start),
      processes: procs.map((p, i) => ({
        role: p.role,
        pid: p.pid,
        peakRss: peaks[i]?.peakRss ?? null,
        cpu: peaks[i]?.cpu ?? null,
        exit: String(stops[i]?.code ?? stops[i]?.signal),
        stopMs: stops[i]?.ms ?? NaN,
      })),
      articles,
      seconds: (end - start) / 1000,
      perSec: (articles * 1000) / (end - start),
      stages,
      latencyMs,
      webhooks: { events: receiver.ids.size, received: [...receiver.ids.values()].reduce((a, b) => a + b, 0) },
      redisBefore: before,
      redisAfter: after,
      families,
      orchestratorCpu: (cpu.user + cpu.system) / 1e6,
      redisCpu: redisCpu0 !== null && redisCpu1 !== null ? redisCpu1 - redisCpu0 : null,
    };
    return result;
  } finally {
    for (const p of procs) if (!p.exit) await p.stop(35_000);
    await watch.close();
    await deleteKeys(redis, `${prefix}:*`);
    redis.disconnect();
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function printRun(r: RunResult, floor2: FloorResult, floor1: FloorResult): void {
  console.log(
    `\n## run "${r.name}" (${r.label}): ${r.articles} articles in ${r.seconds.toFixed(1)} s = ${r.perSec.toFixed(2)} articles/s end to end (${((100 * r.perSec) / floor2.pagesPerSec).toFixed(0)}% of the 2-thread jsdom parse floor)`,
  );
  console.log(
    `CPU: ${r.cpuMsPerArticle.toFixed(0)} ms per article (service processes and redis-server; ${r.coresUsed.toFixed(2)} cores busy on average), against ${floor1.cpuMsPerPage.toFixed(0)} ms per page to only parse it: ${((100 * floor1.cpuMsPerPage) / r.cpuMsPerArticle).toFixed(0)}%`,
  );
  console.log(
    `poll -> feed entry latency: p50 ${(percentile(r.latencyMs, 50) / 1000).toFixed(1)} s, p99 ${(percentile(r.latencyMs, 99) / 1000).toFixed(1)} s (${r.latencyMs.length} articles)`,
  );
  console.log(`webhooks: ${r.webhooks.events} events, ${r.webhooks.received} deliveries received\n`);
  console.log(
    table(
      ['stage', 'jobs', 'span s', 'jobs/s', 'mean ms', 'p50 ms', 'p99 ms'],
      r.stages.map((s) => {
        const span =
          s.firstActive !== null && s.lastCompleted !== null ? (s.lastCompleted - s.firstActive) / 1000 : NaN;
        const mean = s.jobMs.length ? s.jobMs.reduce((a, b) => a + b, 0) / s.jobMs.length : NaN;
        return [
          s.queue,
          s.completed,
          span.toFixed(1),
          (s.completed / span).toFixed(1),
          mean.toFixed(0),
          percentile(s.jobMs, 50).toFixed(0),
          percentile(s.jobMs, 99).toFixed(0),
        ];
      }),
    ),
  );
  console.log('');
  console.log(
    table(
      ['process', 'pid', 'peak RSS MB', 'CPU s', 'SIGTERM -> exit'],
      [
        ...r.processes.map((p) => [
          `run --role ${p.role}`,
          p.pid,
          mb(p.peakRss),
          p.cpu?.toFixed(1) ?? 'n/a',
          `${p.exit} in ${(p.stopMs / 1000).toFixed(1)} s`,
        ]),
        ['bench (publisher, watcher)', process.pid, mb(process.memoryUsage().rss), r.orchestratorCpu.toFixed(1), ''],
        ['redis-server', '', '', r.redisCpu?.toFixed(1) ?? 'n/a', ''],
      ],
    ),
  );
}

function printMemory(r: RunResult, detailed: boolean): void {
  const n = r.articles;
  const total = r.families.reduce((a, f) => a + f.bytes, 0);
  const raw = r.families.filter((f) => f.family === 'raw').reduce((a, f) => a + f.bytes, 0);
  const queues = r.families.filter((f) => f.family.startsWith('bull:')).reduce((a, f) => a + f.bytes, 0);
  console.log(
    `\n## Redis memory, run "${r.name}": INFO used_memory ${mb(r.redisBefore)} -> ${mb(r.redisAfter)} MB: ${kb((r.redisAfter - r.redisBefore) / n)} KB per article`,
  );
  console.log(
    `MEMORY USAGE of the prefix's keys: ${mb(total)} MB = ${kb(total / n)} KB per article; without raw HTML ${kb((total - raw) / n)} KB; without raw HTML and queue streams ${kb((total - raw - queues) / n)} KB`,
  );
  if (!detailed) return;
  console.log('');
  console.log(
    table(
      ['key family', 'keys', 'MB', 'KB per article'],
      r.families.map((f) => [f.family, f.keys, (f.bytes / 1048576).toFixed(2), kb(f.bytes / n)]),
    ),
  );
  const kept = (total - raw - queues) / n;
  const rawPer = raw / n;
  console.log(
    `\nSizing (stored articles; raw HTML counts only for pages fetched within retention.rawHtml, default 1h):\n`,
  );
  console.log(
    table(
      ['articles', 'without raw HTML', 'with raw HTML retained for all'],
      [10_000, 100_000, 1_000_000].map((k) => [
        k.toLocaleString('en'),
        `${((k * kept) / 1073741824).toFixed(2)} GiB`,
        `${((k * (kept + rawPer)) / 1073741824).toFixed(2)} GiB`,
      ]),
    ),
  );
}

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
    const floorRow = (name: string, f: FloorResult) => [
      name,
      f.threads,
      f.pagesPerSec.toFixed(2),
      ((f.threads * f.ms) / f.pages).toFixed(0),
      f.cpuMsPerPage.toFixed(0),
    ];
    console.log(
      table(
        ['floor', 'threads', 'pages/s', 'wall ms/page/thread', 'CPU ms/page'],
        [
          floorRow('jsdom parse only', parse1),
          floorRow('jsdom parse only', parse2),
          floorRow(`our cleaner (extract pool)${clean1.failed ? `, ${clean1.failed} no article` : ''}`, clean1),
          floorRow('our cleaner (extract pool)', clean2),
        ],
      ),
    );

    const results: RunResult[] = [];
    const redisPid = privateRedis?.pid();
    for (const run of RUNS) results.push(await runPipeline(run, pub, redisUrl, redisPid));
    for (const r of results) printRun(r, parse2, parse1);
    results.forEach((r, i) => printMemory(r, i === 0));

    console.log('\n## summary\n');
    const rows: (string | number)[][] = results.map((r) => [
      r.label,
      r.perSec.toFixed(2),
      `${((100 * r.perSec) / parse2.pagesPerSec).toFixed(0)}%`,
      `${((100 * r.perSec) / clean2.pagesPerSec).toFixed(0)}%`,
      r.cpuMsPerArticle.toFixed(0),
      r.coresUsed.toFixed(2),
      `${((100 * parse1.cpuMsPerPage) / r.cpuMsPerArticle).toFixed(0)}%`,
      `${(percentile(r.latencyMs, 50) / 1000).toFixed(1)} / ${(percentile(r.latencyMs, 99) / 1000).toFixed(1)}`,
      mb(Math.max(...r.processes.map((p) => p.peakRss ?? 0))),
      kb((r.redisAfter - r.redisBefore) / r.articles),
    ]);
    console.log(
      table(
        [
          'setup',
          'articles/s',
          'vs jsdom x2',
          'vs cleaner x2',
          'CPU ms/article',
          'cores busy',
          'parse CPU / our CPU',
          'latency p50/p99 s',
          'max peak RSS MB',
          'Redis KB/article',
        ],
        rows,
      ),
    );
    const w1 = results.find((r) => r.name === 'w1');
    const w2 = results.find((r) => r.name === 'w2');
    if (w1 && w2) {
      console.log(
        `\nsecond worker process (each one thread, cleaning inline): ${(w2.perSec / w1.perSec).toFixed(2)}x the throughput of one, measured;`,
      );
      // Wall-clock gain needs a free core, which a shared machine may not have: CPU per article says what the
      // second process costs, hence the gain it gives where it gets a core of its own.
      console.log(
        `CPU per article ${w1.cpuMsPerArticle.toFixed(0)} -> ${w2.cpuMsPerArticle.toFixed(0)} ms: with a free core each, ${((2 * w1.cpuMsPerArticle) / w2.cpuMsPerArticle).toFixed(2)}x (cores busy: ${w1.coresUsed.toFixed(2)} -> ${w2.coresUsed.toFixed(2)})`,
      );
    }
    console.log(
      'targets: end to end >= 60% of the extraction-only (parse floor) throughput; near-linear gain from a second worker while a core is free',
    );
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
