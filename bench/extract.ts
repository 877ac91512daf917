// npm run bench:extract [-- --limit N] [-- --only REGEX] [-- --threads N] [-- --worst N] [-- --leaks false]
//                       [-- --in-flight N] [-- --batch N] [-- --warmup N] [-- --against PATH]
//
// Scores the cleaner on ../shared/data/extraction with ../shared/tools/eval-extraction, next to plain
// Readability on jsdom (the tool's baseline) in the same run. The arms, timed interleaved on the same pages
// (support/extract-timing.ts: batches of --batch pages, every arm on each batch in turn, after --warmup pages):
//   1. plain:      the tool's readability+jsdom, one page at a time, in-process;
//   2. ours:       `node dist/src/cli/extract-serve-main.js`, one page at a time as the tool's --server mode
//                  feeds it (quality, and single-page latency including the JSON-lines transfer);
//   3. pipelined:  the same server fed with several pages in flight, as the pipeline feeds it, so both
//                  cores work: the throughput the extract stage gets;
//   4. --against PATH: another build's extract-serve-main.js one page at a time (an A/B of two builds).
// The texts of 1 and 2 are scored by the tool (--predictions). Figures: F1 / precision / recall (the tool's
// metric), pages/s, the ratios to plain (of the totals, and the median and quartiles of the per-batch ratios),
// and the rail leaks of both: pages whose text still holds four or more consecutive short, link-only lines
// (src/extract/leaks.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import {
  batchRatios,
  cpuMsPerPage,
  interleave,
  plainArm,
  quantile,
  rate,
  serverArm,
  type ArmTotals,
  type BenchPage,
} from './support/extract-timing.js';
import { leakIsChrome, leaksRail, linkTexts } from '../src/extract/leaks.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TOOL = resolve(ROOT, '..', 'shared', 'tools', 'eval-extraction');
const DATA = resolve(ROOT, '..', 'shared', 'data', 'extraction');
const SERVER = join(ROOT, 'dist', 'src', 'cli', 'extract-serve-main.js');

const USAGE = `usage: npm run bench:extract [-- --limit N] [--only REGEX] [--threads N] [--worst N] [--leaks false]
                             [--in-flight N] [--batch N] [--warmup N] [--against OTHER/dist/src/cli/extract-serve-main.js]`;

