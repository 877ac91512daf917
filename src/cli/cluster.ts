// `deltafeed cluster [--config FILE] [--window DURATION] < articles.jsonl`: the pipeline's own dedup and story
// logic over a file, on the memory index, for backtesting settings on one's own history and for evaluation.
// --config takes the `dedup` section of a config file (nearDuplicate, storyWindow, idfPrior); --window overrides
// the story window. Articles are processed in `published` order (undated ones last, at the latest time seen);
// answers come out in input order, one `{id, storyId, duplicateOf}` line each.
import { createInterface } from 'node:readline';
import { parseDuration } from '../config/units.js';
import { createDeduper, type DedupDoc, type DeduperOptions } from '../dedup/deduper.js';
import { MemoryDedupIndex } from '../dedup/memory-index.js';
import { loadStoryModel, StoryModelError, type StoryModel } from '../dedup/story-model.js';
import { YOUNG_STORIES_OFF, YOUNG_STORY_BARS, type YoungStoryBars } from '../dedup/young-stories.js';
import { DeltafeedError } from '../errors.js';
import { parseDateText } from '../util/dates.js';
import { ExitError, loadConfigOrExit } from './common.js';
import { splitFinishedStories, type StorySplit } from './cluster-split.js';
import { ClusterGroups, NotedRedirects } from './cluster-groups.js';
import { parseSplitRule, splitRuleFromEnv, type SplitRule } from '../dedup/story-split.js';

export class ClusterInputError extends DeltafeedError {
  constructor(problems: string[]) {
    super('CLUSTER_INPUT_INVALID', `invalid input:\n  ${problems.join('\n  ')}`);
  }
}

export interface ClusterOptions {
  nearDuplicate?: number;
  storyWindowMs?: number;
  storyMemoryMs?: number;
  idfPrior?: number;
  model?: StoryModel;
  youngStories?: YoungStoryBars;
  /** Hindsight splits (issue 16; default: DELTAFEED_STORY_SPLIT when set, else SHIPPED_SPLIT_RULE; null: none). */
  split?: SplitRule | null;
  onSplit?: (s: StorySplit) => void;
}

export interface ClusterAnswer {
  id: string;
  storyId: string;
  duplicateOf: string | null;
}

/**
 * Cluster articles in `published` order (undated ones last, at the latest time seen) on a fresh memory index;
 * answers in input order. `deduper` options other than the index (the training hooks) pass through.
 */
export async function clusterArticles(
  docs: readonly DedupDoc[],
  opts: ClusterOptions & Omit<DeduperOptions, 'now'> = {},
): Promise<ClusterAnswer[]> {
  const timeOf = (d: DedupDoc) => {
    const t = d.published ? parseDateText(d.published) : NaN;
    return Number.isFinite(t) ? t : Infinity;
  };
  const order = docs.map((d, i) => ({ d, i, t: timeOf(d) })).sort((a, b) => a.t - b.t || a.i - b.i);
  let latest = 0;
  // Late merges as in the pipeline; not while fitting with the gold answer forced (nothing to merge there).
  const redirects = opts.choose ? undefined : new NotedRedirects();
  const index = new MemoryDedupIndex();
  const deduper = createDeduper(index, { redirects, ...opts, now: () => latest });
  const answers: ClusterAnswer[] = new Array<ClusterAnswer>(docs.length);
  const split = opts.choose ? null : opts.split === undefined ? splitRuleFromEnv() : opts.split;
  const online = split?.online ? new ClusterGroups(split, index, redirects, opts.idfPrior) : null;
  for (const { d, i, t } of order) {
    if (Number.isFinite(t)) latest = Math.max(latest, t);
    const r = await deduper.assign(d);
    answers[i] = { id: d.id, storyId: r.storyId, duplicateOf: r.duplicateOf };
    await online?.add(d, r.storyId);
  }
  // An article's story is where its story ended up: an early member of a story absorbed later is in the survivor.
  if (redirects) for (const a of answers) a.storyId = redirects.final(a.storyId);
  if (online) {
    const ids = online.storyIds(opts.onSplit);
    for (const a of answers) a.storyId = ids.get(a.id) ?? a.storyId;
  } else if (split) {
    const inOrder = order.map((o) => answers[o.i]!);
    const ids = splitFinishedStories(
      order.map((o) => o.d),
      inOrder.map((a) => a.storyId),
      split,
      opts.idfPrior,
      opts.onSplit,
    );
    inOrder.forEach((a, k) => (a.storyId = ids[k]!));
  }
  return answers;
}

