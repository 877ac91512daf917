// The topic backtest replays the real engine: the updates, claims and status it reports are the ones the
// pipeline makes from the same articles, and the CLI over a real Redis reads them without changing a key.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backtestTopic, type BacktestArticle, type BacktestReport } from '../../src/topics/backtest.js';
import { applyArticle, compileTopic, type TopicArticle, type TopicState } from '../../src/topics/engine.js';
import { saveArticle } from '../../src/store/articles.js';
import { storedArticle } from '../helpers/stored-article.js';
import { runCli } from '../helpers/cli.js';
import { REDIS_URL, testRedis } from '../helpers/redis.js';
import {
  INVITED,
  LITTLE_INTEREST,
  NOT_INVITED,
  SIDESTEP,
  THIRD_QUOTE,
  UKRAINE_NATO,
  UNRELATED,
  WIRE_COPY,
} from './fixtures.js';

const topic = compileTopic(UKRAINE_NATO);
const DAY = 86_400_000;
const base = Date.now() - 20 * DAY;
const seq: [TopicArticle, string][] = [
  SIDESTEP,
  WIRE_COPY,
  LITTLE_INTEREST,
  THIRD_QUOTE,
  UNRELATED,
  NOT_INVITED,
  INVITED,
].map((a, i) => [a, new Date(base + i * DAY).toISOString()]);
const stored: BacktestArticle[] = seq.map(([a, at]) => ({
  id: a.id,
  url: a.url,
  source: a.source,
  title: a.title,
  text: a.text,
  storyId: a.storyId,
  duplicateOf: null,
  firstSeen: at,
}));

/** What the topics worker would have stored, article by article. */
function pipeline(): { state: TopicState | null; updates: NonNullable<ReturnType<typeof applyArticle>['update']>[] } {
  let state: TopicState | null = null;
  const updates = [];
  for (const [a, at] of seq) {
    const r = applyArticle(topic, state, { ...a, storyTitle: null }, at);
    state = r.state;
    if (r.update) updates.push(r.update);
  }
  return { state, updates };
}

describe('backtestTopic', () => {
  const r = backtestTopic(topic, [...stored].reverse());
  const real = pipeline();

  it('reports the updates, claims and status the pipeline makes from the same articles', () => {
    expect(r.updates.map((u) => [u.article.id, u.status?.to ?? null, u.added]).reverse()).toEqual(
      real.updates.map((u) => [u.article.id, u.status?.to ?? null, u.added.map((c) => c.text)]),
    );
    expect(r.claims.map((c) => c.text).reverse()).toEqual(real.state?.claims.map((c) => c.text));
    expect(r.status).toEqual(real.state?.status);
    expect(r.status?.id).toBe('invited');
    expect(r.statusChanges.map((c) => [c.from, c.to])).toEqual(
      real.updates.filter((u) => u.status).map((u) => [u.status?.from ?? null, u.status?.to]),
    );
    expect(r.statusChanges.at(-1)?.sentence).toMatch(/formally invited|issued an invitation/i);
  });

  it('lists the matching articles with their sentences and why each counts, newest first', () => {
    expect(r.articles).toEqual({ scanned: 7, duplicates: 0, matched: 6 });
    expect(r.matches.map((m) => m.articleId)).toEqual(['a5', 'a6', 'a4', 'a3', 'a2', 'a1']);
    const first = r.matches.at(-1) as BacktestReport['matches'][number];
    expect(first.terms.length).toBeGreaterThan(0);
    expect(first.sentences[0]).toEqual({
      text: "NATO foreign ministers meeting in Brussels on Tuesday sidestepped Ukraine's request for an invitation to join the alliance.",
      reason: 'query',
    });
    expect(first.sentences.map((s) => s.text)).not.toContain('Snow fell over Brussels for most of the afternoon.');
  });

  it('skips copies as the topics worker does, and cuts long lists with a count', () => {
    const withCopy = stored.map((a) => (a.id === 'a2' ? { ...a, duplicateOf: 'a1' } : a));
    const cut = backtestTopic(topic, withCopy, 2);
    expect(cut.articles.duplicates).toBe(1);
    expect(cut.matches).toHaveLength(2);
    expect(cut.omitted.matches).toBe(3);
  });

  it('a query alone has no status rules and reports no status', () => {
    const q = backtestTopic(
      compileTopic({ id: 'try', title: 'grain', query: 'grain AND export*', statuses: [] }),
      stored,
    );
    expect(q.matches.map((m) => m.articleId)).toEqual(['a7']);
    expect(q.status).toBeNull();
  });
});

describe('deltafeed topics try (real Redis, real CLI; uses dist/)', () => {
  const store = testRedis('topics-try');
  const dir = mkdtempSync(join(tmpdir(), 'deltafeed-try-'));
  const config = join(dir, 'deltafeed.yaml');
  writeFileSync(config, `redis: { url: "${REDIS_URL}" }\ntopics:\n  - ${JSON.stringify(UKRAINE_NATO)}\n`);
  const env = { DELTAFEED_PREFIX: store.prefix };
  afterAll(async () => store.cleanup());

  /** Every key under the prefix with its type and serialized value. */
  async function dump(): Promise<Map<string, string>> {
    const keys = await store.redis.keys(`${store.prefix}*`);
    const out = new Map<string, string>();
    for (const k of keys.sort())
      out.set(k, `${await store.redis.type(k)}:${(await store.redis.dumpBuffer(k))?.toString('hex') ?? ''}`);
    return out;
  }

  it('reports on the stored articles in the window and changes no key', async () => {
    for (const a of stored) {
      await saveArticle(store, storedArticle(a));
    }
    const before = await dump();
    const r = await runCli(
      ['topics', 'try', '--config', config, '--topic', 'ukraine-nato', '--since', '30d', '--json'],
      env,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as BacktestReport;
    expect(out.articles.matched).toBe(6);
    expect(out.status?.id).toBe('invited');
    expect(out.updates.length).toBe(pipeline().updates.length);
    expect(await dump()).toEqual(before);
    // The window counts: articles came on days -20 .. -14, so 18 days back holds the last 4 of them.
    const recent = JSON.parse(
      (await runCli(['topics', 'try', '--config', config, '--topic', 'ukraine-nato', '--since', '18d', '--json'], env))
        .stdout,
    ) as BacktestReport;
    expect(recent.articles.scanned).toBe(4);
    const text = await runCli(['topics', 'try', '--config', config, '--query', 'grain AND export*'], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('1 match');
    expect(text.stdout).toContain('Grain exports rise');
  });

  it.each([
    [['--topic', 'nope'], /unknown topic "nope"; the config has: ukraine-nato/],
    [[], /give --topic ID .* or --query/],
    [['--query', 'a AND ('], /--query: /],
    [['--query', 'x', '--since', 'soon'], /--since: expected a duration/],
  ])('%j is exit 2 with what to do', async (args, message) => {
    const r = await runCli(['topics', 'try', '--config', config, ...args], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
