// OPML over HTTP and through the real CLI: the topics list a reader subscribes to, the sources list, and the
// round trip (an export imported into an empty config gives the same sources). Uses dist/ (npm run build).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/load.js';
import { readOpml } from '../../src/sources/opml/read.js';
import { runCli } from '../helpers/cli.js';
import { rawRequest, startTestServer, type TestServer } from './support.js';

const TOKEN = 'opml-api-token-0123456';
const KEY = 'opml-feed-key-0123456';
const SOURCES = `sources:
  - { id: harbour-gazette, url: "https://gazette.example.com/harbour/rss.xml", title: "Harbour Gazette & Co", every: 90s }
  - { id: tides, url: "https://tides.example.org/feed/?a=1&b=2" }
  - { id: nordstadt-bote, url: "https://bote.example.com/lokales.atom", title: "Nordstadt Bote – Lokales", every: 1h30m }
`;
const dir = mkdtempSync(join(tmpdir(), 'deltafeed-opml-'));
let open: TestServer;
let closed: TestServer;
beforeAll(async () => {
  open = await startTestServer('http-opml-open', SOURCES);
  closed = await startTestServer('http-opml-closed', `${SOURCES}http: { token: ${TOKEN}, feedToken: ${KEY} }\n`);
});
afterAll(async () => {
  await open.close();
  await closed.close();
});

async function get(
  s: TestServer,
  t: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string | null; body: string }> {
  const r = await fetch(`http://127.0.0.1:${s.port}${t}`, { headers });
  return { status: r.status, type: r.headers.get('content-type'), body: await r.text() };
}
const local = (s: TestServer, url: string) => url.slice(s.config.http.publicUrl.replace(/\/+$/, '').length);

describe('GET /feeds/topics.opml', () => {
  it('lists every topic feed, and each one answers', async () => {
    const r = await get(open, '/feeds/topics.opml');
    expect(r.status).toBe(200);
    expect(r.type).toBe('text/x-opml; charset=utf-8');
    const doc = readOpml(r.body);
    expect(doc.feeds.map((f) => [f.title, f.folders])).toEqual(
      open.config.topics.map((t) => [t.title, ['deltafeed topics']]),
    );
    for (const f of doc.feeds) expect((await get(open, local(open, f.xmlUrl))).status).toBe(200);
  });

  it('private feeds: needs the key, and every listed feed carries it', async () => {
    expect((await get(closed, '/feeds/topics.opml')).status).toBe(401);
    const r = await get(closed, `/feeds/topics.opml?key=${KEY}`);
    expect(r.status).toBe(200);
    const feeds = readOpml(r.body).feeds;
    expect(feeds.length).toBe(1);
    for (const f of feeds) {
      expect(f.xmlUrl).toContain(`?key=${KEY}`);
      expect((await get(closed, local(closed, f.xmlUrl))).status).toBe(200);
    }
  });

  it('answers conditional requests', async () => {
    const first = await fetch(`http://127.0.0.1:${open.port}/feeds/topics.opml`);
    const etag = first.headers.get('etag') ?? '';
    expect((await get(open, '/feeds/topics.opml', { 'if-none-match': etag })).status).toBe(304);
  });
});

describe('GET /feeds/sources.opml', () => {
  it('with http.token set, it needs the API token besides the feed key', async () => {
    const r = await rawRequest(closed.port, 'GET', `/feeds/sources.opml?key=${KEY}`);
    expect(r.status).toBe(401);
    expect(r.body).toContain('Authorization: Bearer');
    expect((await get(closed, '/feeds/sources.opml', { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it('an export imported into an empty config gives the same sources (the real CLI)', async () => {
    const opml = (await get(open, '/feeds/sources.opml')).body;
    const file = join(dir, 'export.opml');
    const config = join(dir, 'empty.yaml');
    writeFileSync(file, opml);
    writeFileSync(config, '');
    const r = await runCli(['sources', 'import', file, '--config', config]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`imported ${open.config.sources.length} sources into ${config}`);
    const pick = (ss: typeof open.config.sources) =>
      ss.map((s) => ({ id: s.id, url: s.url, title: s.title, every: s.every }));
    expect(pick(loadConfigFile(config).sources)).toEqual(pick(open.config.sources));
    // Importing it again adds nothing and says so.
    const again = await runCli(['sources', 'import', file, '--config', config]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing to import');
    expect(again.stderr).toContain('duplicate: already in the config as "harbour-gazette"');
  });
});

describe('deltafeed sources import', () => {
  const shipped = readFileSync('config/deltafeed.yaml', 'utf8');

  it("imports a reader's export into a commented config, keeping every comment, and reports what it skipped", async () => {
    const config = join(dir, 'commented.yaml');
    writeFileSync(config, shipped);
    const r = await runCli(['sources', 'import', 'test/fixtures/opml/inoreader.opml', '--config', config]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('line 13: "Radar (no feed)": type="rss" but no xmlUrl');
    expect(r.stderr).toContain('line 17: "Old Gopher Feed" <gopher://old.example.org/feed>: "gopher:" URL');
    const after = readFileSync(config, 'utf8');
    for (const line of shipped.split('\n')) expect(after).toContain(line);
    expect(loadConfigFile(config).sources.map((s) => s.id)).toEqual([
      'example-world',
      'ferry-timetables',
      'ferry-timetables-2',
      'coastal-weather',
      'novosti-porta',
      'port-example-com-zh-feed',
    ]);
  });

  it('--dry-run writes nothing', async () => {
    const config = join(dir, 'dry.yaml');
    writeFileSync(config, shipped);
    const r = await runCli(['sources', 'import', 'test/fixtures/opml/feedly.opml', '--config', config, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('would import 4 sources');
    expect(readFileSync(config, 'utf8')).toBe(shipped);
  });

  it.each([
    ['a file that is not OPML', ['package.json'], 1, /not well-formed XML|not OPML/],
    ['a missing file', ['nope.opml'], 1, /cannot read nope\.opml \(ENOENT\); give the path of an OPML file/],
    ['no file', [], 2, /usage: deltafeed sources import FILE\.opml/],
  ])('%s: exit %s with what to do, config untouched', async (_, args, code, message) => {
    const config = join(dir, 'untouched.yaml');
    writeFileSync(config, shipped);
    const r = await runCli(['sources', 'import', ...args, '--config', config]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(config, 'utf8')).toBe(shipped);
  });

  it('a missing config file is exit 2 with what to do', async () => {
    const r = await runCli(['sources', 'import', 'test/fixtures/opml/feedly.opml', '--config', join(dir, 'none.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(ENOENT); pass --config FILE (an empty file will do)');
  });

  it('a file whose feeds are all unusable is exit 1', async () => {
    const file = join(dir, 'bad.opml');
    writeFileSync(
      file,
      '<opml version="2.0"><body><outline text="x" type="rss" xmlUrl="ftp://a.example.com/"/></body></opml>',
    );
    const config = join(dir, 'bad.yaml');
    writeFileSync(config, '');
    const r = await runCli(['sources', 'import', file, '--config', config]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no source imported');
    expect(readFileSync(config, 'utf8')).toBe('');
  });
});
