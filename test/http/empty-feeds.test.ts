// A feed with no entries yet still says when it last changed: its `updated` and Last-Modified are the time the
// feed was first served (kept in Redis, so every process and every later request agree), never 1970. The feed
// stays valid Atom (jing, schemas/atom/atom.rnc) and answers conditional requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveRevision } from '../../src/store/revisions.js';
import { revisions } from '../publish/fixtures/feeds.js';
import { jingErrors } from '../helpers/jing.js';
import { startTestServer, type TestServer } from './support.js';

let s: TestServer;
let before: number;
beforeAll(async () => {
  s = await startTestServer('http-empty-feeds');
  before = Date.now();
});
afterAll(async () => s.close());

async function get(path: string, headers: Record<string, string> = {}) {
  const r = await fetch(`http://127.0.0.1:${s.port}${path}`, { headers });
  return { status: r.status, headers: r.headers, body: await r.text() };
}

const atomUpdated = (xml: string) => /<feed[\s\S]*?<updated>([^<]+)<\/updated>/.exec(xml)?.[1];

describe.each(['/feeds/revisions', '/feeds/stories', '/feeds/topics/nato'])('%s, empty', (path) => {
  it('is updated when it was first served, the same on every request, and valid', async () => {
    const first = await get(`${path}.atom`);
    expect(first.status).toBe(200);
    expect(first.body).not.toContain('<entry>');
    const updated = atomUpdated(first.body) as string;
    expect(updated).not.toMatch(/^1970/);
    const ms = Date.parse(updated);
    expect(ms).toBeGreaterThanOrEqual(before - 1000);
    expect(ms).toBeLessThanOrEqual(Date.now());
    expect(first.headers.get('last-modified')).toBe(new Date(ms).toUTCString());
    expect(jingErrors(first.body, `empty-${path.split('/').pop()}.atom`)).toBe('');

    await new Promise((r) => setTimeout(r, 1100));
    const again = await get(`${path}.atom`);
    expect(atomUpdated(again.body)).toBe(updated);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    const since = first.headers.get('last-modified') as string;
    expect((await get(`${path}.atom`, { 'if-modified-since': since })).status).toBe(304);

    const json = JSON.parse((await get(`${path}.json`)).body) as { items: unknown[]; _deltafeed: { updated: string } };
    expect(json.items).toEqual([]);
    expect(Date.parse(json._deltafeed.updated)).toBe(ms);
  });
});

describe('a feed with entries', () => {
  it('is updated at its newest entry, not when it was first served', async () => {
    for (const r of revisions) await saveRevision(s.store, r);
    const res = await get('/feeds/revisions.atom');
    const newest = Math.max(...revisions.map((r) => Date.parse(r.at)));
    expect(Date.parse(atomUpdated(res.body) as string)).toBe(newest);
    expect(res.headers.get('last-modified')).toBe(new Date(newest).toUTCString());
    expect(jingErrors(res.body, 'nonempty-revisions.atom')).toBe('');
  });
});
