// Part 1 of `npm run bench:dedup`: story clustering on every real corpus of ../shared/data/clusters (or
// DEDUP_CORPORA), one table. Per corpus: deltafeed with the shipped model, plain online TF-IDF at the threshold
// that is best for that corpus (picked in hindsight, so a hard baseline), and deltafeed fitted on the other
// development corpora only (leave-one-corpus-out: what generalizes), and both again on the corpus cut to small
// stories (as local news; development corpora only). Undated corpora (ECB+) run as one day.
// Scores are those of ../shared/tools/eval-clusters.mjs (same formulas, bench/support/cluster-metrics.ts); the
// shipped rows are checked against the tool itself when it is there. A held-out corpus (see corpora.ts) is
// scored, never fitted on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clusterArticles } from '../src/cli/cluster.js';
import { youngStoriesFromEnv } from './support/young-env.js';
import { loadStoryModel, type StoryModel } from '../src/dedup/story-model.js';
import { bcubed, pairwise, type PRF } from './support/cluster-metrics.js';
import { CLUSTERS_DIR, isHeldOut, readCorpus, type Corpus } from './support/corpora.js';
import { smallStories } from './support/small-stories.js';
import { fitStoryModel } from './support/story-fit.js';
import { tfidfClusters } from './support/tfidf.js';
import type { YoungStoryBars } from '../src/dedup/young-stories.js';

const EVAL = resolve(process.env.DEDUP_BENCH_EVAL ?? '../shared/tools/eval-clusters.mjs');
/** The day an undated corpus is run as. */
const ONE_DAY = '2020-01-01T12:00:00.000Z';

interface Row {
  system: string;
  pw: PRF;
  b3: PRF;
}

const f3 = (x: number) => x.toFixed(3);

function score(c: Corpus, got: readonly string[], system: string): Row {
  return { system, pw: pairwise(c.gold, got), b3: bcubed(c.gold, got) };
}

/** Seeds of the small-story rows (bench/support/small-stories.ts), as `story-eval.js small 5`. */
const SMALL_SEEDS = 5;

function meanRow(rows: readonly Row[], system: string): Row {
  const m = (k: 'pw' | 'b3', f: keyof PRF) => rows.reduce((a, r) => a + r[k][f], 0) / rows.length;
  const prf = (k: 'pw' | 'b3') => ({ P: m(k, 'P'), R: m(k, 'R'), F1: m(k, 'F1') });
  return { system, pw: prf('pw'), b3: prf('b3') };
}

/**
 * The corpus cut to small stories (about two articles each, as local news), SMALL_SEEDS times: deltafeed and
 * TF-IDF at `threshold` (the full corpus's best), mean scores.
 */
async function smallRows(c: Corpus, model: StoryModel, young: YoungStoryBars | undefined, threshold: number) {
  const ours: Row[] = [];
  const base: Row[] = [];
  for (let seed = 1; seed <= SMALL_SEEDS; seed++) {
    const cut = smallStories(c, seed);
    const got = await clusterArticles(cut.docs, { model, youngStories: young });
    ours.push(
      score(
        cut,
        got.map((a) => a.storyId),
        '',
      ),
    );
    base.push(score(cut, tfidfClusters(cut.docs, threshold), ''));
  }
  const label = `small stories, mean of ${SMALL_SEEDS} seeds`;
  return [meanRow(ours, `deltafeed, ${label}`), meanRow(base, `online TF-IDF ${threshold.toFixed(2)}, ${label}`)];
}

