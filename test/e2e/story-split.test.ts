// Hindsight splits through real `deltafeed once` processes, real BullMQ workers and real Redis: a local publisher
// serves invented reports of two ferry groundings years apart, interleaved so that the deduper puts them in one
// story; with dedup.split on, the story is cut and the public surface shows two stories (splitInto / splitFrom,
// moved articles' storyId, both in the stories feed). The look-alike, six reports of one grounding from the
// rescue to the inquiry, stays one story. A model file with cosine alone (as in story-merge.test.ts) makes the
// deduper's joins predictable (a pair is joined from cosine 0.2: both groundings share the words of their kind);
// the split rule is the gated online rule of docs/benchmarks.md (split4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testRedis, type TestRedis } from '../helpers/redis.js';
import { runCli } from '../helpers/cli.js';
import { servePipelineApi, type PipelineApi } from '../helpers/pipeline-api.js';
import { writeCosineModel } from '../helpers/cosine-model.js';
import { BELLE, INTERLEAVED, LARK, WREN, type Report } from './ferry-reports.js';

const RULE = 'kmeans,ratio=0.7,online,cap=0.3,years=0.1,most=40,recent=10';
const OUTLETS = ['north', 'south', 'east'];

interface ApiStory {
  id: string;
  title: string;
  splitFrom?: string;
  splitInto?: string[];
  mergedInto?: string;
  articles: { id: string; url: string }[];
}

let modelFile: string;
beforeAll(() => {
  modelFile = writeCosineModel(-3);
});

/** A publisher of the reports made live so far (three outlets' feeds) and a pipeline on its own prefix. */
class Newsroom {
  readonly live: Report[] = [];
  private site!: Server;
  private origin = '';
  private redis!: TestRedis;
  served!: PipelineApi;

  constructor(
    private readonly name: string,
    private readonly reports: Report[],
  ) {}

  async open(split: string): Promise<void> {
    this.redis = testRedis(this.name);
    this.site = createServer((req, res) => this.answer(req.url ?? '', res));
    await new Promise<void>((r) => this.site.listen(0, '127.0.0.1', r));
    this.origin = `http://127.0.0.1:${(this.site.address() as AddressInfo).port}`;
    this.served = await servePipelineApi(
      {
        http: { port: 0, publicUrl: 'http://feeds.test' },
        fetch: { perHostConcurrency: 8, perHostRate: 10_000 },
        sources: OUTLETS.map((id) => ({
          id,
          url: `${this.origin}/${id}.xml`,
          every: '10s',
          allowPrivateNetworks: true,
        })),
        dedup: { split, loneStoryWait: false },
        log: { level: 'warn' },
      },
      this.redis,
    );
  }

  async close(): Promise<void> {
    await this.served?.close();
    await new Promise<void>((r) => (this.site ? this.site.close(() => r()) : r()));
    await this.redis?.cleanup();
  }

  private outlet(r: Report): string {
    return OUTLETS[this.reports.indexOf(r) % OUTLETS.length]!;
  }

