// Feeds as real publishers serve them, through the real fetching code (fetchDocument on a node:http server on
// port 0) and the feed parser: what a lenient reader (feedparser, Miniflux) accepts is read, and what must
// stay refused (entities from a DOCTYPE, bodies over the cap, a document cut off) still is, with a reason.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument } from '../../src/fetch/document.js';
import { FetchError } from '../../src/fetch/errors.js';
import { FeedParseError } from '../../src/sources/errors.js';
import { parseFeed, type ParsedFeed } from '../../src/sources/parse.js';
import { repairXml, wrapMarkupInText } from '../../src/sources/xml-repair.js';

const RSS_TYPE = 'application/rss+xml';
const rss = (items: string, title = 'Quirks') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title>` +
  `<link>http://example.org/</link><description>d</description>${items}</channel></rss>`;
const item = (title: string, link = 'http://example.org/a') =>
  `<item><title>${title}</title><link>${link}</link><guid>${link}</guid></item>`;

/** path -> [body, content-type or null for none] */
const FIXTURES: Record<string, [string | Buffer, string | null]> = {
  '/bare-amp.xml': [rss(item('AT&T & Verizon', 'http://example.org/a?x=1&y=2')), RSS_TYPE],
  '/bare-lt.xml': [rss(item('3 < 4, x <= y and <3')), RSS_TYPE],
  '/lt-opens-tag.xml': [rss(item('a<b')), RSS_TYPE],
  '/html-in-text.xml': [
    rss(
      `<item><title>Line<br>break</title><link>http://example.org/h</link>` +
        `<description><p>First <b>bold</b> & more <img src="x.png"></description></item>`,
    ),
    RSS_TYPE,
  ],
  '/atom-xhtml.xml': [
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:e1</id>` +
      `<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Fine <b>markup</b></div></title>` +
      `<link href="http://example.org/x"/><summary>Raw <br> break</summary></entry></feed>`,
    'application/atom+xml',
  ],
  '/truncated.xml': [rss(item('Cut off')).slice(0, -30), RSS_TYPE],
  '/cdata-lt.xml': [rss(item('<![CDATA[<b>Bold</b> 3 < 4]]>')), RSS_TYPE],
  '/html-entities.xml': [rss(item('Caf&eacute;&nbsp;talks &mdash; day&nbsp;2')), RSS_TYPE],
  '/doctype-entity.xml': [
    `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY boom "EXPANDED">]>` +
      `<rss version="2.0"><channel><title>t</title>${item('x &boom; y')}</channel></rss>`,
    RSS_TYPE,
  ],
  '/bom.xml': [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rss(item('With a BOM')))]), RSS_TYPE],
  '/blank-before.xml': [`\r\n\n   \t\n${rss(item('Blank lines first'))}`, RSS_TYPE],
  '/controls.xml': [rss(item('Tab\u000Bbed\u001B[0m title')), RSS_TYPE],
  '/upper-rss.xml': [
    `<?xml version="1.0"?><RSS VERSION="2.0"><CHANNEL><TITLE>Shouting</TITLE><ITEM><TITLE>Upper</TITLE>` +
      `<LINK>http://example.org/upper</LINK><PUBDATE>Tue, 01 Dec 2026 10:00:00 GMT</PUBDATE></ITEM></CHANNEL></RSS>`,
    RSS_TYPE,
  ],
  '/mixed-case.xml': [
    `<rss version="2.0"><Channel><Title>Mixed</Title><Item><Title>Mixed item</Title>` +
      `<Link>http://example.org/mixed</Link><dc:Creator xmlns:dc="http://purl.org/dc/elements/1.1/">Ann</dc:Creator>` +
      `</Item></Channel></rss>`,
    'text/xml',
  ],
  '/guid-permalink.xml': [
    rss(`<item><title>No link</title><guid isPermaLink="true">http://example.org/from-guid</guid></item>`),
    RSS_TYPE,
  ],
  '/link-whitespace.xml': [
    rss(`<item><title>Spaced</title><link>\n    http://example.org/spaced  \n</link></item>`),
    RSS_TYPE,
  ],
  '/relative.xml': [
    rss(`<item><title>Relative</title><link>/news/rel-1</link></item>` + item('Sibling', 'rel-2.html')),
    RSS_TYPE,
  ],
  '/as-html.xml': [rss(item('Served as HTML')), 'text/html; charset=utf-8'],
  '/empty.xml': ['', RSS_TYPE],
  '/empty-untyped.xml': ['', null],
  '/big.xml': [rss(item('x'.repeat(5000))), RSS_TYPE],
};

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const f = FIXTURES[req.url ?? ''];
    if (!f) return void res.writeHead(404).end();
    res.writeHead(200, f[1] ? { 'content-type': f[1] } : {});
    res.end(f[0]);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function read(path: string, maxBytes = 1_000_000): Promise<ParsedFeed> {
  const doc = await fetchDocument(origin + path, {
    kind: 'feed',
    timeoutMs: 5000,
    maxBytes,
    userAgent: 'deltafeed-test',
    maxRedirects: 3,
    allowPrivateNetworks: true,
  });
  return parseFeed(doc.text, doc.url);
}

async function failure(path: string, maxBytes?: number): Promise<Error> {
  try {
    await read(path, maxBytes);
  } catch (err) {
    return err as Error;
  }
  throw new Error(`${path} was read`);
}

const titles = (f: ParsedFeed) => f.items.map((i) => i.title);
const links = (f: ParsedFeed) => f.items.map((i) => i.link);

