// npm run bench:fetch — polling cost and memory bounds of the fetch module.
// A child process serves N feeds x M items on loopback (gzip when asked, ETag/Last-Modified, 304 on a
// match), plus a gzip bomb (> 1 GB inflated) and a 40 MB feed. This process polls every feed twice with
// fetchDocument + parseFeed, keeping validators in memory, then watches its RSS while the bomb and the
// big feed are refused. Baselines from the same run: a second round without validators (what a poller
// that ignores them pays) and Node's own fetch() reading the 40 MB feed whole.
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable, pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createGzip, gzipSync } from 'node:zlib';
import { fetchDocument } from '../src/fetch/document.js';
import { FetchError } from '../src/fetch/errors.js';
import { httpRequest } from '../src/fetch/request.js';
import { parseFeed } from '../src/sources/parse.js';

const N = Number(process.env.BENCH_FEEDS ?? 50);
const M = Number(process.env.BENCH_ITEMS ?? 50);
const PARALLEL = 8;
const MAX_BYTES = 15 * 1024 * 1024;
const MiB = 1024 * 1024;

// ---------------------------------------------------------------- the publisher (child process)

const WORDS =
  'council budget vote harbour bridge storm minister plan river school market court report talks city energy rail'.split(
    ' ',
  );

/** Varied summary text (deterministic), so compression on the wire is realistic rather than trivial. */
function words(seed: number, n: number): string {
  let x = (seed * 2654435761) % 4294967296;
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[x % WORDS.length] as string);
  }
  return out.join(' ');
}

