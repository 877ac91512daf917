// One run of the pipeline benchmark: the service processes of a setup (`run --role ...`) on a fresh Redis
// prefix, fed by the synthetic publisher, with a local webhook receiver; it waits for every article and idle
// queues, then measures throughput per stage, poll-to-feed latency, CPU, peak RSS and Redis memory.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { SyntheticPublisher } from '../../simulation/synthetic-publisher.js';
import { TOPIC } from '../../simulation/article-text.js';
import { startService, waitFor, type ServiceProcess } from '../../simulation/processes.js';
import { watchStages, type StageStats } from '../../simulation/stage-watch.js';
import { deleteKeys, prefixMemory, usedMemory, type FamilyUsage } from './redis-memory.js';
import { queuePrefix } from '../../src/app.js';
import { countArticles, getArticle } from '../../src/store/articles.js';

type Role = 'all' | 'worker' | 'scheduler';
export const SETUPS: Record<
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

export interface RunResult {
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

export interface RunOptions {
  /** How many articles the publisher serves: the run is over when all are stored and the queues are idle. */
  articles: number;
  timeoutMs: number;
  /** Node flags of the service processes, unless the setup names its own. */
  serviceNodeArgs: string[];
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

export async function runPipeline(
  name: string,
  pub: SyntheticPublisher,
  redisUrl: string,
  redisPid: number | undefined,
  opts: RunOptions,
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
  const nodeArgs = setup.nodeArgs ?? opts.serviceNodeArgs;
  const procs: ServiceProcess[] = roles.map((role) =>
    startService({ role, config: configFile, env: { DELTAFEED_LOG_LEVEL: 'warn' }, nodeArgs }),
  );
  let result: RunResult | null = null;
  try {
    process.stdout.write(`run "${name}" (${roles.join(' + ')}): `);
    let quiet = 0;
    let shown = 0;
    await waitFor(
      `${opts.articles} articles and idle queues`,
      async () => {
        for (const p of procs)
          if (p.exit)
            throw new Error(
              `${p.role} process exited early (${p.exit.code ?? p.exit.signal}): ${p.other.slice(-5).join('\n')}`,
            );
        const n = await countArticles(ctx);
        if (n >= shown + opts.articles / 10) {
          shown = n;
          process.stdout.write(`${n} `);
        }
        quiet = n >= opts.articles && (await watch.pending()) === 0 ? quiet + 1 : 0;
        return quiet >= 3;
      },
      { timeoutMs: opts.timeoutMs, everyMs: 500 },
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