  private answer(url: string, res: import('node:http').ServerResponse): void {
    const feed = /^\/([a-z]+)\.xml$/.exec(url)?.[1];
    if (feed && OUTLETS.includes(feed)) {
      // Minutes apart, in the order they were made live: one news cycle, where the deduper joins by words.
      const items = this.live
        .filter((r) => this.outlet(r) === feed)
        .map((r) => {
          const date = new Date(Date.now() - (300 - this.reports.indexOf(r) * 10) * 60_000).toUTCString();
          return `<item><title>${r.title}</title><link>${this.origin}/${r.id}</link><guid>${this.origin}/${r.id}</guid><pubDate>${date}</pubDate></item>`;
        });
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>${feed}</title><link>${this.origin}/</link><description>d</description>${items.join('')}</channel></rss>`,
        );
      return;
    }
    const r = this.live.find((x) => url === `/${x.id}`);
    if (!r) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('no');
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html lang="en"><head><title>${r.title}</title></head><body><article><h1>${r.title}</h1>${r.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
      );
  }

  /** Make `batch` live and run one `deltafeed once` over everything. */
  async publish(batch: Report[]): Promise<void> {
    this.live.push(...batch);
    const r = await runCli(['once', '--config', this.served.configFile, '--timeout', '100s'], {
      DELTAFEED_LOG_LEVEL: 'error',
      DELTAFEED_STORY_MODEL: modelFile,
      DELTAFEED_STORY_SPLIT: '',
    });
    expect(r.code, r.stderr).toBe(0);
  }

  async json<T>(path: string): Promise<T> {
    const res = await fetch(`${this.served.api}${path}`);
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  }

  urlOf(r: Report): string {
    return `${this.origin}/${r.id}`;
  }

  /** The public story of each report (by its URL), as /api/articles says. */
  async storyOf(reports: Report[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const r of reports) {
      const a = await this.json<{ storyId: string }>(
        `/api/articles?url=${encodeURIComponent(`${this.origin}/${r.id}`)}`,
      );
      out.set(r.id, a.storyId);
    }
    return out;
  }
}

/** Batches that interleave the two groundings, a few reports per run so that the cut happens mid-stream. */
const batches = (a: Report[], b: Report[]) => [
  [a[0]!],
  [b[0]!, a[1]!],
  [b[1]!, a[2]!],
  [b[2]!, a[3]!],
  [b[3]!, a[4]!, b[4]!],
];

describe('hindsight splits in the pipeline', () => {
  const room = new Newsroom('splitpipe', INTERLEAVED);
  beforeAll(() => room.open(RULE), 60_000);
  afterAll(() => room.close());

  it('cuts two groundings years apart into two public stories, linked both ways', async () => {
    for (const batch of batches(BELLE, LARK)) await room.publish(batch);
    const of = await room.storyOf([...BELLE, ...LARK]);
    const belle = new Set(BELLE.map((r) => of.get(r.id)));
    const lark = new Set(LARK.map((r) => of.get(r.id)));
    expect(belle.size, 'every Belle report in one story').toBe(1);
    expect(lark.size, 'every Lark report in one story').toBe(1);
    const [belleId] = [...belle] as [string];
    const [larkId] = [...lark] as [string];
    expect(belleId).not.toBe(larkId);

    // One of the two was cut off the other: the story that kept the id lists the cut, the cut names its source.
    const stories = [
      await room.json<ApiStory>(`/api/stories/${belleId}`),
      await room.json<ApiStory>(`/api/stories/${larkId}`),
    ];
    const source = stories.find((s) => s.splitInto)!;
    const cut = stories.find((s) => s !== source)!;
    expect(source.splitInto).toEqual([cut.id]);
    expect(cut.splitFrom).toBe(source.id);
    expect(cut.splitInto).toBeUndefined();
    // The article keeps its index story for a resumed attempt; its public story is its group's.
    const first = await room.json<{ storyId: string; dedup: { indexStoryId?: string } }>(
      `/api/articles?url=${encodeURIComponent(room.urlOf(LARK[4]!))}`,
    );
    expect(first.storyId).toBe(larkId);
    expect([belleId, larkId]).toContain(first.dedup.indexStoryId);
    // Each lists exactly its grounding's reports.
    expect(stories.find((s) => s.id === belleId)!.articles).toHaveLength(BELLE.length);
    expect(stories.find((s) => s.id === larkId)!.articles).toHaveLength(LARK.length);

    const list = await room.json<ApiStory[]>('/api/stories');
    expect(list.map((s) => s.id).sort()).toEqual([belleId, larkId].sort());
    const feed = await (await fetch(`${room.served.api}/feeds/stories.atom`)).text();
    expect(feed).toContain(`story/${belleId}`);
    expect(feed).toContain(`story/${larkId}`);
  }, 300_000);
});

describe('the look-alike: one grounding told six times', () => {
  const room = new Newsroom('splitlook', WREN);
  beforeAll(() => room.open(RULE), 60_000);
  afterAll(() => room.close());

  it('stays one story, never cut', async () => {
    for (const batch of [[WREN[0]!], [WREN[1]!, WREN[2]!], [WREN[3]!, WREN[4]!], [WREN[5]!]]) await room.publish(batch);
    const of = await room.storyOf(WREN);
    const ids = new Set(of.values());
    expect(ids.size).toBe(1);
    const [id] = [...ids] as [string];
    const story = await room.json<ApiStory>(`/api/stories/${id}`);
    expect(story.articles).toHaveLength(WREN.length);
    expect(story.splitInto).toBeUndefined();
    expect(story.splitFrom).toBeUndefined();
    expect((await room.json<ApiStory[]>('/api/stories')).map((s) => s.id)).toEqual([id]);
  }, 300_000);
});

describe('the same two groundings with dedup.split off', () => {
  const room = new Newsroom('splitoff', INTERLEAVED);
  beforeAll(() => room.open('off'), 60_000);
  afterAll(() => room.close());

  it('stay the one story the deduper made, as before splits existed', async () => {
    for (const batch of batches(BELLE, LARK)) await room.publish(batch);
    const ids = new Set((await room.storyOf(INTERLEAVED)).values());
    expect(ids.size).toBe(1);
    const story = await room.json<ApiStory>(`/api/stories/${[...ids][0]!}`);
    expect(story.articles).toHaveLength(INTERLEAVED.length);
    expect(story.splitInto).toBeUndefined();
  }, 300_000);
});