function feedXml(i: number): string {
  const items = Array.from({ length: M }, (_, j) => {
    const date = new Date(Date.UTC(2024, 11, 1, 0, j)).toUTCString();
    return (
      `<item><title>Feed ${i} story ${j}: council \u201Cweighs\u201D plan</title><link>https://pub${i}.example/s/${j}</link>` +
      `<guid isPermaLink="false">pub${i}-${j}</guid><pubDate>${date}</pubDate>` +
      `<description>&lt;p&gt;${words(i * 1000 + j, 60)}.&lt;/p&gt;</description></item>`
    );
  }).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Publisher ${i}</title>${items}</channel></rss>`;
}

function zeros(total: number): Readable {
  const chunk = Buffer.alloc(64 * 1024);
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

async function serve(): Promise<void> {
  const lastModified = new Date(Date.UTC(2024, 11, 3, 12)).toUTCString();
  const feeds = Array.from({ length: N }, (_, i) => {
    const body = Buffer.from(feedXml(i));
    return { body, gz: gzipSync(body), etag: `"${createHash('sha1').update(body).digest('hex')}"` };
  });
  const stats = { requests: 0, wireBytes: 0, notModified: 0 };
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/stats') return void res.end(JSON.stringify(stats));
    if (path === '/stats/reset') {
      Object.assign(stats, { requests: 0, wireBytes: 0, notModified: 0 });
      return void res.end('{}');
    }
    stats.requests++;
    if (path === '/bomb') {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
      return void pipeline(zeros(1100 * MiB), createGzip({ level: 9 }), res, () => undefined);
    }
    if (path === '/big') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return void pipeline(zeros(40 * MiB), res, () => undefined);
    }
    const m = /^\/feeds\/(\d+)\.xml$/.exec(path);
    const feed = m ? feeds[Number(m[1])] : undefined;
    if (!feed) return void res.writeHead(404).end();
    if (req.headers['if-none-match'] === feed.etag || req.headers['if-modified-since'] === lastModified) {
      stats.notModified++;
      return void res.writeHead(304, { etag: feed.etag }).end();
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? feed.gz : feed.body;
    stats.wireBytes += body.length;
    res.writeHead(200, {
      'content-type': 'application/rss+xml; charset=utf-8',
      etag: feed.etag,
      'last-modified': lastModified,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.send?.({ port: (server.address() as AddressInfo).port });
  process.on('disconnect', () => process.exit(0));
}

// ---------------------------------------------------------------- the poller (this process)

interface Validators {
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
}

interface Round {
  requests: number;
  notModified: number;
  bodyBytes: number;
  wireBytes: number;
  items: number;
  ms: number;
}

async function inParallel<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const out: T[] = new Array<T>(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        out[i] = await (tasks[i] as () => Promise<T>)();
      }
    }),
  );
  return out;
}

async function serverStats(
  origin: string,
  reset = false,
): Promise<{ requests: number; wireBytes: number; notModified: number }> {
  const res = await httpRequest(`${origin}/stats${reset ? '/reset' : ''}`, { allowPrivateNetworks: true });
  return JSON.parse(res.body.toString()) as { requests: number; wireBytes: number; notModified: number };
}

async function pollRound(origin: string, stored: Map<number, Validators>, useValidators: boolean): Promise<Round> {
  await serverStats(origin, true);
  const started = performance.now();
  const results = await inParallel(
    Array.from({ length: N }, (_, i) => async () => {
      const v = useValidators ? stored.get(i) : undefined;
      const doc = await fetchDocument(`${origin}/feeds/${i}.xml`, {
        kind: 'feed',
        allowPrivateNetworks: true,
        maxBytes: MAX_BYTES,
        etag: v?.etag ?? null,
        lastModified: v?.lastModified ?? null,
      });
      if (doc.notModified) return { notModified: 1, bodyBytes: 0, items: 0 };
      if (useValidators && v?.bodyHash === doc.bodyHash)
        return { notModified: 0, bodyBytes: doc.body.length, items: 0 };
      const feed = await parseFeed(doc.text, doc.url);
      stored.set(i, { etag: doc.etag, lastModified: doc.lastModified, bodyHash: doc.bodyHash ?? null });
      return { notModified: 0, bodyBytes: doc.body.length, items: feed.items.length };
    }),
    PARALLEL,
  );
  const ms = performance.now() - started;
  const server = await serverStats(origin);
  return {
    requests: server.requests,
    notModified: results.reduce((s, r) => s + r.notModified, 0),
    bodyBytes: results.reduce((s, r) => s + r.bodyBytes, 0),
    wireBytes: server.wireBytes,
    items: results.reduce((s, r) => s + r.items, 0),
    ms,
  };
}

const gc = (globalThis as { gc?: () => void }).gc;

function idleRss(): number {
  gc?.();
  return process.memoryUsage().rss;
}

async function peakRss(fn: () => Promise<unknown>): Promise<{ peak: number; outcome: string }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  let outcome: string;
  try {
    await fn();
    outcome = 'read whole';
  } catch (err) {
    outcome = err instanceof FetchError ? `refused: ${err.code}` : `failed: ${(err as Error).message}`;
  } finally {
    clearInterval(timer);
  }
  return { peak: Math.max(peak, process.memoryUsage().rss), outcome };
}

const mb = (n: number) => `${(n / MiB).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), ['serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve) => child.once('message', (m: { port: number }) => resolve(m.port)));
  const origin = `http://127.0.0.1:${port}`;
  try {
    console.log(
      `bench:fetch  ${N} feeds x ${M} items on ${origin}, ${PARALLEL} polls in parallel${gc ? '' : ' (no --expose-gc)'}\n`,
    );

    const stored = new Map<number, Validators>();
    const first = await pollRound(origin, stored, true);
    const second = await pollRound(origin, stored, true);
    const naive = await pollRound(origin, new Map(), false);

    const row = (name: string, r: Round) =>
      `${name.padEnd(30)} ${String(r.requests).padStart(8)} ${String(r.notModified).padStart(6)} ${kb(r.wireBytes).padStart(11)} ${kb(r.bodyBytes).padStart(11)} ${String(r.items).padStart(7)} ${r.ms.toFixed(0).padStart(6)} ms`;
    console.log(
      `${'polling'.padEnd(30)} ${'requests'.padStart(8)} ${'304s'.padStart(6)} ${'wire'.padStart(11)} ${'body read'.padStart(11)} ${'items'.padStart(7)} ${'time'.padStart(9)}`,
    );
    console.log(row('round 1 (cold)', first));
    console.log(row('round 2 (stored validators)', second));
    console.log(row('baseline: round 2 without', naive));
    const share = second.notModified / second.requests;
    console.log(
      `\nsecond-round polls answered 304: ${second.notModified}/${second.requests} = ${(share * 100).toFixed(0)}% (target 100%) ${share === 1 ? 'OK' : 'MISSED'}`,
    );
    console.log(
      `bytes on the wire, round 2 vs baseline: ${kb(second.wireBytes)} vs ${kb(naive.wireBytes)} (x${(second.wireBytes / Math.max(1, naive.wireBytes)).toFixed(3)})`,
    );
    console.log(
      `time,              round 2 vs baseline: ${second.ms.toFixed(0)} ms vs ${naive.ms.toFixed(0)} ms (x${(second.ms / naive.ms).toFixed(2)})`,
    );
    console.log(
      `body bytes read,   round 2 vs baseline: ${kb(second.bodyBytes)} vs ${kb(naive.bodyBytes)} (x${(second.bodyBytes / Math.max(1, naive.bodyBytes)).toFixed(3)})`,
    );

    const idle = idleRss();
    const bomb = await peakRss(() =>
      fetchDocument(`${origin}/bomb`, { kind: 'feed', allowPrivateNetworks: true, maxBytes: MAX_BYTES }),
    );
    const idle2 = idleRss();
    const big = await peakRss(() =>
      fetchDocument(`${origin}/big`, { kind: 'feed', allowPrivateNetworks: true, maxBytes: MAX_BYTES }),
    );
    const idle3 = idleRss();
    const unbounded = await peakRss(async () => (await fetch(`${origin}/big`)).arrayBuffer());

    console.log(`\nmemory (RSS; cap ${mb(MAX_BYTES)} after decompression; target < 200 MB above idle)`);
    const mem = (name: string, base: number, r: { peak: number; outcome: string }) =>
      console.log(
        `${name.padEnd(40)} idle ${mb(base).padStart(9)}  peak ${mb(r.peak).padStart(9)}  +${mb(r.peak - base).padStart(9)}  ${r.outcome}`,
      );
    mem('gzip bomb (1.1 GB inflated)', idle, bomb);
    mem('40 MB feed', idle2, big);
    mem('baseline: fetch().arrayBuffer() 40 MB', idle3, unbounded);
    const worst = Math.max(bomb.peak - idle, big.peak - idle2);
    console.log(
      `worst growth ${mb(worst)} (${worst < 200 * MiB ? 'OK' : 'OVER TARGET'}); x${(worst / Math.max(1, unbounded.peak - idle3)).toFixed(2)} of the unbounded read's growth`,
    );
  } finally {
    child.disconnect();
    child.kill();
  }
}

if (process.argv[2] === 'serve') void serve();
else
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
