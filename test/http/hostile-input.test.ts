// Bad input is answered with a 4xx and a reason, never a 500, and every answer carries the security headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startTestServer, type TestServer } from './support.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer('http-hostile');
});
afterAll(async () => s.close());

const get = (target: string, headers: [string, string][] = []) => rawRequest(s.port, 'GET', target, headers);

describe('hostile input', () => {
  it.each([
    ['/api/topics/%zz', 400],
    ['/api/articles/%E0%A4%A', 400],
    ['/feeds/topics/%E0%A4%A.atom', 400],
    ['/feeds/topics/%zz.atom', 400],
    ['/feeds/stories.atom?page=1e308', 400],
    ['/feeds/stories.atom?page=-1', 400],
    ['/feeds/stories.atom?page=abc', 400],
    ['/feeds/stories.atom?page=0x10', 400],
    ['/feeds/revisions.atom?page=99999999999', 400],
    ['/api/stories?limit=1e308', 400],
    ['/api/stories?limit=-1', 400],
    ['/api/topics?limit=abc', 400],
    ['/api/topics/nato/extra', 404],
    [`/api/topics/${'a'.repeat(9000)}`, 414],
  ])('GET %s is %i with a reason', async (target, status) => {
    const r = await get(target);
    expect(r.status).toBe(status);
    expect(r.body).toMatch(/"error": "/);
  });

  it('a large page within bounds is an empty page, not a Redis error', async () => {
    const r = await get('/feeds/stories.atom?page=1000000');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<feed');
  });

  it('an over-large limit is capped rather than refused', async () => {
    expect((await get('/api/stories?limit=5000')).status).toBe(200);
  });

  it('a cookie that cannot be decoded is ignored', async () => {
    expect((await get('/', [['cookie', 'deltafeed_token=%zz; deltafeed_session=%E0%A4%A']])).status).toBe(200);
  });

  it('odd methods are 405 with Allow', async () => {
    for (const m of ['POST', 'DELETE', 'OPTIONS', 'BREW']) {
      const r = await rawRequest(s.port, m, '/api/topics');
      expect(r.status === 405 || r.status === 400).toBe(true);
      if (r.status === 405) expect(r.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('requests node:http cannot parse get a 4xx, not a dropped connection', async () => {
    expect((await get('/api/topics', [['x-odd', 'a\u0001b']])).status).toBe(400);
    expect((await get('/api/topics', [['x-big', 'a'.repeat(20_000)]])).status).toBe(431);
  });

  it('every answer carries nosniff, a referrer policy and a CSP without inline script or style', async () => {
    for (const target of ['/', '/api/topics', '/feeds/stories.atom', '/healthz', '/nope', '/api/topics/%zz']) {
      const r = await get(target);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
    }
  });

  it('the dashboard has no inline script or style; its stylesheet is served', async () => {
    const html = (await get('/')).body;
    expect(html).not.toMatch(/<script|<style|\sstyle=/i);
    expect(html).toContain('href="dashboard.css"');
    const css = await get('/dashboard.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(css.body).toContain('.status{');
  });
});
