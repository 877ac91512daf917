// `deltafeed cluster` as a user runs it: --window, --config (its dedup section), and a bad story model file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IDF_PRIOR_DOCS } from '../../src/dedup/story-vector.js';
import { articles } from '../../seeds/corpus/index.js';
import { runCli } from '../helpers/cli.js';
import { bridgeOther, bridgeWire, schoolVote } from './texts.js';

const dir = mkdtempSync(join(tmpdir(), 'deltafeed-cluster-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// One story told twice, two days apart, and an unrelated article.
const input =
  [
    { id: 'wire', ...bridgeWire, published: '2025-03-04T09:00:00Z' },
    { id: 'school', ...schoolVote, published: '2025-03-05T09:00:00Z' },
    { id: 'other', ...bridgeOther, published: '2025-03-06T10:00:00Z' },
  ]
    .map((r) => JSON.stringify(r))
    .join('\n') + '\n';

function stories(stdout: string): Map<string, string> {
  return new Map(
    stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const o = JSON.parse(l) as { id: string; storyId: string };
        return [o.id, o.storyId];
      }),
  );
}

describe('deltafeed cluster', () => {
  it('joins a story across two days by default, and not with a one-hour --window', async () => {
    const wide = await runCli(['cluster'], {}, input);
    expect(wide.code, wide.stderr).toBe(0);
    const w = stories(wide.stdout);
    expect(w.get('other')).toBe(w.get('wire'));
    expect(w.get('school')).not.toBe(w.get('wire'));

    // The reach alone: the long memory past it (dedup.storyMemory) would continue the bridge story by its names.
    const off = join(dir, 'no-memory.yaml');
    writeFileSync(off, 'sources: []\ndedup:\n  storyMemory: 0\n');
    const narrow = await runCli(['cluster', '--config', off, '--window', '1h'], {}, input);
    expect(narrow.code, narrow.stderr).toBe(0);
    const n = stories(narrow.stdout);
    expect(n.get('other')).not.toBe(n.get('wire'));
  });

  it('takes the story window from the dedup section of --config', async () => {
    const file = join(dir, 'narrow.yaml');
    writeFileSync(file, 'sources: []\ndedup:\n  storyWindow: 1h\n  storyMemory: 0\n');
    const r = await runCli(['cluster', '--config', file], {}, input);
    expect(r.code, r.stderr).toBe(0);
    const s = stories(r.stdout);
    expect(s.get('other')).not.toBe(s.get('wire'));
  });

  it('takes the IDF prior from the dedup section of --config: with none, a young stream splits a story', async () => {
    // The demo's stories as text: the ministers' answer to Kyiv's request (published days after it) joins the
    // request's story only when the IDF of a handful of articles is not taken at face value.
    const demo =
      articles
        .map((a) => {
          const v = a.versions[0]!;
          const body = v.body.map((b) => (typeof b === 'string' ? b : b.h));
          return JSON.stringify({
            id: a.id,
            title: v.headline,
            text: [v.standfirst, ...body].join('\n\n'),
            published: a.published,
          });
        })
        .join('\n') + '\n';
    const storiesWith = async (idfPrior: number) => {
      const file = join(dir, `prior-${idfPrior}.yaml`);
      writeFileSync(file, `sources: []\ndedup:\n  idfPrior: ${idfPrior}\n`);
      const r = await runCli(['cluster', '--config', file], {}, demo);
      expect(r.code, r.stderr).toBe(0);
      return stories(r.stdout);
    };
    const none = await storiesWith(0);
    expect(none.get('eo-ministers-sidestep')).not.toBe(none.get('mp-kyiv-letter'));
    const byDefault = stories((await runCli(['cluster'], {}, demo)).stdout);
    expect(byDefault.get('eo-ministers-sidestep')).toBe(byDefault.get('mp-kyiv-letter'));
    expect(await storiesWith(IDF_PRIOR_DOCS)).toEqual(byDefault);
    const bad = join(dir, 'bad-prior.yaml');
    writeFileSync(bad, 'sources: []\ndedup:\n  idfPrior: -1\n');
    const r = await runCli(['cluster', '--config', bad], {}, demo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dedup\.idfPrior/);
  });

  it('refuses a bad --window or config with exit code 2', async () => {
    const r = await runCli(['cluster', '--window', 'soon'], {}, input);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid --window "soon"/);
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'sources: []\ndedup:\n  storyWindow: forever\n');
    const c = await runCli(['cluster', '--config', file], {}, input);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/dedup\.storyWindow/);
  });

  it('stops with the file named when the story model is missing or broken', async () => {
    const missing = join(dir, 'nope.json');
    const a = await runCli(['cluster'], { DELTAFEED_STORY_MODEL: missing }, input);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain(missing);
    expect(a.stderr).toMatch(/cannot be read.*train:stories/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"version": 1, "pair": ');
    const b = await runCli(['cluster'], { DELTAFEED_STORY_MODEL: broken }, input);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain(broken);
    expect(b.stderr).toMatch(/not JSON/);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ version: 1, sigmaDays: 3, pair: { features: ['bias'], weights: [1] } }));
    const c = await runCli(['cluster'], { DELTAFEED_STORY_MODEL: wrong }, input);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/pair\.features/);
  });

  it('exits 2 naming the option when DELTAFEED_STORY_SPLIT is not a rule; a good rule clusters', async () => {
    const bad = await runCli(['cluster'], { DELTAFEED_STORY_SPLIT: 'kmeans,ratio=high' }, input);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/DELTAFEED_STORY_SPLIT: bad number in "ratio=high"/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const good = await runCli(['cluster'], { DELTAFEED_STORY_SPLIT: 'kmeans,ratio=0.7,online,cap=0.3' }, input);
    expect(good.code).toBe(0);
  });

  it('stops the service at start-up, naming the file, when the story model is missing', async () => {
    const file = join(dir, 'service.yaml');
    writeFileSync(file, `sources: []\nredis: { prefix: test-cluster-cli-${process.pid} }\n`);
    const missing = join(dir, 'gone.json');
    const r = await runCli(['once', '--config', file, '--timeout', '5s'], { DELTAFEED_STORY_MODEL: missing });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(missing);
  });
});
