// /api/deliveries?webhook= with no id is a 400 naming the parameter (it was a 404 "unknown webhook """, as if
// an endpoint had that name); a configured id and no parameter at all still list deliveries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer(
    'http-robust3-params',
    'webhooks:\n  - { id: desk, url: "https://hooks.example/x", secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }\n',
  );
});
afterAll(async () => s.close());

async function get(target: string): Promise<{ status: number; body: unknown }> {
  const r = await fetch(`http://127.0.0.1:${s.port}${target}`);
  return { status: r.status, body: (await r.json()) as unknown };
}

describe('/api/deliveries?webhook=', () => {
  it('an empty id is a 400 naming the parameter', async () => {
    const r = await get('/api/deliveries?webhook=');
    expect(r.status).toBe(400);
    expect((r.body as { error: string }).error).toMatch(/^webhook: give a webhook id/);
  });

  it('a configured id, or none at all, lists deliveries; an unknown one is still a 404', async () => {
    expect(await get('/api/deliveries?webhook=desk')).toEqual({ status: 200, body: [] });
    expect(await get('/api/deliveries')).toEqual({ status: 200, body: [] });
    expect((await get('/api/deliveries?webhook=nobody')).status).toBe(404);
  });
});
