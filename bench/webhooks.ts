// npm run bench:webhooks [-- EVENTS]: do a dead and a slow endpoint slow down the healthy ones?
//
// Ten local receivers (eight healthy, one dead: nothing listens on its port; one slow: answers after 1 s) get
// EVENTS events (default 10,000) through the real delivery runtime (BullMQ on Redis, the hardened HTTP client).
// Then the same run with the dead and slow receivers removed, as the baseline. For each run: deliveries per
// second to the healthy receivers (first publish to last 2xx) and the p50/p99 time from publish() to the 2xx.
// The ratios say how much the bad endpoints cost the good ones (target: within 20%).
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { EVENT_TYPES } from '../src/config/schema.js';
import type { WebhookConfig } from '../src/config/load.js';
import { closeHttpAgents } from '../src/fetch/guard.js';
import { eventId, type WebhookEvent } from '../src/publish/webhooks/events.js';
import { createDeliveryRuntime } from '../workers/deliver/index.js';
import { createRedis } from '../src/store/redis.js';
import { deleteMatching } from '../simulation/redis-keys.js';

let EVENTS = Number(process.argv[2] ?? process.env.BENCH_EVENTS ?? 10_000);
const HEALTHY = 8;
const SLOW_MS = 1000;
const PUBLISH_CONCURRENCY = 32;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = `whsec_${randomBytes(24).toString('base64')}`;

interface Receiver {
  url: string;
  close(): Promise<void>;
}

/** The time of the first 2xx per (receiver, webhook-id). */
type Arrivals = Map<string, number>;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

async function healthyReceiver(name: string, arrivals: Arrivals, dupes: { n: number }): Promise<Receiver> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const k = `${name}/${String(req.headers['webhook-id'])}`;
      if (arrivals.has(k)) dupes.n++;
      else arrivals.set(k, performance.now());
      res.writeHead(200).end();
    });
  });
  const url = await listen(server);
  return { url, close: () => new Promise((r) => server.close(() => r())) };
}

