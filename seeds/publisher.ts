// The sample publisher: serves the demo corpus as RSS/Atom feeds and HTML pages on loopback, one phase of the
// timeline at a time. Conditional GETs get 304s, anything unknown a plain 404.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeltafeedError } from '../src/errors.js';
import { articles, feeds } from './corpus/index.js';
import { buildSite, type Resource } from './site.js';
import { PHASE_COUNT, phaseAt } from './timeline.js';

export { demoScenario } from './scenario.js';

export interface PublisherOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 1. */
  phase?: number;
}

export interface PublishedFeed {
  /** The source id config/demo.yaml uses for it. */
  id: string;
  url: string;
  title: string;
}

export interface Publisher {
  /** http://127.0.0.1:PORT */
  url: string;
  readonly phase: number;
  setPhase(n: number): void;
  phases: number;
  feeds: PublishedFeed[];
  /** Absolute URL of a corpus article's page (its canonical URL). */
  articleUrl(id: string): string;
  close(): Promise<void>;
}

export class PublisherPhaseError extends DeltafeedError {
  constructor(n: unknown) {
    super('PUBLISHER_PHASE', `phase must be an integer from 1 to ${PHASE_COUNT}, got ${String(n)}`);
  }
}

function checkPhase(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > PHASE_COUNT) throw new PublisherPhaseError(n);
  return n;
}

/** Whether If-None-Match names this entity tag (weak comparison, as GET allows). */
function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => bare(t) === bare(etag));
}

export async function startPublisher(opts: PublisherOptions = {}): Promise<Publisher> {
  const host = opts.host ?? '127.0.0.1';
  let phase = checkPhase(opts.phase ?? 1);
  // Built once the port is known: pages carry absolute canonical URLs.
  let sites: Map<string, Resource>[] = [];

  /** The simulated time at which this resource last changed: the first phase of its current run of equal bytes. */
  const lastModified = (path: string, res: Resource): string => {
    let q = phase;
    while (q > 1 && sites[q - 2]?.get(path)?.etag === res.etag) q--;
    return new Date(phaseAt(q).at).toUTCString();
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Method not allowed\n');
      return;
    }
    // Query strings (tracking parameters, cache busters) never change what a path serves.
    const path = new URL(req.url ?? '/', 'http://publisher.invalid').pathname;
    const found = sites[phase - 1]?.get(path);
    if (!found) {
      res
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' })
        .end('Not found\n');
      return;
    }
    const modified = lastModified(path, found);
    const headers = { ETag: found.etag, 'Last-Modified': modified, 'Cache-Control': 'no-cache' };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    // RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only without it.
    const notModified =
      inm !== undefined ? etagMatches(inm, found.etag) : ims !== undefined && Date.parse(ims) >= Date.parse(modified);
    if (notModified) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': found.contentType, 'Content-Length': found.body.length });
    res.end(req.method === 'HEAD' ? undefined : found.body);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}`;
  sites = Array.from({ length: PHASE_COUNT }, (_, i) => buildSite(i + 1, url));

  return {
    url,
    get phase() {
      return phase;
    },
    setPhase(n: number) {
      phase = checkPhase(n);
    },
    phases: PHASE_COUNT,
    feeds: feeds.map((f) => ({ id: f.id, url: `${url}${f.path}`, title: f.title })),
    articleUrl(id: string) {
      const a = articles.find((x) => x.id === id);
      if (!a) throw new DeltafeedError('PUBLISHER_UNKNOWN_ARTICLE', `no demo article "${id}"`);
      return `${url}${a.path}`;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets from pollers would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
