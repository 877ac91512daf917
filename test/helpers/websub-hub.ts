// A small WebSub hub for tests of the subscriber side (W3C WebSub §5-§7), on a real HTTP server on port 0. It
// checks each (un)subscription request, answers 202, verifies intent with a GET challenge at the callback, keeps
// the verified subscriptions, and pushes content signed with each subscriber's hub.secret.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { hubSignature } from '../../src/sources/websub/signature.js';

export interface HubRequest {
  mode: string;
  topic: string;
  callback: string;
  secret: string | null;
  leaseSeconds: number | null;
  /** What the problem was, when the request was refused (400). */
  refused: string | null;
  /** The callback echoed the challenge (null until the verification ran). */
  verified: boolean | null;
}

export interface HubSubscription {
  topic: string;
  callback: string;
  secret: string | null;
}

export interface TestHub {
  url: string;
  requests: HubRequest[];
  subscriptions: Map<string, HubSubscription>;
  /** Lease granted in verifications (hub.lease_seconds). */
  grantLeaseSeconds: number;
  /** Push `body` to every verified subscriber of `topic`; returns their answers. */
  publish(
    topic: string,
    body: string,
    opts?: { contentType?: string; signature?: (secret: string, body: string) => string | null },
  ): Promise<{ callback: string; status: number }[]>;
  /** The verification answer of the callback itself, for a GET the hub makes up (a forged request). */
  probe(callback: string, params: Record<string, string>): Promise<{ status: number; text: string }>;
  waitFor(predicate: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

export async function startTestHub(): Promise<TestHub> {
  const requests: HubRequest[] = [];
  const subscriptions = new Map<string, HubSubscription>();

  const verifyIntent = async (r: HubRequest, hub: TestHub) => {
    const challenge = randomBytes(12).toString('hex');
    const u = new URL(r.callback);
    u.searchParams.set('hub.mode', r.mode);
    u.searchParams.set('hub.topic', r.topic);
    u.searchParams.set('hub.challenge', challenge);
    if (r.mode === 'subscribe') u.searchParams.set('hub.lease_seconds', String(hub.grantLeaseSeconds));
    const res = await fetch(u);
    const text = await res.text();
    r.verified = res.status >= 200 && res.status < 300 && text === challenge;
    if (!r.verified) return;
    if (r.mode === 'subscribe')
      subscriptions.set(r.callback, { topic: r.topic, callback: r.callback, secret: r.secret });
    else subscriptions.delete(r.callback);
  };

  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/hub') return void res.writeHead(404).end();
    void readForm(req).then((form) => {
      const r: HubRequest = {
        mode: form.get('hub.mode') ?? '',
        topic: form.get('hub.topic') ?? '',
        callback: form.get('hub.callback') ?? '',
        secret: form.get('hub.secret'),
        leaseSeconds: form.has('hub.lease_seconds') ? Number(form.get('hub.lease_seconds')) : null,
        refused: null,
        verified: null,
      };
      if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') r.refused = 'not a form';
      else if (r.mode !== 'subscribe' && r.mode !== 'unsubscribe') r.refused = `bad hub.mode "${r.mode}"`;
      else if (!/^https?:\/\//.test(r.topic)) r.refused = 'bad hub.topic';
      else if (!/^https?:\/\//.test(r.callback)) r.refused = 'bad hub.callback';
      else if (r.secret !== null && (r.secret.length === 0 || Buffer.byteLength(r.secret) >= 200))
        r.refused = 'hub.secret must be 1 to 199 bytes';
      requests.push(r);
      if (r.refused) return void res.writeHead(400, { 'content-type': 'text/plain' }).end(r.refused);
      res.writeHead(202).end();
      // Asynchronous verification, as most hubs do it: after the 202.
      setTimeout(() => void verifyIntent(r, hub).catch(() => (r.verified = false)), 20);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hub`;

  const hub: TestHub = {
    url,
    requests,
    subscriptions,
    grantLeaseSeconds: 3600,
    async publish(topic, body, opts = {}) {
      const out: { callback: string; status: number }[] = [];
      for (const s of subscriptions.values()) {
        if (s.topic !== topic) continue;
        const headers: Record<string, string> = {
          'content-type': opts.contentType ?? 'application/rss+xml',
          link: `<${url}>; rel="hub", <${topic}>; rel="self"`,
        };
        const sig = opts.signature
          ? opts.signature(s.secret ?? '', body)
          : s.secret
            ? hubSignature(s.secret, body)
            : null;
        if (sig) headers['x-hub-signature'] = sig;
        const res = await fetch(s.callback, { method: 'POST', headers, body });
        await res.arrayBuffer();
        out.push({ callback: s.callback, status: res.status });
      }
      return out;
    },
    async probe(callback, params) {
      const u = new URL(callback);
      for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
      const res = await fetch(u);
      return { status: res.status, text: await res.text() };
    },
    async waitFor(predicate, what, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`test hub: timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  return hub;
}
