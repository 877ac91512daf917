// npm run bench:topics-try: how long does `deltafeed topics try` take on 10,000 stored articles? (target: 2 s)
//
// Seeds 10,000 synthetic articles (readable made-up prose from bench/support, 4-9 paragraphs, an HTML copy of
// each as the pipeline stores it; 15% of the events concern the benchmark topic) into Redis under a fresh
// prefix, then times, 5 runs each, median and worst:
//   1. the whole command as a user runs it (node start, config, Redis read, replay, JSON out);
//   2. in-process: reading the 10,000 articles from Redis, and the replay of the topic engine over them.
// The seeded keys are deleted at the end. Redis: REDIS_URL, else redis://127.0.0.1:6379.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { saveArticle, forEachArticleSince } from '../src/store/articles.js';
import { backtestTopic, toBacktestArticle, type BacktestArticle } from '../src/topics/backtest.js';
import { compileTopic } from '../src/topics/engine.js';
import type { ArticleRecord } from '../src/model.js';
import { articleText, eventEntities, TOPIC } from '../simulation/article-text.js';
import { deleteMatching } from '../simulation/redis-keys.js';

const N = Number(process.env.ARTICLES ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 5);
const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `dfbench-try-${process.pid}`;
const redis = new Redis(url, { maxRetriesPerRequest: null });
const ctx = { redis, prefix };
const statuses = [
  { id: 'lifted', label: 'Lifted', when: 'lifted OR ended' },
  { id: 'extended', label: 'Extended', when: 'extend* OR renew*' },
];

async function seed(): Promise<void> {
  const now = Date.now();
  for (let i = 0; i < N; i++) {
    const e = eventEntities(7, Math.floor(i / 3), 0.15);
    const t = articleText(i * 7919 + 1, e, { paragraphs: [4, 9] });
    const text = t.paragraphs.join('\n\n');
    const at = new Date(now - (N - i) * 60_000).toISOString();
    const rec: ArticleRecord = {
      id: `b${i}`,
      url: `https://bench.example.com/${i}`,
      canonicalUrl: `https://bench.example.com/${i}`,
      urls: [`https://bench.example.com/${i}`],
      source: `outlet-${i % 40}`,
      title: t.title,
      byline: t.byline,
      published: at,
      modified: null,
      lang: 'en',
      image: null,
      text,
      html: t.paragraphs.map((p) => `<p>${p}</p>`).join(''),
      fingerprint: `f${i}`,
      storyId: `s${Math.floor(i / 3)}`,
      duplicateOf: null,
      dedupWhy: null,
      revisions: 0,
      firstSeen: at,
      updatedAt: at,
    };
    await saveArticle(ctx, rec);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms, worst ${Math.max(...xs).toFixed(0)} ms`;

async function main(): Promise<void> {
  const t0 = performance.now();
  await seed();
  process.stdout.write(
    `seeded ${N} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s (prefix ${prefix})\n`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'deltafeed-bench-try-'));
  const config = join(dir, 'deltafeed.yaml');
  writeFileSync(
    config,
    `redis: { url: "${url}", prefix: "${prefix}" }\ntopics:\n  - ${JSON.stringify({ ...TOPIC, statuses })}\n`,
  );

  const command: number[] = [];
  let matched = 0;
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    const out = spawnSync(
      process.execPath,
      ['dist/src/cli.js', 'topics', 'try', '--config', config, '--topic', TOPIC.id, '--since', '30d', '--json'],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    command.push(performance.now() - start);
    if (out.status !== 0) throw new Error(`topics try failed: ${out.stderr}`);
    matched = (JSON.parse(out.stdout) as { articles: { matched: number } }).articles.matched;
  }
  const read: number[] = [];
  const replay: number[] = [];
  // CPU time besides wall time: on a shared machine the wall time also counts other processes' turns.
  const replayCpu: number[] = [];
  const topic = compileTopic({ ...TOPIC, statuses });
  let updates = 0;
  for (let r = 0; r < RUNS; r++) {
    const articles: BacktestArticle[] = [];
    let start = performance.now();
    await forEachArticleSince(ctx, Date.now() - 30 * 86_400_000, 200_000, (a) => articles.push(toBacktestArticle(a)));
    read.push(performance.now() - start);
    start = performance.now();
    const cpu = process.cpuUsage();
    updates = backtestTopic(topic, articles).updates.length;
    replay.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    replayCpu.push((used.user + used.system) / 1000);
  }
  process.stdout.write(
    `${N} stored articles, ${matched} match the topic, ${updates} updates would have been announced\n`,
  );
  process.stdout.write(
    `whole command (npx deltafeed topics try --json), ${RUNS} runs: ${fmt(command)}  [target < 2000 ms]\n`,
  );
  process.stdout.write(
    `  in-process: read from Redis ${fmt(read)}; replay ${fmt(replay)} (CPU time: ${fmt(replayCpu)})\n`,
  );
}

main()
  .catch((err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await deleteMatching(redis, `${prefix}:*`);
    redis.disconnect();
  });
