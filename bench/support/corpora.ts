// The real, labelled corpora of ../shared/data/clusters, for fitting the story model and benchmarking it.
// The Gun Violence Archive / SemEval-2018 Task 5 material is the held-out test of local news: a file that
// looks like it is refused, so that it can never leak into fitting or tuning.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { DedupDoc } from '../../src/dedup/deduper.js';

export interface Corpus {
  name: string;
  file: string;
  sha256: string;
  docs: DedupDoc[];
  gold: string[];
}

export const CLUSTERS_DIR = resolve(process.env.DEDUP_CORPORA ?? '../shared/data/clusters');
const HELD_OUT = /gun|gva|semeval|longtail|lt-?qa/i;

export function isHeldOut(file: string): boolean {
  return HELD_OUT.test(basename(file));
}

/** `heldOutOk`: for scoring only (the benchmark), never for fitting. */
export function readCorpus(file: string, opts: { heldOutOk?: boolean } = {}): Corpus {
  if (isHeldOut(file) && !opts.heldOutOk)
    throw new Error(`${file} looks like the held-out Gun Violence Archive material: never fit or tune on it`);
  const text = readFileSync(file, 'utf8');
  const docs: DedupDoc[] = [];
  const gold: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    const s = (v: unknown) => (typeof v === 'string' ? v : '');
    docs.push({ id: String(r.id), title: s(r.title), text: s(r.text), published: s(r.published ?? r.date) || null });
    gold.push(String(r.cluster));
  }
  return { name: basename(file, '.jsonl'), file, sha256: createHash('sha256').update(text).digest('hex'), docs, gold };
}

/** Every labelled development corpus in `dir` (held-out material left out); empty when the folder is missing. */
export function devCorpora(dir = CLUSTERS_DIR): Corpus[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && !isHeldOut(f))
    .sort()
    .map((f) => readCorpus(join(dir, f)));
}
