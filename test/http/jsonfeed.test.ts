// The .json twins over real HTTP and a real Redis: same entries and paging as the .atom pages, conditional GET,
// private-feed keys on every link, and 4xx for what is not a feed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveRevision } from '../../src/store/revisions.js';
import { saveTopicState } from '../../src/store/topics.js';
import type { JsonFeed } from '../../src/publish/jsonfeed/render.js';
import { jsonFeedErrors } from '../helpers/jsonfeed.js';
import { revisions, updates } from '../publish/fixtures/feeds.js';
import { children, parseXml, text } from '../publish/xml.js';
import { rawRequest, startTestServer, type TestServer } from './support.js';

const KEY = 'json-feed-key-0123456';
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer('http-jsonfeed', `http: { feedToken: ${KEY}, pageSize: 1 }\n`);
  for (const r of revisions) await saveRevision(s.store, r);
  // The fixture updates belong to another topic id; store them under the test server's topic "nato".
  for (const u of updates) await saveTopicState(s.store, { topicId: 'nato' } as never, { ...u, topicId: 'nato' });
});
afterAll(async () => s.close());

/** Through node's own HTTP client, which decodes the chunked body as UTF-8. */
async function get(
  t: string,
  headers: [string, string][] = [],
): Promise<{ status: number; headers: Headers; body: string }> {
  const r = await fetch(`http://127.0.0.1:${s.port}${t}`, { headers });
  return { status: r.status, headers: r.headers, body: await r.text() };
}
/** A link inside a feed, made absolute on publicUrl, as a request target to the test server. */
const target = (url: string) => url.slice(s.config.http.publicUrl.replace(/\/+$/, '').length);

describe.each(['/feeds/revisions', '/feeds/topics/nato'])('%s.json', (path) => {
  it('walks the same pages and ids as the Atom feed, every page valid', async () => {
    const jsonIds: string[] = [];
    const atomIds: string[] = [];
    const nextUrls: string[] = [];
    let next: string | undefined = `${path}.json?key=${KEY}`;
    for (let pages = 0; next && pages < 10; pages++) {
      const r = await get(next);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
      expect(jsonFeedErrors(r.body, nextUrls)).toEqual([]);
      const feed = JSON.parse(r.body) as JsonFeed;
      jsonIds.push(...feed.items.map((i) => i.id));
      const atom = await get(target(feed.feed_url.replace('.json', '.atom')));
      atomIds.push(...children(parseXml(atom.body), 'entry').map((e) => text(e, 'id') ?? ''));
      for (const l of feed._deltafeed.links) expect(l.url).toContain(`key=${KEY}`);
      if (feed.next_url) nextUrls.push(feed.next_url);
      next = feed.next_url && target(feed.next_url);
    }
    expect(jsonIds).toHaveLength(2);
    expect(jsonIds).toEqual(atomIds);
  });
});

describe('conditional GET', () => {
  it("ETag and Last-Modified, 304 on a match, and an ETag of its own (not the Atom twin's)", async () => {
    const r = await get(`/feeds/revisions.json?key=${KEY}`);
    const etag = r.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(r.headers.get('last-modified')).toBe(new Date('2024-03-02T09:00:00Z').toUTCString());
    expect((await get(`/feeds/revisions.json?key=${KEY}`, [['if-none-match', etag]])).status).toBe(304);
    expect(
      (await get(`/feeds/revisions.json?key=${KEY}`, [['if-modified-since', r.headers.get('last-modified') ?? '']]))
        .status,
    ).toBe(304);
    expect((await get(`/feeds/revisions.json?key=${KEY}`, [['if-none-match', '"other"']])).status).toBe(200);
    const atom = await get(`/feeds/revisions.atom?key=${KEY}`);
    expect(atom.headers.get('etag')).not.toBe(etag);
  });

  it('HEAD answers the headers without a body', async () => {
    const r = await rawRequest(s.port, 'HEAD', `/feeds/stories.json?key=${KEY}`);
    expect(r.status).toBe(200);
    expect(r.body).toBe('');
  });
});

describe('bad requests', () => {
  it.each([
    ['/feeds/revisions.json', 401],
    [`/feeds/topics/nope.json?key=${KEY}`, 404],
    [`/feeds/stories.xml?key=${KEY}`, 404],
    [`/feeds/stories.json.atom.json?key=${KEY}`, 404],
    [`/feeds/stories.json?key=${KEY}&page=0`, 400],
    [`/feeds/topics/%zz.json?key=${KEY}`, 400],
  ])('GET %s is %i with a reason', async (t, status) => {
    const r = await rawRequest(s.port, 'GET', t);
    expect(r.status).toBe(status);
    expect(r.body).toMatch(/"error": "/);
  });
});
