// node dist/bench/extract-meta.js [--half A|B|all] [--from FILE.jsonl] [--fails N] [--spot N] [--out FILE]
//
// The metadata the cleaner reports, scored on ../shared/data/extraction (the WCXB pages carry a ground-truth
// `title`; measured here, never copied). The pages are split by the first byte of md5(id): even is half A (where
// failures are traced), odd is half B (checked rarely). `--half` picks what is printed (A by default; `all`
// prints A, B and both). Figures:
//   - title: exact match after normalising case, whitespace and quote marks; mean token F1; no title at all;
//   - headline in text: pages whose text opens with the headline (the ground truth's, and our own title):
//     the text starts with it, or its first line is it;
//   - byline, published and canonicalUrl: the share of pages where one is found (no ground truth: coverage, and --spot N
//     prints N of them, picked by a fixed seed, to be checked by eye).
// `--from` reads `node dist/bench/extract-same.js --out FILE` lines instead of running the cleaner; `--out`
// writes one line per page (id, half, our title, the truth, exact, F1, headline in text) for diffs.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../src/extract/index.js';
import { headlineIsFirstLine, headlineOpensText, normTitle, titleF1 } from './support/title-score.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = resolve(ROOT, '..', 'shared', 'data', 'extraction');

const { values: opt } = parseArgs({
  options: {
    half: { type: 'string', default: 'A' },
    from: { type: 'string' },
    fails: { type: 'string', default: '0' },
    spot: { type: 'string', default: '0' },
    out: { type: 'string' },
  },
});
if (!['A', 'B', 'all'].includes(opt.half)) {
  console.error('usage: node dist/bench/extract-meta.js [--half A|B|all] [--from F] [--fails N] [--spot N] [--out F]');
  process.exit(2);
}

interface Truth {
  url?: string;
  title?: string;
}
interface Found {
  title: string | null;
  byline: string | null;
  published: string | null;
  canonicalUrl: string | null;
  text: string;
}
interface PageScore {
  id: string;
  half: 'A' | 'B';
  found: Found | null;
  truth: string | null;
  exact: boolean;
  f1: number;
  /** The ground truth's headline opens the text. */
  inText: boolean;
  /** The ground truth's headline is the text's first line. */
  firstLine: boolean;
  /** Our own title opens the text. */
  ownInText: boolean;
}

const gt = JSON.parse(readFileSync(join(DATA, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
const ids = Object.keys(gt);
const given = opt.from ? readFound(opt.from) : null;

const scores: PageScore[] = ids.map((id) => {
  const found = given ? (given.get(id) ?? null) : run(id);
  const truth = gt[id]?.title?.trim() || null;
  const title = found?.title ?? '';
  return {
    id,
    half: halfOf(id),
    found,
    truth,
    exact: !!truth && normTitle(title) === normTitle(truth),
    f1: truth ? titleF1(title, truth) : 0,
    inText: !!truth && !!found && headlineOpensText(found.text, truth),
    firstLine: !!truth && !!found && headlineIsFirstLine(found.text, truth),
    ownInText: !!found?.title && headlineOpensText(found.text, found.title),
  };
});

const halves: Array<'A' | 'B' | 'all'> = opt.half === 'all' ? ['A', 'B', 'all'] : [opt.half as 'A' | 'B'];
for (const h of halves)
  report(
    h,
    scores.filter((s) => h === 'all' || s.half === h),
  );

const fails = Number(opt.fails);
if (fails > 0) {
  console.log(`\ntitle failures, half A only (F1 ascending), ${fails} of them:`);
  const bad = scores.filter((s) => s.half === 'A' && s.truth && !s.exact).sort((a, b) => a.f1 - b.f1);
  for (const s of bad.slice(0, fails))
    console.log(
      `${s.id}  F1 ${s.f1.toFixed(2)}\n   ours:  ${JSON.stringify(s.found?.title ?? null)}\n   truth: ${JSON.stringify(s.truth)}`,
    );
}

const spot = Number(opt.spot);
if (spot > 0) {
  console.log(`\nbyline and published, ${spot} pages of half A picked by a fixed seed (check by eye):`);
  const pool = scores.filter((s) => s.half === 'A' && s.found);
  const picked = pool
    .map((s) => ({ s, key: createHash('md5').update(`spot:${s.id}`).digest('hex') }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .slice(0, spot);
  for (const { s } of picked) {
    const head = s.found!.text.slice(0, 160).replace(/\s+/g, ' ');
    console.log(
      `${s.id}  byline ${JSON.stringify(s.found!.byline)}  published ${s.found!.published ?? 'null'}\n   ${head}`,
    );
  }
}

if (opt.out) {
  const lines = scores.map((s) =>
    JSON.stringify({
      id: s.id,
      half: s.half,
      title: s.found?.title ?? null,
      truth: s.truth,
      exact: s.exact,
      f1: s.f1,
      inText: s.inText,
    }),
  );
  writeFileSync(opt.out, lines.join('\n') + '\n');
}

function report(name: string, list: PageScore[]): void {
  const titled = list.filter((s) => s.truth);
  const ok = list.filter((s) => s.found);
  const pct = (n: number, of: number) => `${n} / ${of} = ${of ? ((100 * n) / of).toFixed(1) : '0.0'}%`;
  const meanF1 = titled.reduce((a, s) => a + s.f1, 0) / (titled.length || 1);
  console.log(`half ${name} (${list.length} pages, ${titled.length} with a title, ${ok.length} with an article):`);
  console.log(`  title exact (case, space, quotes)  ${pct(titled.filter((s) => s.exact).length, titled.length)}`);
  console.log(`  title token F1, mean               ${meanF1.toFixed(4)}`);
  console.log(
    `  no title                           ${pct(titled.filter((s) => !s.found?.title).length, titled.length)}`,
  );
  console.log(`  headline (truth) opens the text    ${pct(titled.filter((s) => s.inText).length, titled.length)}`);
  console.log(`  headline (truth) is the first line ${pct(titled.filter((s) => s.firstLine).length, titled.length)}`);
  console.log(`  our title opens the text           ${pct(ok.filter((s) => s.ownInText).length, ok.length)}`);
  console.log(`  byline found                       ${pct(ok.filter((s) => s.found!.byline).length, ok.length)}`);
  console.log(`  published found                    ${pct(ok.filter((s) => s.found!.published).length, ok.length)}`);
  console.log(`  canonicalUrl found                 ${pct(ok.filter((s) => s.found!.canonicalUrl).length, ok.length)}`);
}

function halfOf(id: string): 'A' | 'B' {
  return createHash('md5').update(id).digest()[0]! % 2 === 0 ? 'A' : 'B';
}

function run(id: string): Found | null {
  const html = gunzipSync(readFileSync(join(DATA, 'html', `${id}.html.gz`))).toString('utf8');
  const r = extractArticle(html, gt[id]?.url ?? '', { textOnly: true });
  return r.ok ? pick(r.article) : null;
}

function pick(a: Partial<Found>): Found {
  return {
    title: a.title ?? null,
    byline: a.byline ?? null,
    published: a.published ?? null,
    canonicalUrl: a.canonicalUrl ?? null,
    text: a.text ?? '',
  };
}

/** The lines of extract-same.js: {id, result: {ok, article}}. */
function readFound(file: string): Map<string, Found | null> {
  const out = new Map<string, Found | null>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { id, result } = JSON.parse(line) as { id: string; result: { ok: boolean; article?: Found } };
    out.set(id, result.ok && result.article ? pick(result.article) : null);
  }
  return out;
}
