// The dashboard's signed session cookie and the private feeds' ?key=, with rotation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startTestServer, type TestServer } from './support.js';
import { newSession } from '../../src/http/session.js';

const TOKEN = 'api-token-0123456789';
const FEED = 'feed-key-current-0123';
const OLD = 'feed-key-old-0123456';
const EXPIRED = 'feed-key-expired-0123';

let s: TestServer;
let stale: TestServer;
beforeAll(async () => {
  s = await startTestServer(
    'http-access',
    `http: { token: ${TOKEN}, feedToken: ${FEED}, feedTokenPrevious: [${OLD}], pageSize: 1 }\n`,
  );
  stale = await startTestServer(
    'http-access-stale',
    `http: { feedToken: ${FEED}, feedTokenPrevious: [${EXPIRED}], feedTokenPreviousUntil: '2020-01-01T00:00:00Z' }\n`,
  );
});
afterAll(async () => {
  await s.close();
  await stale.close();
});

const get = (target: string, headers: [string, string][] = [], port = s.port) =>
  rawRequest(port, 'GET', target, headers);

describe('dashboard session', () => {
  it('?token= sets a signed, HttpOnly, SameSite=Strict session cookie that never holds the token', async () => {
    const r = await get(`/?token=${TOKEN}`);
    expect(r.status).toBe(303);
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^deltafeed_session=v1\.\d+\.[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
    expect(cookie).not.toContain(TOKEN);
    const value = cookie.split(';')[0] as string;
    expect((await get('/', [['cookie', value]])).status).toBe(200);
    // The cookie opens the dashboard only, not the API.
    expect((await get('/api/topics', [['cookie', value]])).status).toBe(401);
  });

  it('is Secure behind a https proxy', async () => {
    const r = await get(`/?token=${TOKEN}`, [['x-forwarded-proto', 'https']]);
    expect(r.headers.get('set-cookie')).toContain('; Secure');
  });

  it('refuses a wrong token, a tampered or expired session, and the old raw-token cookie', async () => {
    expect((await get('/?token=wrong')).status).toBe(401);
    const good = newSession(TOKEN);
    const tampered = good.replace(/^v1\.\d+/, `v1.${Date.now() + 1}`);
    expect((await get('/', [['cookie', `deltafeed_session=${tampered}`]])).status).toBe(401);
    expect(
      (await get('/', [['cookie', `deltafeed_session=${newSession(TOKEN, Date.now() - 31 * 86_400_000)}`]])).status,
    ).toBe(401);
    expect((await get('/', [['cookie', `deltafeed_session=${newSession('another-token')}`]])).status).toBe(401);
    expect((await get('/', [['cookie', `deltafeed_token=${TOKEN}`]])).status).toBe(401);
  });
});

describe('API token', () => {
  it('takes the Bearer scheme in any case, and only the Bearer scheme with the right token', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      expect((await get('/api/topics', [['authorization', `${scheme} ${TOKEN}`]])).status).toBe(200);
    }
    expect((await get('/api/topics', [['authorization', `Basic ${TOKEN}`]])).status).toBe(401);
    expect((await get('/api/topics', [['authorization', `Bearer${TOKEN}`]])).status).toBe(401);
    expect((await get('/api/topics', [['authorization', 'bearer wrong-token-0123456']])).status).toBe(401);
    expect((await get('/api/topics', [['authorization', 'Bearer ']])).status).toBe(401);
  });
});

describe('private feeds', () => {
  it('need the key; the current and a previous key open them', async () => {
    const r = await get('/feeds/stories.atom');
    expect(r.status).toBe(401);
    expect(r.body).toContain('?key=');
    expect((await get('/feeds/stories.atom?key=nope')).status).toBe(401);
    expect((await get(`/feeds/stories.atom?key=${FEED}`)).status).toBe(200);
    expect((await get(`/feeds/topics/nato.atom?key=${OLD}`)).status).toBe(200);
    expect((await get('/feeds/revisions.atom', [['authorization', `Bearer ${TOKEN}`]])).status).toBe(200);
  });

  it('a previous key is refused once its grace period is over', async () => {
    expect((await get(`/feeds/stories.atom?key=${EXPIRED}`, [], stale.port)).status).toBe(401);
    expect((await get(`/feeds/stories.atom?key=${FEED}`, [], stale.port)).status).toBe(200);
  });

  it('every link to a feed page carries the current key, even when read with an old one', async () => {
    const r = await get(`/feeds/revisions.atom?page=3&key=${OLD}`);
    expect(r.status).toBe(200);
    const base = `${s.config.http.publicUrl}/feeds/revisions.atom`;
    expect(r.body).toContain(`<link rel="self" href="${base}?page=3&amp;key=${FEED}"`);
    expect(r.body).toContain(`<link rel="first" href="${base}?key=${FEED}"`);
    expect(r.body).toContain(`<link rel="previous" href="${base}?page=2&amp;key=${FEED}"`);
    expect(r.body).not.toContain(OLD);
  });

  it('the dashboard links the feeds with their key', async () => {
    const html = (await get('/', [['authorization', `Bearer ${TOKEN}`]])).body;
    expect(html).toContain(`/feeds/stories.atom?key=${FEED}`);
    expect(html).toContain(`/feeds/topics/nato.atom?key=${FEED}`);
  });

  it('without feedToken the feeds stay public', async () => {
    const open = await startTestServer('http-access-open', `http: { token: ${TOKEN} }\n`);
    try {
      expect((await get('/feeds/stories.atom', [], open.port)).status).toBe(200);
      expect((await get('/api/topics', [], open.port)).status).toBe(401);
    } finally {
      await open.close();
    }
  });
});
