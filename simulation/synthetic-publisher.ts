// A synthetic news publisher on loopback for scale tests and the benchmark: N RSS 2.0 feeds of M articles
// each, article pages of a chosen size (heavy site chrome around generated prose), ETag/Last-Modified with
// 304s, an optional delay on article pages, and a log of what was requested. Deterministic from its seed.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articleText, eventEntities, type ArticleText } from './article-text.js';
import { esc, renderPage } from './page.js';
import { createRng, subSeed } from './prng.js';
import { SECTIONS } from './words/index.js';

export interface SyntheticPublisherOptions {
  feeds: number;
  articlesPerFeed: number;
  /** Default 7. */
  seed?: number;
  /** Page size range in bytes (uniform); default 6-12 KB. The benchmark uses 50-300 KB. */
  pageBytes?: [number, number];
  /** Paragraphs per article; default 4-8. */
  paragraphs?: [number, number];
  /** Share of events that concern the test topic (see TOPIC in article-text.ts); default 0.15. */
  topicShare?: number;
  /** Chance that an article reports the same event as its neighbour in the previous feed; default 0.2. */
  sharedEventShare?: number;
  /** Newest article's publication time (ms); default the start time, to the minute. */
  baseTime?: number;
  /** Delay before answering an article page; may be changed while running. */
  pageDelayMs?: number;
  host?: string;
  port?: number;
}

export interface SyntheticArticle {
  index: number;
  feedId: string;
  url: string;
  title: string;
  event: number;
  topic: boolean;
  published: Date;
}

export interface FeedRequest {
  feedId: string;
  at: number;
  status: number;
}

export interface SyntheticPublisher {
  url: string;
  feeds: { id: string; url: string; title: string }[];
  articles: SyntheticArticle[];
  /** The exact bytes of an article's page. */
  page(index: number): Buffer;
  totalPageBytes: number;
  pageDelayMs: number;
  /** Every feed request, in order. */
  feedRequests: FeedRequest[];
  /** 200 answers per article index. */
  pageHits: number[];
  /** Article index by page URL (absolute, without query). */
  indexOf(url: string): number | undefined;
  /**
   * Publish a revision of these articles: a paragraph is added to the page and the feed entry's summary
   * changes (so a poll sees a changed entry). Deterministic: the n-th revision of an article is always the same.
   */
  revise(indices: number[]): void;
  close(): Promise<void>;
}