describe('feed quirks a reader should accept', () => {
  it('a bare "&" in text and in a link', async () => {
    const f = await read('/bare-amp.xml');
    expect(titles(f)).toEqual(['AT&T & Verizon']);
    expect(links(f)).toEqual(['http://example.org/a?x=1&y=2']);
  });

  it('a bare "<" that cannot open a tag', async () => {
    expect(titles(await read('/bare-lt.xml'))).toEqual(['3 < 4, x <= y and <3']);
  });

  it('HTML entities XML does not define, without a DOCTYPE', async () => {
    expect(titles(await read('/html-entities.xml'))).toEqual(['Café talks — day 2']);
  });

  it('a UTF-8 BOM, and blank lines or whitespace before <?xml', async () => {
    expect(titles(await read('/bom.xml'))).toEqual(['With a BOM']);
    expect(titles(await read('/blank-before.xml'))).toEqual(['Blank lines first']);
  });

  it('control characters in text are dropped', async () => {
    expect(titles(await read('/controls.xml'))).toEqual(['Tab bed[0m title']);
  });

  it('RSS written in upper or mixed case', async () => {
    const upper = await read('/upper-rss.xml');
    expect(upper.title).toBe('Shouting');
    expect(titles(upper)).toEqual(['Upper']);
    expect(links(upper)).toEqual(['http://example.org/upper']);
    expect(upper.items[0]?.published).toBe('2026-12-01T10:00:00.000Z');
    const mixed = await read('/mixed-case.xml');
    expect(titles(mixed)).toEqual(['Mixed item']);
    expect(links(mixed)).toEqual(['http://example.org/mixed']);
  });

  it('an item with no link but a permalink guid; a link padded with whitespace', async () => {
    expect(links(await read('/guid-permalink.xml'))).toEqual(['http://example.org/from-guid']);
    expect(links(await read('/link-whitespace.xml'))).toEqual(['http://example.org/spaced']);
  });

  it('relative item links resolve against the feed URL', async () => {
    expect(links(await read('/relative.xml'))).toEqual([`${origin}/news/rel-1`, `${origin}/rel-2.html`]);
  });

  it('raw HTML in titles and descriptions (unclosed, void elements), as lenient readers take it', async () => {
    const f = await read('/html-in-text.xml');
    expect(titles(f)).toEqual(['Line break']);
    expect(f.items[0]?.summary).toBe('First bold & more');
    expect(titles(await read('/lt-opens-tag.xml'))).toEqual(['a<b']);
  });

  it("Atom's xhtml content stays markup while a raw <br> in a summary is read", async () => {
    const f = await read('/atom-xhtml.xml');
    expect(titles(f)).toEqual(['Fine markup']);
    expect(f.items[0]?.summary).toBe('Raw break');
  });

  it('a feed served as text/html', async () => {
    expect(titles(await read('/as-html.xml'))).toEqual(['Served as HTML']);
  });
});

describe('what stays refused, with a reason', () => {
  it('a 0-byte body is an empty document, typed or not', async () => {
    for (const path of ['/empty.xml', '/empty-untyped.xml']) {
      const err = await failure(path);
      expect(err).toBeInstanceOf(FeedParseError);
      expect((err as FeedParseError).reason).toBe('empty document');
    }
  });

  it('entities a DOCTYPE declares are not expanded', async () => {
    const f = await read('/doctype-entity.xml');
    expect(titles(f).join(' ')).not.toContain('EXPANDED');
  });

  it('a document cut off before its end is malformed XML', async () => {
    const err = await failure('/truncated.xml');
    expect(err).toBeInstanceOf(FeedParseError);
    expect((err as FeedParseError).reason).toMatch(/^malformed XML: /);
  });

  it('the size cap holds for a lenient feed', async () => {
    const err = await failure('/big.xml', 2000);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).code).toBe('TOO_LARGE');
  });

  it('text inside CDATA is left alone', async () => {
    expect(titles(await read('/cdata-lt.xml'))).toEqual(['Bold 3 < 4']);
  });
});

describe('repairXml', () => {
  it('escapes a "<" that cannot start markup, and only that', () => {
    expect(repairXml('<t>1 < 2</t>')).toBe('<t>1 &lt; 2</t>');
    expect(repairXml('<t>a</t><!-- c --><?pi x?><u/>')).toBe('<t>a</t><!-- c --><?pi x?><u/>');
    expect(repairXml('<t><![CDATA[1 < 2]]></t>')).toBe('<t><![CDATA[1 < 2]]></t>');
  });

  it('puts RSS element names in their case in RSS documents only, never prefixed names', () => {
    expect(repairXml('<RSS><ITEM><PUBDATE>x</PUBDATE></ITEM></RSS>')).toBe(
      '<rss><item><pubDate>x</pubDate></item></rss>',
    );
    expect(repairXml('<rss><x:Title>t</x:Title><Custom/></rss>')).toBe('<rss><x:Title>t</x:Title><Custom/></rss>');
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><Title>t</Title></feed>';
    expect(repairXml(atom)).toBe(atom);
  });
});

describe('wrapMarkupInText', () => {
  it('puts raw HTML of text elements in CDATA, and nothing else', () => {
    expect(wrapMarkupInText('<item><title>a<br>b</title><link>u</link></item>')).toBe(
      '<item><title><![CDATA[a<br>b]]></title><link>u</link></item>',
    );
    expect(wrapMarkupInText('<description>x ]]> <p>y</description>')).toBe(
      '<description><![CDATA[x ]]]]><![CDATA[> <p>y]]></description>',
    );
    const untouched = [
      '<title>plain</title>',
      '<title><![CDATA[<b>already</b>]]></title>',
      '<title type="xhtml"><div>ok</div></title>',
      '<title/><description>no end',
    ];
    for (const x of untouched) expect(wrapMarkupInText(x)).toBe(x);
  });
});