/** A text field as a string: numbers and booleans as written, null or missing as ''; objects are no text. */
function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

/** Parse JSONL articles; every bad line is named (the first 20). */
export async function readArticles(input: NodeJS.ReadableStream): Promise<DedupDoc[]> {
  const docs: DedupDoc[] = [];
  const problems: string[] = [];
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (err) {
      problems.push(`line ${n}: not JSON (${(err as Error).message})`);
      continue;
    }
    if (!o || typeof o !== 'object' || Array.isArray(o)) {
      problems.push(`line ${n}: expected an object`);
      continue;
    }
    const r = o as Record<string, unknown>;
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : '';
    if (!id) {
      problems.push(`line ${n}: "id" must be a non-empty string or number`);
      continue;
    }
    const fields = {
      title: str(r.title),
      text: str(r.text),
      published: str(r.published ?? r.date),
      url: str(r.url),
      source: str(r.source),
    };
    const bad = Object.keys(fields).filter((k) => fields[k as keyof typeof fields] === null);
    if (bad.length) {
      problems.push(`line ${n}: ${bad.map((k) => JSON.stringify(k)).join(', ')} must be a string`);
      continue;
    }
    docs.push({
      id,
      title: fields.title ?? '',
      text: fields.text ?? '',
      published: fields.published || null,
      url: fields.url || undefined,
      source: fields.source || undefined,
    });
  }
  if (problems.length)
    throw new ClusterInputError(
      problems.length > 20 ? [...problems.slice(0, 20), `... and ${problems.length - 20} more`] : problems,
    );
  return docs;
}

function write(output: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    output.write(chunk, (err) => (err ? reject(err) : resolve()));
  });
}

/** Cluster JSONL from `input` onto `output`; returns the process exit code (0 ok, 1 invalid input). */
export async function runClusterCommand(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  opts: ClusterOptions = {},
  errors: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  let docs: DedupDoc[];
  try {
    docs = await readArticles(input);
  } catch (err) {
    if (!(err instanceof ClusterInputError)) throw err;
    errors.write(`deltafeed cluster: ${err.message}\n`);
    return 1;
  }
  const answers = (await clusterArticles(docs, opts)).map((a) => JSON.stringify(a));
  // Written in slices: one string for a hundred thousand lines is fine, but a pipe takes it in pieces anyway.
  for (let i = 0; i < answers.length; i += 1000) await write(output, answers.slice(i, i + 1000).join('\n') + '\n');
  return 0;
}

export async function clusterCommand(values: { config?: string; window?: string }): Promise<number> {
  const opts: ClusterOptions = {};
  if (values.config !== undefined) {
    const { dedup } = loadConfigOrExit(values.config);
    opts.nearDuplicate = dedup.nearDuplicate;
    opts.storyWindowMs = dedup.storyWindow;
    opts.storyMemoryMs = dedup.storyMemory;
    opts.idfPrior = dedup.idfPrior;
    opts.youngStories = dedup.loneStoryWait ? YOUNG_STORY_BARS : YOUNG_STORIES_OFF;
    // The config loader has already put DELTAFEED_STORY_SPLIT, when set, over dedup.split.
    opts.split = parseSplitRule(dedup.split, 'dedup.split');
  }
  if (values.window !== undefined) {
    const ms = parseDuration(values.window);
    if (ms === null || ms <= 0)
      throw new ExitError(
        2,
        `invalid --window ${JSON.stringify(values.window)}: expected a duration like "3d" or "72h"`,
      );
    opts.storyWindowMs = ms;
  }
  try {
    opts.model = loadStoryModel();
  } catch (err) {
    if (err instanceof StoryModelError) throw new ExitError(2, err.message);
    throw err;
  }
  return runClusterCommand(process.stdin, process.stdout, opts);
}
