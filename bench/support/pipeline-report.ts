// What the pipeline benchmark prints: the floor it measures against, each run's rates, latency, processes and
// Redis memory, and the summary across runs. Rates are set against the floor measured in the same process.
import { percentile } from '../../simulation/stage-watch.js';
import type { FloorResult } from './parse-floor.js';
import type { RunResult } from './pipeline-run.js';
import { kb, mb, table } from './report-format.js';

/** The floor, on a sample of the same pages: jsdom parsing alone and the pipeline's cleaner, on 1 and 2 threads. */
export interface Floors {
  parse1: FloorResult;
  parse2: FloorResult;
  clean1: FloorResult & { failed: number };
  clean2: FloorResult;
}

export function printFloors({ parse1, parse2, clean1, clean2 }: Floors): void {
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
}

export function printRun(r: RunResult, floor2: FloorResult, floor1: FloorResult): void {
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

export function printMemory(r: RunResult, detailed: boolean): void {
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

export function printSummary(results: RunResult[], { parse1, parse2, clean2 }: Floors): void {
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
}
