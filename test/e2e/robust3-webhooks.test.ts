// Webhook receivers as they misbehave, against a real `deltafeed run --role all` (robust3's audit; passes on main
// too): the signature checks out with the contract's own recipe (node:crypto, no library) on a non-ASCII event;
// retries resend the same id and bytes; a redirect (to a private address too) is not followed; a 2xx with a
// huge body is delivered; a receiver too slow or refusing connections is retried, then failed with the reason.
import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { startService, waitFor, type ServiceProcess } from '../../simulation/processes.js';
import { startSyntheticPublisher, type SyntheticPublisher } from '../../simulation/synthetic-publisher.js';
import { REDIS_URL, testRedis, type TestRedis } from '../helpers/redis.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const TITLE = 'Köln – “Ärger” ✓ 東京';
const HOOKS = ['ok', 'flaky', 'redirect-private', 'huge', 'slow', 'refused'] as const;

interface Hit {
  id: string;
  body: Buffer;
  signatureOk: boolean;
}

let redis: TestRedis;
let pub: SyntheticPublisher;
let server: Server;
let origin: string;
let proc: ServiceProcess | null = null;
const hits = new Map<string, Hit[]>();
let flaky = 0;

/** The contract's recipe: v1,base64(HMAC-SHA256(base64-decoded secret after whsec_, "{id}.{timestamp}.{body}")). */
function signatureOk(headers: Record<string, string | string[] | undefined>, body: Buffer): boolean {
  const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
  const mac = createHmac('sha256', key)
    .update(`${String(headers['webhook-id'])}.${String(headers['webhook-timestamp'])}.`)
    .update(body)
    .digest('base64');
  return String(headers['webhook-signature'] ?? '')
    .split(' ')
    .includes(`v1,${mac}`);
}

beforeAll(async () => {
  redis = testRedis('robust3-webhooks');
  pub = await startSyntheticPublisher({ feeds: 1, articlesPerFeed: 2, seed: 5 });
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '/').slice(1);
      const body = Buffer.concat(chunks);
      const list = hits.get(path) ?? [];
      list.push({ id: String(req.headers['webhook-id']), body, signatureOk: signatureOk(req.headers, body) });
      hits.set(path, list);
      if (path === 'flaky') return void res.writeHead(++flaky <= 1 ? 500 : 204).end();
      if (path === 'redirect-private')
        return void res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      if (path === 'slow') return void setTimeout(() => res.writeHead(200).end(), 4000).unref();
      if (path === 'huge') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const mib = Buffer.alloc(1 << 20, 97);
        let sent = 0;
        const pump = (): void => {
          while (sent < 40) {
            sent++;
            if (!res.write(mib)) return void res.once('drain', pump);
          }
          res.end();
        };
        return pump();
      }
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await proc?.stop(30_000);
  await pub?.close();
  server?.closeAllConnections();
  await new Promise<void>((r) => server?.close(() => r()));
  await redis?.cleanup();
});

function writeConfig(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dftest-robust3-hooks-')), 'config.yaml');
  const cfg = {
    redis: { url: REDIS_URL, prefix: redis.prefix },
    http: { port: 0, host: '127.0.0.1', publicUrl: 'http://feeds.test' },
    fetch: { perHostRate: 100, perHostConcurrency: 4, websub: 'off' },
    sources: pub.feeds.map((f) => ({ id: f.id, url: f.url, every: '10s', allowPrivateNetworks: true })),
    topics: [{ id: 'koln', title: TITLE, query: 'the' }],
    webhooks: HOOKS.map((id) => ({
      id,
      // Port 9 (discard) has no listener here: connections are refused.
      url: id === 'refused' ? 'http://127.0.0.1:9/refused' : `${origin}/${id}`,
      secret: SECRET,
      allowPrivateNetworks: true,
      timeout: '1500ms',
      retrySchedule: ['1s'],
    })),
    workers: { extractThreads: 0 },
  };
  writeFileSync(file, stringify(cfg));
  return file;
}

interface Delivery {
  eventId: string;
  status: string;
  attempts: number;
  lastResponseCode: number | null;
  lastError: string | null;
}

describe('webhook receivers that misbehave', () => {
  it('each gets what the contract says, and the healthy one everything', { timeout: 180_000 }, async () => {
    const p = startService({ role: 'all', config: writeConfig(), env: { DELTAFEED_PREFIX: redis.prefix } });
    proc = p;
    const port = await waitFor(
      'the service to listen',
      () => {
        if (p.exit) throw new Error(`run exited: ${p.other.slice(-5).join('\n')}`);
        return p.logs.find((l) => l.msg === 'deltafeed running')?.port as number | undefined;
      },
      { timeoutMs: 30_000 },
    );
    const deliveries = async (id: string): Promise<Delivery[]> =>
      (await (await fetch(`http://127.0.0.1:${port}/api/deliveries?webhook=${id}`)).json()) as Delivery[];
    // Every endpoint's deliveries settled: none pending any more.
    const settled = await waitFor(
      'every delivery delivered or failed',
      async () => {
        const all = await Promise.all(HOOKS.map(async (id) => [id, await deliveries(id)] as const));
        const done = all.every(([, ds]) => ds.length > 0 && ds.every((d) => d.status !== 'pending'));
        return done ? new Map(all) : undefined;
      },
      { timeoutMs: 120_000, everyMs: 500 },
    );
    const events = new Set(settled.get('ok')!.map((d) => d.eventId));
    expect(events.size).toBeGreaterThan(0);

    // The healthy receiver: each event once, signed as documented, the non-ASCII title intact in UTF-8.
    const ok = hits.get('ok')!;
    expect(new Set(ok.map((h) => h.id))).toEqual(events);
    expect(ok.length).toBe(events.size);
    for (const h of ok) {
      expect(h.signatureOk).toBe(true);
      expect((JSON.parse(h.body.toString('utf8')) as { data: { topic: { title: string } } }).data.topic.title).toBe(
        TITLE,
      );
    }
    // Every attempt at every receiver is signed, and a retry resends the same bytes under the same id.
    for (const [path, list] of hits) {
      expect(
        list.every((h) => h.signatureOk),
        path,
      ).toBe(true);
      for (const h of list)
        expect(
          list.filter((o) => o.id === h.id).every((o) => o.body.equals(h.body)),
          path,
        ).toBe(true);
    }

    const by = (id: (typeof HOOKS)[number]) => settled.get(id)!;
    expect(by('flaky').every((d) => d.status === 'delivered')).toBe(true);
    expect(by('flaky').some((d) => d.attempts === 2)).toBe(true);
    expect(by('huge').every((d) => d.status === 'delivered' && d.lastResponseCode === 200)).toBe(true);
    for (const d of by('redirect-private'))
      expect(d).toMatchObject({
        status: 'failed',
        attempts: 2,
        lastResponseCode: 307,
        lastError: 'HTTP 307 redirect to http://169.254.169.254/latest/meta-data/ (not followed)',
      });
    for (const d of by('slow')) {
      expect(d).toMatchObject({ status: 'failed', attempts: 2, lastResponseCode: null });
      expect(d.lastError).toMatch(/^TIMEOUT: timed out after 1500 ms/);
    }
    for (const d of by('refused')) {
      expect(d).toMatchObject({ status: 'failed', attempts: 2, lastResponseCode: null });
      expect(d.lastError).toMatch(/^NETWORK: ECONNREFUSED/);
    }
    const stop = await p.stop(30_000);
    proc = null;
    expect(stop.code).toBe(0);
  });
});
