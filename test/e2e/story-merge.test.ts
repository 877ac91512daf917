// Late merges through real `deltafeed once` processes and real Redis: two outlets' reports start two stories
// (they share no words), then a third report tells both halves and is near certain of each. The older story
// survives and lists every article; the absorbed one answers with mergedInto; the stories feed keeps one
// entry; a topic that already announced the absorbed story does not announce it again; the merge is explained.
// A model file (DELTAFEED_STORY_MODEL) with cosine alone makes the decisions predictable: join from cosine
// 0.27, merge from 0.46 (probability 0.95 of the pair model).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testRedis, type TestRedis } from '../helpers/redis.js';
import { runCli } from '../helpers/cli.js';
import { servePipelineApi, type PipelineApi } from '../helpers/pipeline-api.js';
import { writeCosineModel } from '../helpers/cosine-model.js';

const HARBOUR = `harbour bridge cables snapped morning ferries diverted engineers inspected rusted girders
  pontoon barges towed wreckage lighthouse keeper photographed crumbling pylons`.split(/\s+/);
const QUARRY = `quarry turbine blades shattered granite workers evacuated foreman reported cracked
  conveyor drills halted excavator dust plume geologist measured tremor`.split(/\s+/);

// Only function words around the content words: the two halves share nothing but what is said of both.
const TEMPLATES = [
  (w: string[]) => `The ${w[0]} and the ${w[1]} were ${w[2]} by the ${w[3]}, and ${w[4]} was ${w[5]}.`,
  (w: string[]) => `Of the ${w[0]}, ${w[1]} and ${w[2]}, it was the ${w[3]} that ${w[4]} their ${w[5]}.`,
  (w: string[]) => `After ${w[0]} ${w[1]}, there were ${w[2]} ${w[3]} with ${w[4]} ${w[5]} again.`,
];

function paragraphs(words: string[], from: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < 6; i++) {
    const w = Array.from({ length: 6 }, (_, j) => words[(i * 6 + j + from) % words.length]!);
    out.push(TEMPLATES[(i + from) % TEMPLATES.length]!(w));
  }
  return out;
}

const interleaved = HARBOUR.flatMap((w, i) => [w, QUARRY[i]!]);
const ARTICLES = {
  harbour: { title: 'Harbour bridge cables snapped', text: paragraphs(HARBOUR, 0), minutes: 180 },
  quarry: { title: 'Quarry turbine blades shattered', text: paragraphs(QUARRY, 0), minutes: 150 },
  both: { title: 'Harbour bridge and quarry turbine', text: paragraphs(interleaved, 1), minutes: 60 },
} as const;
type Name = keyof typeof ARTICLES;

let redis: TestRedis;
let site: Server;
let origin: string;
let served: PipelineApi;
let modelFile: string;
const live = new Set<Name>(['harbour', 'quarry']);

function page(name: Name): string {
  const a = ARTICLES[name];
  return `<!doctype html><html lang="en"><head><title>${a.title}</title></head><body><article><h1>${a.title}</h1>${a.text.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

beforeAll(async () => {
  redis = testRedis('storymerge');
  site = createServer((req, res) => {
    const name = /^\/(\w+)(\.xml)?$/.exec(req.url ?? '');
    const which = name?.[1] as Name | undefined;
    if (!which || !(which in ARTICLES) || !live.has(which))
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('no');
    if (!name![2]) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(which));
    const a = ARTICLES[which];
    const date = new Date(Date.now() - a.minutes * 60_000).toUTCString();
    res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>${which}</title><link>${origin}/</link><description>d</description><item><title>${a.title}</title><link>${origin}/${which}</link><guid>${origin}/${which}</guid><pubDate>${date}</pubDate></item></channel></rss>`,
      );
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  modelFile = writeCosineModel(-4);
  served = await servePipelineApi(
    {
      http: { port: 0, publicUrl: 'http://feeds.test' },
      fetch: { perHostConcurrency: 8, perHostRate: 10_000 },
      sources: (Object.keys(ARTICLES) as Name[]).map((id) => ({
        id,
        url: `${origin}/${id}.xml`,
        every: '10s',
        allowPrivateNetworks: true,
      })),
      topics: [{ id: 'quarries', title: 'Quarries', query: 'quarry AND turbine' }],
      log: { level: 'warn' },
    },
    redis,
  );
}, 60_000);

afterAll(async () => {
  await served?.close();
  await new Promise<void>((r) => site?.close(() => r()));
  await redis?.cleanup();
});

interface ApiStory {
  id: string;
  mergedInto?: string;
  articles: { id: string; source: string }[];
  merges?: { id: string; articleId: string }[];
}

async function json<T>(path: string, status = 200): Promise<T> {
  const res = await fetch(`${served.api}${path}`);
  expect(res.status, path).toBe(status);
  return (await res.json()) as T;
}

async function once(): Promise<void> {
  const r = await runCli(['once', '--config', served.configFile, '--timeout', '100s'], {
    DELTAFEED_LOG_LEVEL: 'error',
    DELTAFEED_STORY_MODEL: modelFile,
  });
  expect(r.code, r.stderr).toBe(0);
}

describe('an article that ties two stories', () => {
  it('merges them into the older one, everywhere the stories show', async () => {
    await once();
    const before = await json<ApiStory[]>('/api/stories');
    expect(before.map((s) => s.articles.map((a) => a.source))).toEqual(
      expect.arrayContaining([['harbour'], ['quarry']]),
    );
    expect(before).toHaveLength(2);
    const older = before.find((s) => s.articles[0]!.source === 'harbour')!;
    const younger = before.find((s) => s.articles[0]!.source === 'quarry')!;
    const updatesBefore = (await json<{ updateCount: number }>('/api/topics/quarries')).updateCount;
    expect(updatesBefore, 'the quarry story was announced for the topic').toBe(1);

    live.add('both');
    await once();
    const after = await json<ApiStory[]>('/api/stories');
    expect(
      after.map((s) => s.id),
      'one entry in the stories list and feed',
    ).toEqual([older.id]);
    const survivor = await json<ApiStory>(`/api/stories/${older.id}`);
    expect(survivor.mergedInto).toBeUndefined();
    expect(survivor.articles.map((a) => a.source).sort()).toEqual(['both', 'harbour', 'quarry']);
    const absorbed = await json<ApiStory>(`/api/stories/${younger.id}`);
    expect(absorbed.mergedInto).toBe(older.id);
    // An article of the absorbed story names the survivor too, though its record was written before the merge.
    const moved = survivor.articles.find((a) => younger.articles.some((b) => b.id === a.id))!;
    expect((await json<{ storyId: string }>(`/api/articles/${moved.id}`)).storyId).toBe(older.id);

    // The explanation: on the story (which story, through which article) and on the article that tied them.
    const tie = survivor.articles.find((a) => a.source === 'both')!;
    expect(survivor.merges).toEqual([expect.objectContaining({ id: younger.id, articleId: tie.id })]);
    const article = await json<{ storyId: string; dedup: Record<string, unknown> }>(`/api/articles/${tie.id}`);
    expect(article.storyId).toBe(older.id);
    expect(article.dedup).toMatchObject({ match: 'story', merged: younger.id });

    const feed = await (await fetch(`${served.api}/feeds/stories.atom`)).text();
    expect(feed).toContain(older.id);
    expect(feed).not.toContain(younger.id);
    // The topic had announced the absorbed story: the article that merged it is no news for the topic.
    expect((await json<{ updateCount: number }>('/api/topics/quarries')).updateCount).toBe(updatesBefore);
    await json(`/api/stories/s-000000000000`, 404);
  }, 240_000);
});
