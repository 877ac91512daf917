// npm run train:stories — fit the story model on the development corpora (../shared/data/clusters, or
// DEDUP_CORPORA) and write models/story-weights.json (or the file given as the first argument), recording the
// corpora and the git commit it came from. See bench/support/story-fit.ts for how.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CLUSTERS_DIR, devCorpora } from '../bench/support/corpora.js';
import { detailSetting, fitStoryModel } from '../bench/support/story-fit.js';
import { PAIR_FEATURES } from '../src/dedup/story-score.js';
import { parseStoryModel, type StoryModel } from '../src/dedup/story-model.js';

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    return dirty ? `${head}+uncommitted` : head;
  } catch {
    return 'unknown';
  }
}

const out = resolve(process.argv[2] ?? 'models/story-weights.json');
const corpora = devCorpora();
if (!corpora.length) {
  console.error(
    `train:stories: no labelled corpora in ${CLUSTERS_DIR} (set DEDUP_CORPORA to a folder of JSONL files with a "cluster" field)`,
  );
  process.exit(1);
}
console.log(`fitting on ${corpora.map((c) => `${c.name} (${c.docs.length})`).join(', ')}`);
// The file being replaced, when it is a model for these features: its detail setting, and with STORY_FIT_WARM=1
// a warm start (the fit otherwise starts from the cosine-only anchor, see bench/support/story-fit.ts).
let previous: StoryModel | undefined;
try {
  previous = parseStoryModel(readFileSync(out, 'utf8'), out);
} catch {
  previous = undefined;
}
const warm = process.env.STORY_FIT_WARM === '1' ? previous : undefined;
// STORY_FIT_STEPS=0.5,0.25: only the finer steps of the search (a refit from a warm start).
const steps = process.env.STORY_FIT_STEPS?.split(',').map(Number);
// The detail terms of the file replaced, unless STORY_DETAILS says otherwise (see detailSetting).
const details = detailSetting(previous?.details);
console.log(`detail terms ${details.terms ? 'on' : 'off'}, ${details.scoringTerms} scoring terms`);
const model = await fitStoryModel(corpora, gitCommit(), (s) => console.log(s), { warm, steps, details });
writeFileSync(out, JSON.stringify(model, null, 2) + '\n');
console.log(`pair weights: ${PAIR_FEATURES.map((f, i) => `${f} ${model.pair.weights[i]!.toFixed(3)}`).join(', ')}`);
console.log(`join weights: ${model.join.weights.map((w) => w.toFixed(3)).join(', ')}`);
console.log(`wrote ${out}`);