async function slowReceiver(): Promise<Receiver> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => setTimeout(() => res.writeHead(200).end(), SLOW_MS));
  });
  const url = await listen(server);
  return {
    url,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

/** A port that was just free and is closed again: connections are refused. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  const url = await listen(server);
  await new Promise<void>((r) => server.close(() => r()));
  return url;
}

function endpoint(id: string, url: string): WebhookConfig {
  return {
    id,
    url,
    secrets: [SECRET],
    events: [...EVENT_TYPES],
    topics: ['*'],
    allowPrivateNetworks: true,
    timeout: 15_000,
    retrySchedule: [5000, 30_000, 120_000],
    concurrency: 4,
  };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

interface Figures {
  deliveriesPerSec: number;
  p50: number;
  p99: number;
  publishSec: number;
  duplicates: number;
  badAttempts: number;
}

async function run(label: string, withBad: boolean): Promise<Figures> {
  const prefix = `bench-webhooks-${randomBytes(4).toString('hex')}`;
  const redis = createRedis(REDIS_URL);
  const arrivals: Arrivals = new Map();
  const dupes = { n: 0 };
  const receivers: Receiver[] = [];
  const webhooks: WebhookConfig[] = [];
  for (let i = 0; i < HEALTHY; i++) {
    const r = await healthyReceiver(`h${i}`, arrivals, dupes);
    receivers.push(r);
    webhooks.push(endpoint(`h${i}`, r.url));
  }
  if (withBad) {
    const slow = await slowReceiver();
    receivers.push(slow);
    webhooks.push(endpoint('slow', slow.url), endpoint('dead', await deadUrl()));
  }
  let badAttempts = 0;
  const rt = createDeliveryRuntime({
    ctx: { redis, prefix },
    connection: redis,
    queuePrefix: `${prefix}:bull`,
    webhooks,
    logger: pino({ level: 'silent' }),
    onOutcome: (w) => {
      if (w === 'slow' || w === 'dead') badAttempts++;
    },
  });
  rt.startWorkers();

  const published = new Map<string, number>();
  const start = performance.now();
  let next = 0;
  async function publisher(): Promise<void> {
    while (next < EVENTS) {
      const n = next++;
      const e: WebhookEvent = {
        id: eventId('bench', prefix, n),
        type: 'topic.updated',
        timestamp: new Date().toISOString(),
        data: { n, text: 'x'.repeat(400) },
      };
      published.set(e.id, performance.now());
      await rt.publish(e);
    }
  }
  await Promise.all(Array.from({ length: PUBLISH_CONCURRENCY }, publisher));
  const publishSec = (performance.now() - start) / 1000;

  const want = EVENTS * HEALTHY;
  let lastReport = 0;
  while (arrivals.size < want) {
    await new Promise((r) => setTimeout(r, 100));
    if (performance.now() - lastReport > 5000) {
      lastReport = performance.now();
      process.stderr.write(`  ${label}: ${arrivals.size}/${want} delivered\n`);
    }
  }
  const times = [...arrivals.values()];
  const end = Math.max(...times);
  const latencies = [...arrivals.entries()]
    .map(([k, at]) => at - (published.get(k.slice(k.indexOf('/') + 1)) ?? at))
    .sort((a, b) => a - b);

  await rt.close();
  await Promise.all(receivers.map((r) => r.close()));
  await deleteMatching(redis, `${prefix}*`);
  redis.disconnect();

  return {
    deliveriesPerSec: want / ((end - start) / 1000),
    p50: pct(latencies, 50),
    p99: pct(latencies, 99),
    publishSec,
    duplicates: dupes.n,
    badAttempts,
  };
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

const mean = (fs: Figures[], k: keyof Figures) => fs.reduce((a, f) => a + f[k], 0) / fs.length;

async function main(): Promise<void> {
  process.stderr.write(
    `bench:webhooks: ${EVENTS} events, ${HEALTHY} healthy receivers (concurrency 4 each), ${ROUNDS} rounds\n`,
  );
  // Warm-up (JIT, connection pools), so neither measured run pays for it.
  const saved = EVENTS;
  EVENTS = Math.max(100, Math.floor(saved / 20));
  await run('warm-up', false);
  EVENTS = saved;
  // Rounds alternate the two setups, so load from elsewhere on the machine falls on both alike.
  const withBad: Figures[] = [];
  const baseline: Figures[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    withBad.push(await run(`round ${i + 1}, with dead+slow`, true));
    baseline.push(await run(`round ${i + 1}, healthy only`, false));
  }
  await closeHttpAgents();
  const row = (name: string, f: Figures) =>
    `${name.padEnd(30)} ${f.deliveriesPerSec.toFixed(0).padStart(8)} ${f.p50.toFixed(0).padStart(9)} ${f.p99.toFixed(0).padStart(9)} ${f.publishSec.toFixed(1).padStart(10)} ${String(f.duplicates).padStart(6)} ${String(f.badAttempts).padStart(9)}`;
  console.log(
    `events: ${EVENTS} published at once (burst); deliveries to the healthy receivers: ${EVENTS * HEALTHY} per run`,
  );
  console.log('latency: publish() to the 2xx at a healthy receiver, so it includes the wait behind the burst');
  console.log(
    `${'run'.padEnd(30)} ${'deliv/s'.padStart(8)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'publish s'.padStart(10)} ${'dupes'.padStart(6)} ${'bad tries'.padStart(9)}`,
  );
  for (let i = 0; i < ROUNDS; i++) {
    console.log(row(`round ${i + 1}: 8 healthy + dead + slow`, withBad[i] as Figures));
    console.log(row(`round ${i + 1}: 8 healthy (baseline)`, baseline[i] as Figures));
  }
  const r = (k: 'deliveriesPerSec' | 'p50' | 'p99') => (mean(withBad, k) / mean(baseline, k)).toFixed(2);
  console.log(
    `mean: with dead+slow ${mean(withBad, 'deliveriesPerSec').toFixed(0)} deliv/s, p50 ${mean(withBad, 'p50').toFixed(0)} ms, p99 ${mean(withBad, 'p99').toFixed(0)} ms; ` +
      `baseline ${mean(baseline, 'deliveriesPerSec').toFixed(0)} deliv/s, p50 ${mean(baseline, 'p50').toFixed(0)} ms, p99 ${mean(baseline, 'p99').toFixed(0)} ms`,
  );
  console.log(
    `ratio (with dead+slow / baseline): throughput ${r('deliveriesPerSec')}, p50 ${r('p50')}, p99 ${r('p99')} (target: within 20%)`,
  );
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