interface Resource {
  body: Buffer;
  etag: string;
  lastModified: string;
  contentType: string;
  /** Article index, or -1 for a feed. */
  article: number;
  feedId: string | null;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function resource(text: string, contentType: string, modified: Date, article: number, feedId: string | null): Resource {
  const body = Buffer.from(text, 'utf8');
  return {
    body,
    contentType,
    article,
    feedId,
    lastModified: modified.toUTCString(),
    etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`,
  };
}

function etagMatches(header: string, etag: string): boolean {
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((t) => bare(t) === bare(etag));
}

function rssFeed(origin: string, id: string, title: string, items: { a: SyntheticArticle; t: ArticleText }[]): string {
  const newest = items[0]?.a.published ?? new Date(0);
  const entries = items.map(
    ({ a, t }) => `<item>
<title>${esc(a.title)}</title>
<link>${esc(a.url)}</link>
<guid isPermaLink="true">${esc(a.url)}</guid>
<pubDate>${a.published.toUTCString()}</pubDate>
<dc:creator>${esc(t.byline)}</dc:creator>
<description>${esc(t.summary)}</description>
</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${esc(title)}</title>
<link>${origin}/${id}/</link>
<description>Synthetic feed ${esc(id)}</description>
<language>en</language>
<lastBuildDate>${newest.toUTCString()}</lastBuildDate>
${entries.join('\n')}
</channel>
</rss>
`;
}

export async function startSyntheticPublisher(opts: SyntheticPublisherOptions): Promise<SyntheticPublisher> {
  const seed = opts.seed ?? 7;
  const [minBytes, maxBytes] = opts.pageBytes ?? [6_000, 12_000];
  const paragraphs = opts.paragraphs ?? [4, 8];
  const topicShare = opts.topicShare ?? 0.15;
  const shared = opts.sharedEventShare ?? 0.2;
  const baseTime = opts.baseTime ?? Math.floor(Date.now() / 60_000) * 60_000;
  const host = opts.host ?? '127.0.0.1';
  const byPath = new Map<string, Resource>();
  const state = { pageDelayMs: opts.pageDelayMs ?? 0 };
  const feedRequests: FeedRequest[] = [];

  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;

  // Pass 1: identities and texts (the rails of each page need the other titles).
  const n = opts.feeds * opts.articlesPerFeed;
  const articles: SyntheticArticle[] = [];
  const texts: ArticleText[] = [];
  const eventOf: number[][] = Array.from({ length: opts.feeds }, () => []);
  let events = 0;
  const feeds = Array.from({ length: opts.feeds }, (_, f) => {
    const id = `syn-${String(f + 1).padStart(2, '0')}`;
    return {
      id,
      url: `${origin}/feeds/${id}.xml`,
      title: `Synthetic Gazette ${f + 1}`,
      section: SECTIONS[f % SECTIONS.length] as string,
    };
  });
  for (let k = 0; k < opts.articlesPerFeed; k++) {
    for (let f = 0; f < opts.feeds; f++) {
      const index = articles.length;
      const rng = createRng(subSeed(seed, 'assign', f, k));
      const prev = f > 0 ? eventOf[f - 1]?.[k] : undefined;
      const event = prev !== undefined && rng.chance(shared) ? prev : events++;
      (eventOf[f] as number[])[k] = event;
      const e = eventEntities(seed, event, topicShare);
      const t = articleText(subSeed(seed, 'article', index), e, { paragraphs });
      const feed = feeds[f] as (typeof feeds)[number];
      // Newest first within a feed; feeds interleave, a few minutes apart.
      const published = new Date(baseTime - (k * opts.feeds + f) * 97_000);
      const url = `${origin}/${slug(feed.section)}/${feed.id}/${slug(t.title).slice(0, 60)}-${index}.html`;
      articles.push({ index, feedId: feed.id, url, title: t.title, event, topic: e.topic, published });
      texts.push(t);
    }
  }
  // Pass 2: pages and feeds.
  const byUrl = new Map<string, number>();
  const revisions = new Array<number>(n).fill(0);
  const feedOf = (id: string) => feeds.find((x) => x.id === id) as (typeof feeds)[number];
  const renderArticle = (a: SyntheticArticle): Resource => {
    const feed = feedOf(a.feedId);
    const rng = createRng(subSeed(seed, 'page', a.index));
    const siblings = articles.filter((x) => x.feedId === a.feedId && x.index !== a.index);
    const related = Array.from({ length: Math.min(12, siblings.length) }, () => rng.pick(siblings)).map((x) => ({
      title: x.title,
      url: x.url,
    }));
    const html = renderPage({
      siteName: feed.title,
      origin,
      url: a.url,
      section: feed.section,
      published: a.published,
      text: texts[a.index] as ArticleText,
      related,
      targetBytes: rng.int(minBytes, maxBytes),
      seed: subSeed(seed, 'chrome', a.index),
    });
    const modified = new Date(a.published.getTime() + (revisions[a.index] ?? 0) * 60_000);
    return resource(html, 'text/html; charset=utf-8', modified, a.index, a.feedId);
  };
  const renderFeed = (feed: (typeof feeds)[number]) => {
    const items = articles.filter((a) => a.feedId === feed.id).map((a) => ({ a, t: texts[a.index] as ArticleText }));
    const modified = new Date(
      Math.max(...items.map(({ a }) => a.published.getTime() + (revisions[a.index] ?? 0) * 60_000), baseTime),
    );
    byPath.set(
      new URL(feed.url).pathname,
      resource(
        rssFeed(origin, feed.id, feed.title, items),
        'application/rss+xml; charset=utf-8',
        modified,
        -1,
        feed.id,
      ),
    );
  };
  let totalPageBytes = 0;
  for (const a of articles) {
    const r = renderArticle(a);
    totalPageBytes += r.body.length;
    byPath.set(new URL(a.url).pathname, r);
    byUrl.set(a.url, a.index);
  }
  for (const feed of feeds) renderFeed(feed);
  const pageHits = new Array<number>(n).fill(0);

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', origin).pathname;
    const r = byPath.get(path);
    if (!r || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(r ? 405 : 404, { 'Content-Type': 'text/plain' }).end('not here\n');
      return;
    }
    const send = () => {
      if (res.destroyed) return;
      const headers = { ETag: r.etag, 'Last-Modified': r.lastModified, 'Cache-Control': 'no-cache' };
      const inm = req.headers['if-none-match'];
      const ims = req.headers['if-modified-since'];
      const fresh =
        inm !== undefined
          ? etagMatches(inm, r.etag)
          : ims !== undefined && Date.parse(ims) >= Date.parse(r.lastModified);
      const status = fresh ? 304 : 200;
      if (r.feedId && r.article < 0) feedRequests.push({ feedId: r.feedId, at: Date.now(), status });
      else if (status === 200) pageHits[r.article] = (pageHits[r.article] ?? 0) + 1;
      if (fresh) {
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(200, { ...headers, 'Content-Type': r.contentType, 'Content-Length': r.body.length });
      res.end(req.method === 'HEAD' ? undefined : r.body);
    };
    if (r.article >= 0 && state.pageDelayMs > 0) setTimeout(send, state.pageDelayMs);
    else send();
  }

  return {
    url: origin,
    feeds: feeds.map(({ id, url, title }) => ({ id, url, title })),
    articles,
    page: (i) => {
      const a = articles[i];
      const r = a ? byPath.get(new URL(a.url).pathname) : undefined;
      if (!r) throw new RangeError(`no article ${i}`);
      return r.body;
    },
    totalPageBytes,
    get pageDelayMs() {
      return state.pageDelayMs;
    },
    set pageDelayMs(ms: number) {
      state.pageDelayMs = ms;
    },
    feedRequests,
    pageHits,
    revise(indices) {
      const touched = new Set<string>();
      for (const i of indices) {
        const a = articles[i];
        const t = texts[i];
        if (!a || !t) throw new RangeError(`no article ${i}`);
        const rev = (revisions[i] = (revisions[i] ?? 0) + 1);
        const added = articleText(subSeed(seed, 'revision', i, rev), eventEntities(seed, a.event, topicShare), {
          paragraphs: [1, 1],
        }).paragraphs;
        texts[i] = {
          ...t,
          paragraphs: [...t.paragraphs, ...added],
          summary: `Updated (${rev}): ${t.summary.replace(/^Updated \(\d+\): /, '')}`,
        };
        byPath.set(new URL(a.url).pathname, renderArticle(a));
        touched.add(a.feedId);
      }
      for (const id of touched) renderFeed(feedOf(id));
    },
    indexOf: (url) => {
      try {
        const u = new URL(url);
        return byUrl.get(`${u.origin}${u.pathname}`);
      } catch {
        return undefined;
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
