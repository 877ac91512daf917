// The fitted story model: weights of the pair model ("how likely is this article part of this story") and of
// the join model ("join the best story or start a new one", from the best score and its margin over the
// runner-up). Fitted by `npm run train:stories` (scripts/train-stories.ts) and checked in as
// models/story-weights.json, with the corpora and the commit it was fitted on. DELTAFEED_STORY_MODEL names
// another file. A missing or broken file stops start-up: guessing weights would cluster silently wrong.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DeltafeedError } from '../errors.js';
import { JOIN_FEATURES, PAIR_FEATURES } from './story-score.js';
import { STORY_PARAMS } from './story-vector.js';

export class StoryModelError extends DeltafeedError {
  constructor(file: string, problem: string) {
    super(
      'STORY_MODEL_INVALID',
      `story model ${file}: ${problem}; run "npm run train:stories" to write it, or set DELTAFEED_STORY_MODEL to a valid file`,
    );
  }
}

const linear = (names: readonly string[]) =>
  z.object({
    features: z.array(z.string()).refine((f) => f.length === names.length && f.every((n, i) => n === names[i]), {
      message: `features must be exactly [${names.join(', ')}] (a model fitted for another version)`,
    }),
    weights: z.array(z.number().finite()).length(names.length),
  });

const modelSchema = z.object({
  version: z.literal(1),
  sigmaDays: z.number().positive().finite(),
  pair: linear(PAIR_FEATURES),
  join: linear(JOIN_FEATURES),
  /**
   * Detail terms (details.ts: days and numbers of the prose) and how many of an article's strongest terms are
   * compared with a story: part of the model, since its weights were fitted on the terms these give. Files
   * without it are fitted on the terms of before (no detail terms, 48).
   */
  details: z
    .object({ terms: z.boolean(), scoringTerms: z.number().int().min(STORY_PARAMS.vectorTerms).max(256) })
    .default({ terms: false, scoringTerms: STORY_PARAMS.vectorTerms }),
  trainedOn: z.array(z.object({ corpus: z.string(), articles: z.number(), sha256: z.string() })),
  commit: z.string(),
  createdAt: z.string(),
});

export type StoryModel = z.infer<typeof modelSchema>;

/** The repository's root: the nearest folder above this module with a package.json (src/ and dist/src/ alike). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return dir;
}

export function defaultModelFile(): string {
  return resolve(process.env.DELTAFEED_STORY_MODEL || join(packageRoot(), 'models', 'story-weights.json'));
}

export function parseStoryModel(text: string, file: string): StoryModel {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new StoryModelError(file, `not JSON (${(err as Error).message})`);
  }
  const r = modelSchema.safeParse(json);
  if (!r.success)
    throw new StoryModelError(
      file,
      r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '),
    );
  return r.data;
}

const cache = new Map<string, StoryModel>();

/** The model in `file` (default: defaultModelFile()), read once per process. */
export function loadStoryModel(file = defaultModelFile()): StoryModel {
  let m = cache.get(file);
  if (m) return m;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new StoryModelError(
      file,
      `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  m = parseStoryModel(text, file);
  cache.set(file, m);
  return m;
}