// An unknown or malformed flag is answered by the usage line and exit code 2, not a stack trace.
const { values: opt } = (() => {
  try {
    return parseArgs({
      options: {
        limit: { type: 'string' },
        only: { type: 'string' },
        threads: { type: 'string', default: '2' },
        worst: { type: 'string', default: '10' },
        'in-flight': { type: 'string', default: '6' },
        leaks: { type: 'string', default: 'true' },
        batch: { type: 'string', default: '20' },
        warmup: { type: 'string', default: '8' },
        against: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    console.error(`bench:extract: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    process.exit(2);
  }
})();
if (opt.help) {
  console.log(USAGE);
  process.exit(0);
}

interface Summary {
  metrics: { f1: number; precision: number; recall: number; f1_std: number; precision_std: number; recall_std: number };
  timing: { pages_per_s: number; ms_mean: number; ms_median: number; ms_p95: number; wall_s: number } | null;
  n_pages: number;
  empty_predictions: number;
  errors: Record<string, string>;
  pages: { id: string; f1: number; precision: number; recall: number }[];
}

function preflight(): void {
  if (!existsSync(join(TOOL, 'eval.mjs'))) {
    fail(
      `the evaluation tool is missing: expected ${TOOL}/eval.mjs (../shared/tools/eval-extraction next to the repository)`,
    );
  }
  if (!existsSync(join(DATA, 'ground-truth.json')))
    fail(`the evaluation data is missing: expected ${DATA}/ground-truth.json`);
  if (!existsSync(SERVER)) fail(`${SERVER} is missing: run "npm run build" first`);
  if (!existsSync(join(TOOL, 'node_modules'))) {
    process.stderr.write(`installing the evaluation tool's dependencies (npm ci in ${TOOL})\n`);
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: TOOL, stdio: 'inherit' });
    if (r.status !== 0) fail(`npm ci failed in ${TOOL}`);
  }
}

function fail(msg: string): never {
  process.stderr.write(`bench:extract: ${msg}\n`);
  process.exit(1);
}

function selectionArgs(): string[] {
  const a: string[] = [];
  if (opt.limit) a.push('--limit', opt.limit);
  if (opt.only) a.push('--only', opt.only);
  return a;
}

interface Leaks {
  /** Pages whose text holds a run of link-only lines, the links going to other pages of the same site. */
  all: string[];
  /** Of those, the pages whose run is mostly absent from the ground truth: rails, not the article's own lists. */
  chrome: string[];
  /** The same with any link of the page (tables of contents, outside sources and shops too): the older count. */
  anyLink: { all: string[]; chrome: string[] };
}

/** Score saved texts with the tool (its --predictions mode): the tool's metric, its --worst list. */
function scoreTexts(label: string, texts: Map<string, string>, extra: string[]): Summary & { leaks: Leaks | null } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-extract-'));
  const out = join(dir, 'summary.json');
  const saved = join(dir, 'predictions.json');
  const output = Object.fromEntries([...texts].map(([id, articleBody]) => [id, { articleBody }]));
  writeFileSync(saved, JSON.stringify({ version: label, output }));
  process.stderr.write(`\n== ${label}: node eval.mjs --predictions ${saved} ${extra.join(' ')}\n`);
  const r = spawnSync(
    process.execPath,
    [
      'eval.mjs',
      '--data',
      DATA,
      '--predictions',
      saved,
      '--label',
      label,
      '--json',
      out,
      '--quiet',
      '--n-bootstrap',
      '200',
      ...selectionArgs(),
      ...extra,
    ],
    {
      cwd: TOOL,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (r.status !== 0) fail(`eval.mjs failed for ${label} (exit ${r.status})`);
  const summary = JSON.parse(readFileSync(out, 'utf8')) as Summary;
  return { ...summary, leaks: opt.leaks === 'false' ? null : leakingPages(saved) };
}

/** Ids of the saved predictions whose text still holds a rail (judged against the page's own links). */
function leakingPages(savedFile: string): Leaks {
  const saved = JSON.parse(readFileSync(savedFile, 'utf8')) as { output: Record<string, { articleBody?: string }> };
  const gt = JSON.parse(readFileSync(join(DATA, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string } | string
  >;
  const out: Leaks = { all: [], chrome: [], anyLink: { all: [], chrome: [] } };
  for (const [id, p] of Object.entries(saved.output)) {
    const text = p.articleBody ?? '';
    if (!text) continue;
    const html = pageHtml(id);
    const ref = gt[id];
    const reference = typeof ref === 'string' ? ref : (ref?.articleBody ?? '');
    const url = typeof ref === 'string' ? undefined : ref?.url;
    for (const [links, into] of [
      [linkTexts(html, url), out],
      [linkTexts(html), out.anyLink],
    ] as const) {
      if (!leaksRail(text, html, links)) continue;
      into.all.push(id);
      if (leakIsChrome(text, html, reference, links)) into.chrome.push(id);
    }
  }
  for (const l of [out, out.anyLink]) {
    l.all.sort();
    l.chrome.sort();
  }
  return out;
}

function pageHtml(id: string): string {
  return gunzipSync(readFileSync(join(DATA, 'html', `${id}.html.gz`))).toString('utf8');
}

interface GroundTruth {
  [id: string]: { url?: string };
}

/** The selected pages, as eval.mjs selects them and with the address it gives (the tool's fake one when none). */
function benchPages(): BenchPage[] {
  const gt = JSON.parse(readFileSync(join(DATA, 'ground-truth.json'), 'utf8')) as GroundTruth;
  let ids = Object.keys(gt);
  if (opt.only) {
    const re = new RegExp(opt.only);
    ids = ids.filter((id) => re.test(id));
  }
  if (opt.limit) ids = ids.slice(0, Number(opt.limit));
  return ids.map((id) => ({ id, url: gt[id]?.url || 'https://fake-url.com', html: pageHtml(id) }));
}

const f3 = (x: number): string => x.toFixed(3);
const f1 = (x: number): string => x.toFixed(1);

async function main(): Promise<void> {
  preflight();
  const threads = Number(opt.threads);
  const pages = benchPages();
  const arms = [
    await plainArm(TOOL),
    await serverArm('deltafeed', SERVER, threads, 1),
    await serverArm('pipelined', SERVER, threads, Number(opt['in-flight'])),
  ];
  if (opt.against) arms.push(await serverArm('against', resolve(opt.against), threads, 1));
  const batchSize = Math.max(1, Number(opt.batch));
  process.stderr.write(
    `\n== timing ${pages.length} pages interleaved in batches of ${batchSize} (${arms.map((a) => a.name).join(', ')}; ` +
      `pipelined: ${opt['in-flight']} pages in flight, ${threads} threads; first ${opt.warmup} pages warm-up)\n`,
  );
  const [plainT, oursT, pipeT, againstT] = await interleave(arms, pages, {
    batchSize,
    warmup: Number(opt.warmup),
    progress: (done, of) => {
      if (done % 100 < batchSize || done === of) process.stderr.write(`  ${done}/${of}\n`);
    },
  });
  for (const arm of arms) await arm.close();
  if (!plainT || !oursT || !pipeT) fail('an arm gave no timings');
  const differing = [...oursT.texts].filter(([id, t]) => pipeT.texts.get(id) !== t).map(([id]) => id);
  if (differing.length) process.stderr.write(`pipelined texts differ from one-at-a-time on: ${differing.join(', ')}\n`);
  if (againstT) {
    const changed = [...oursT.texts].filter(([id, t]) => againstT.texts.get(id) !== t).map(([id]) => id);
    console.log(
      `texts that differ from --against: ${changed.length}${changed.length ? ` (${changed.join(', ')})` : ''}`,
    );
  }

  const plain = scoreTexts('plain readability+jsdom', plainT.texts, []);
  const ours = scoreTexts('deltafeed', oursT.texts, ['--worst', opt.worst ?? '10']);

  const pm = (m: Summary['metrics'], k: 'f1' | 'precision' | 'recall'): string => `${f3(m[k])} ± ${f3(m[`${k}_std`])}`;
  const row = (name: string, s: Summary): string =>
    `  ${name.padEnd(30)} ${pm(s.metrics, 'f1')}   ${pm(s.metrics, 'precision')}   ${pm(s.metrics, 'recall')}   ${s.empty_predictions}`;
  const plainRate = rate(plainT);
  const oursRate = rate(oursT);
  console.log('');
  console.log(`extraction benchmark: ${ours.n_pages} pages of ${DATA}`);
  console.log(
    `  ${'extractor'.padEnd(30)} ${'F1'.padEnd(13)}   ${'precision'.padEnd(13)}   ${'recall'.padEnd(13)}   empty`,
  );
  console.log(row('plain readability+jsdom', plain));
  console.log(row('deltafeed', ours));
  console.log(
    `  difference (deltafeed - plain)  F1 ${sign(ours.metrics.f1 - plain.metrics.f1)}   precision ${sign(ours.metrics.precision - plain.metrics.precision)}   recall ${sign(ours.metrics.recall - plain.metrics.recall)}`,
  );
  console.log(
    `throughput (pages/s, same pages, same run; interleaved in ${plainT.batchSeconds.length} batches of ${batchSize}, ` +
      `${opt.warmup} warm-up pages untimed; "per batch": median [quartiles] of the per-batch ratios):`,
  );
  console.log(
    `  plain readability+jsdom, one page at a time, in-process:   ${f1(plainRate)}  (median ${f1(medianMs(plainT))} ms/page)`,
  );
  console.log(
    `  deltafeed --server, one page at a time:                    ${f1(oursRate)}  (median ${f1(medianMs(oursT))} ms/page)  = ${f1(oursRate / plainRate)}x plain  ${perBatch(oursT, plainT)}`,
  );
  console.log(
    `  deltafeed --server, pipelined on ${threads} threads:             ${f1(rate(pipeT))}  (${pipeT.pages} pages in ${f1(pipeT.pages / rate(pipeT))} s)  = ${f1(rate(pipeT) / plainRate)}x plain  ${perBatch(pipeT, plainT)}`,
  );
  if (againstT) {
    console.log(
      `  --against ${opt.against}, one page at a time: ${f1(rate(againstT))}  (median ${f1(medianMs(againstT))} ms/page)  = ${f1(rate(againstT) / plainRate)}x plain  ${perBatch(againstT, plainT)}`,
    );
    const ab = batchRatios(oursT, againstT);
    const abCpu = batchRatios(oursT, againstT, 'cpu');
    console.log(
      `  deltafeed / --against: ${f3(oursRate / rate(againstT))}  (per batch ${f3(ab.median)} [${f3(ab.q1)}-${f3(ab.q3)}]); ` +
        `in CPU time ${f3(cpuMsPerPage(againstT) / cpuMsPerPage(oursT))}  (per batch ${f3(abCpu.median)} [${f3(abCpu.q1)}-${f3(abCpu.q3)}])`,
    );
  }
  // CPU time moves much less with the machine's load than wall time: the steadier figure on a shared machine.
  const cpuLine = (name: string, t: ArmTotals): string => {
    const r = batchRatios(t, plainT, 'cpu');
    return `  ${name.padEnd(57)} ${f1(cpuMsPerPage(t))} ms/page = ${f1(cpuMsPerPage(plainT) / cpuMsPerPage(t))}x plain  (per batch ${f1(r.median)}x [${f1(r.q1)}-${f1(r.q3)}])`;
  };
  console.log('CPU time per page (the extracting process, all its threads; same batches):');
  console.log(`  ${'plain readability+jsdom, in-process:'.padEnd(57)} ${f1(cpuMsPerPage(plainT))} ms/page`);
  console.log(cpuLine('deltafeed --server (main and cleaning threads), one at a time:', oursT));
  if (againstT) console.log(cpuLine('--against, one at a time:', againstT));
  if (plain.leaks && ours.leaks) {
    const l = (x: Leaks): string =>
      `${x.all.length}, chrome ${x.chrome.length}   (any link: ${x.anyLink.all.length}, chrome ${x.anyLink.chrome.length})`;
    console.log(
      `rail leaks (pages whose text holds >= 4 consecutive short lines that are links to other pages of the site, of ${ours.n_pages}; "chrome": lines mostly not in the ground truth; "any link": counting in-page and outside links too):`,
    );
    console.log(`  plain readability+jsdom: ${l(plain.leaks)}`);
    console.log(`  deltafeed:               ${l(ours.leaks)}`);
    if (ours.leaks.chrome.length) console.log(`  deltafeed chrome: ${ours.leaks.chrome.join(', ')}`);
    const counted = new Set(ours.leaks.all);
    const onlyAny = ours.leaks.anyLink.all.filter((id) => !counted.has(id));
    const onlyAnyChrome = ours.leaks.anyLink.chrome.filter((id) => !counted.has(id));
    console.log(
      `  deltafeed, counted only with any link: ${onlyAny.length}, of which chrome ${onlyAnyChrome.length}${onlyAnyChrome.length ? ` (${onlyAnyChrome.join(', ')})` : ''}`,
    );
  }
  if (oursT.errors.size) console.log(`deltafeed answered "no article" for: ${[...oursT.errors.keys()].join(', ')}`);
}

function medianMs(t: ArmTotals): number {
  return quantile(
    [...t.pageMs].sort((a, b) => a - b),
    0.5,
  );
}

function perBatch(fast: ArmTotals, slow: ArmTotals): string {
  const r = batchRatios(fast, slow);
  return `(per batch ${f1(r.median)}x [${f1(r.q1)}-${f1(r.q3)}])`;
}

function sign(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;
}

await main();
