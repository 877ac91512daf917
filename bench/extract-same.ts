// node dist/bench/extract-same.js [--build OTHER/dist] [--server] [--limit N] [--out FILE]
//
// Runs a build's extractArticle (this one by default, or OTHER/dist's) in-process over every page of
// ../shared/data/extraction and writes one line per page: the id and the whole result as JSON (text,
// display HTML, metadata, block hashes, or the no-article reason). With --server, the build's
// dist/src/cli/extract-serve-main.js is fed one page at a time instead and its answer lines are written.
// Two builds' files are compared with `cmp` or `diff`: a speed change must leave every line as it was.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = resolve(ROOT, '..', 'shared', 'data', 'extraction');

const { values: opt } = parseArgs({
  options: {
    build: { type: 'string', default: join(ROOT, 'dist') },
    server: { type: 'boolean', default: false },
    limit: { type: 'string' },
    out: { type: 'string', default: 'extract-same.jsonl' },
  },
});

type Extract = ((html: string, url: string, id: string) => Promise<string>) & { close?: () => void };
const extract: Extract = opt.server ? serverExtract() : await inProcessExtract();
const gt = JSON.parse(readFileSync(join(DATA, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
// In the ground truth's order, as eval.mjs takes them (so --limit picks the scorer's pages).
const ids = Object.keys(gt).slice(0, opt.limit ? Number(opt.limit) : undefined);

const lines: string[] = [];
const started = performance.now();
const cpu = process.cpuUsage();
for (const id of ids) {
  const html = gunzipSync(readFileSync(join(DATA, 'html', `${id}.html.gz`))).toString('utf8');
  lines.push(await extract(html, gt[id]?.url ?? '', id));
}
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
extract.close?.();
writeFileSync(opt.out, lines.join('\n') + '\n');
console.log(
  `${ids.length} pages in ${seconds.toFixed(1)} s wall, CPU of this process ${((used.user + used.system) / 1e6).toFixed(1)} s (with gunzip) -> ${opt.out}`,
);

async function inProcessExtract(): Promise<Extract> {
  const mod = (await import(pathToFileURL(join(resolve(opt.build), 'src', 'extract', 'index.js')).href)) as {
    extractArticle: (html: string, url: string) => unknown;
  };
  return (html, url, id) => Promise.resolve(JSON.stringify({ id, result: mod.extractArticle(html, url) }));
}

/** One page at a time through the build's JSON-lines server, as eval.mjs --server feeds it. */
function serverExtract(): Extract {
  const child = spawn(process.execPath, [join(resolve(opt.build), 'src', 'cli', 'extract-serve-main.js')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const ask: Extract = async (html, url, id) => {
    child.stdin.write(`${JSON.stringify({ id, url, html })}\n`);
    const next = await answers.next();
    if (next.done) throw new Error('the server closed its output');
    return next.value;
  };
  ask.close = () => child.stdin.end();
  return ask;
}
