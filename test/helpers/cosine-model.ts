// A story model that scores a pair on its cosine alone (the shipped file's other parts kept), for end-to-end tests
// whose invented reports must join or part by their words, whatever the shipped weights make of short texts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAIR_FEATURES } from '../../src/dedup/story-score.js';

/** Write the model to a temporary file (for DELTAFEED_STORY_MODEL); `bias` sets how close a pair must be. */
export function writeCosineModel(bias: number): string {
  const shipped = JSON.parse(readFileSync('models/story-weights.json', 'utf8')) as Record<string, unknown>;
  const file = join(mkdtempSync(join(tmpdir(), 'dftest-model-')), 'model.json');
  writeFileSync(
    file,
    JSON.stringify({
      ...shipped,
      pair: {
        features: PAIR_FEATURES,
        weights: PAIR_FEATURES.map((f) => (f === 'bias' ? bias : f === 'cosine' ? 15 : 0)),
      },
      join: { features: ['bias', 'best', 'margin'], weights: [0, 1, 0] },
    }),
  );
  return file;
}
