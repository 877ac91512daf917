// ?limit= and ids as a client may send them: a limit above the cap is served at the cap and says so
// (X-Limit-Capped), a limit that is not a whole number from 1 is a 400 naming the parameter, and an id we do
// not know is a 404 with a JSON reason, on the API and on the feeds, for GET and HEAD.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LIMIT } from '../../src/http/request.js';
import { rawRequest, startTestServer, type TestServer } from './support.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer('http-limits');
});
afterAll(async () => s.close());

async function get(target: string): Promise<{ status: number; headers: Headers; body: string }> {
  const r = await fetch(`http://127.0.0.1:${s.port}${target}`);
  return { status: r.status, headers: r.headers, body: await r.text() };
}

describe('?limit=', () => {
  it.each(['5000', '99999999999999', '1000000000000000000000'])('%s is capped, and the answer says so', async (v) => {
    const r = await get(`/api/stories?limit=${v}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('x-limit-capped')).toBe(String(MAX_LIMIT));
  });

  it.each(['1', '100', String(MAX_LIMIT)])('%s is served as asked, with no cap note', async (v) => {
    const r = await get(`/api/topics?limit=${v}`);
    expect(r.status).toBe(200);
    expect(r.headers.has('x-limit-capped')).toBe(false);
  });

  it.each(['0', '-1', '1.5', '2e3', 'ten', '', ' 5', '0x10'])('"%s" is a 400 naming the parameter', async (v) => {
    const r = await get(`/api/stories?limit=${encodeURIComponent(v)}`);
    expect(r.status).toBe(400);
    expect((JSON.parse(r.body) as { error: string }).error).toMatch(/^limit: expected a whole number from 1 to 1000/);
  });
});

describe('unknown ids', () => {
  it.each([
    ['/api/topics/no-such-topic', /unknown topic/],
    ['/api/stories/no-such-story', /unknown story/],
    ['/api/articles/no-such-article', /unknown article/],
    ['/api/deliveries?webhook=no-such-hook', /unknown webhook/],
    ['/feeds/topics/no-such-topic.atom', /unknown topic/],
    ['/feeds/topics/no-such-topic.json', /unknown topic/],
    ['/feeds/no-such-feed.atom', /no feed at/],
  ])('GET %s is a 404 with a JSON reason', async (target, reason) => {
    const r = await get(target);
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect((JSON.parse(r.body) as { error: string }).error).toMatch(reason);
  });

  it('HEAD of an unknown topic is a 404 without a body; of a known feed, 200 with its validators', async () => {
    const missing = await rawRequest(s.port, 'HEAD', '/feeds/topics/no-such-topic.atom');
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('');
    const known = await rawRequest(s.port, 'HEAD', '/feeds/topics/nato.atom');
    expect(known.status).toBe(200);
    expect(known.body).toBe('');
    expect(known.headers.get('etag')).toMatch(/^"/);
    expect(known.headers.get('last-modified')).toMatch(/GMT$/);
  });
});
