// A real HTTP server of ours on port 0 with a real Redis under a fresh prefix, and a raw-socket client that can
// send what node's own client refuses to (broken percent-encodings, odd methods, odd header bytes).
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { parseConfigText, type Config } from '../../src/config/load.js';
import { createHttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import { createMetrics } from '../../src/metrics.js';
import { testRedis, type TestRedis } from '../helpers/redis.js';

export interface TestServer {
  port: number;
  config: Config;
  store: TestRedis;
  close(): Promise<void>;
}

export async function startTestServer(name: string, yaml = '', env: NodeJS.ProcessEnv = {}): Promise<TestServer> {
  const store = testRedis(name);
  const config = parseConfigText(`topics:\n  - { id: nato, title: NATO, query: nato }\n${yaml}`, env);
  const server = createHttpServer({ config, ctx: store, log: createLogger('fatal'), metrics: createMetrics() });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    config,
    store,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await store.cleanup();
    },
  };
}

export interface RawAnswer {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** One request over a fresh connection, written byte for byte as given; the answer's status, headers and body. */
export function rawRequest(
  port: number,
  method: string,
  target: string,
  headers: [string, string][] = [],
): Promise<RawAnswer> {
  const head = [
    `${method} ${target} HTTP/1.1`,
    'host: 127.0.0.1',
    'connection: close',
    ...headers.map(([k, v]) => `${k}: ${v}`),
  ];
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${method} ${target}`)));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (!m) return reject(new Error(`no status line for ${method} ${target}: ${JSON.stringify(text.slice(0, 200))}`));
      const split = text.indexOf('\r\n\r\n');
      const map = new Map<string, string>();
      for (const line of text.slice(0, split).split('\r\n').slice(1)) {
        const i = line.indexOf(':');
        map.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
      }
      resolve({ status: Number(m[1]), headers: map, body: text.slice(split + 4) });
    });
    // write, not end: node's server drops a connection whose client half-closes before the answer is ready.
    socket.write(`${head.join('\r\n')}\r\n\r\n`, 'latin1');
  });
}
