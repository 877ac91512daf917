// Real HTTP webhook receivers on port 0 for the delivery tests, each answering by a rule the test sets.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { EVENT_TYPES } from '../../src/config/schema.js';
import type { WebhookConfig } from '../../src/config/load.js';

export interface Received {
  id: string;
  timestamp: string;
  signature: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Local receive time, ms. */
  at: number;
  /** How many requests with this webhook-id came before this one. */
  seq: number;
}

/** Answer a request: write the response, or return "hang" to never answer. */
export type Rule = (r: Received, res: ServerResponse) => void | 'hang';

export interface Receiver {
  url: string;
  received: Received[];
  /** Requests answered 2xx, by webhook-id. */
  okCount(id: string): number;
  setRule(rule: Rule): void;
  close(): Promise<void>;
}

export const ok: Rule = (_r, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
};

export async function startReceiver(rule: Rule = ok): Promise<Receiver> {
  const received: Received[] = [];
  const okIds: string[] = [];
  const sockets = new Set<Socket>();
  let current = rule;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const id = String(req.headers['webhook-id'] ?? '');
      const r: Received = {
        id,
        timestamp: String(req.headers['webhook-timestamp'] ?? ''),
        signature: String(req.headers['webhook-signature'] ?? ''),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
        seq: received.filter((x) => x.id === id).length,
      };
      received.push(r);
      if (current(r, res) === 'hang') return;
      if (res.statusCode >= 200 && res.statusCode < 300) okIds.push(id);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    okCount: (id) => okIds.filter((x) => x === id).length,
    setRule(r) {
      current = r;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export const SECRET_A = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
export const SECRET_B = `whsec_${Buffer.from('another secret, for rotation!!').toString('base64')}`;

export function endpoint(id: string, url: string, over: Partial<WebhookConfig> = {}): WebhookConfig {
  return {
    id,
    url,
    secrets: [SECRET_A, SECRET_B],
    events: [...EVENT_TYPES],
    topics: ['*'],
    allowPrivateNetworks: true,
    timeout: 2000,
    retrySchedule: [100, 100, 100, 100],
    concurrency: 4,
    ...over,
  };
}

/** Polls until `cond` holds; fails with `what` after `ms`. */
export async function waitFor(cond: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