/** The eval tool's pairwise and B-cubed F1 for these predictions (null when the tool is not there). */
function toolScores(c: Corpus, got: readonly string[], work: string): [number, number] | null {
  if (!existsSync(EVAL)) return null;
  const data = join(work, `${c.name}.jsonl`);
  const pred = join(work, `${c.name}-pred.jsonl`);
  writeFileSync(data, c.docs.map((d, i) => JSON.stringify({ ...d, cluster: c.gold[i] })).join('\n') + '\n');
  writeFileSync(pred, c.docs.map((d, i) => JSON.stringify({ id: d.id, storyId: got[i] })).join('\n') + '\n');
  const r = spawnSync(process.execPath, [EVAL, '--data', data, '--predictions', pred], { encoding: 'utf8' });
  const m = /pairwiseF1=([\d.]+) bcubedF1=([\d.]+)/.exec(r.stdout);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

export async function storyQuality(): Promise<void> {
  console.log('\n== 1. Story clustering on real corpora');
  if (!existsSync(CLUSTERS_DIR)) {
    console.log(`skipped: no corpora folder ${CLUSTERS_DIR} (set DEDUP_CORPORA to a folder of labelled JSONL files)`);
    return;
  }
  const files = readdirSync(CLUSTERS_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const corpora = files.map((f) => {
    const c = readCorpus(join(CLUSTERS_DIR, f), { heldOutOk: true });
    // Undated corpora run as one day: the order is the file's, and time says nothing.
    if (c.docs.every((d) => !d.published)) c.docs = c.docs.map((d) => ({ ...d, published: ONE_DAY }));
    return c;
  });
  const dev = corpora.filter((c) => !isHeldOut(c.file));
  const shipped: StoryModel = loadStoryModel();
  const youngStories = youngStoriesFromEnv();
  const work = mkdtempSync(join(tmpdir(), 'deltafeed-bench-quality-'));
  const lines: string[] = [
    '| corpus | articles / stories | system | pairwise P | R | F1 | B-cubed P | R | F1 |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  const checks: string[] = [];
  try {
    for (const c of corpora) {
      const rows: Row[] = [];
      const ours = (await clusterArticles(c.docs, { model: shipped, youngStories })).map((a) => a.storyId);
      rows.push(score(c, ours, `deltafeed (shipped model${isHeldOut(c.file) ? '' : ', fitted on it too'})`));
      const tool = toolScores(c, ours, work);
      if (tool) {
        const same = Math.abs(tool[0] - rows[0]!.pw.F1) < 6e-4 && Math.abs(tool[1] - rows[0]!.b3.F1) < 6e-4;
        checks.push(
          `${c.name}: eval-clusters.mjs pairwise F1 ${tool[0].toFixed(4)}, B-cubed F1 ${tool[1].toFixed(4)}${same ? ' (same)' : ' (DIFFERENT)'}`,
        );
      }
      const others = dev.filter((o) => o !== c);
      if (others.length && !isHeldOut(c.file)) {
        const loo = await fitStoryModel(others, 'bench', () => {}, { steps: [1, 0.5] });
        const got = (await clusterArticles(c.docs, { model: loo, youngStories })).map((a) => a.storyId);
        rows.push(score(c, got, `deltafeed, left out (fitted on ${others.map((o) => o.name).join(', ')})`));
      }
      let best: Row | null = null;
      let bestT = 0;
      for (let t = 0.1; t <= 0.601; t += 0.05) {
        const r = score(c, tfidfClusters(c.docs, t), '');
        if (!best || r.pw.F1 > best.pw.F1) [best, bestT] = [r, t];
      }
      rows.push({ ...best!, system: `online TF-IDF, best threshold ${bestT.toFixed(2)}` });
      if (!isHeldOut(c.file)) rows.push(...(await smallRows(c, shipped, youngStories, bestT)));
      for (const r of rows) {
        lines.push(
          `| ${c.name}${isHeldOut(c.file) ? ' (held out)' : ''} | ${c.docs.length} / ${new Set(c.gold).size} | ${r.system} | ${f3(r.pw.P)} | ${f3(r.pw.R)} | ${f3(r.pw.F1)} | ${f3(r.b3.P)} | ${f3(r.b3.R)} | ${f3(r.b3.F1)} |`,
        );
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(lines.join('\n'));
  console.log(
    `shipped model: fitted on ${shipped.trainedOn.map((t) => t.corpus).join(', ')} at commit ${shipped.commit}`,
  );
  if (checks.length) console.log(`checked against the tool: ${checks.join('; ')}`);
  else console.log(`not checked against ${EVAL}: not found`);
}
