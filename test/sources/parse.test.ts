import { describe, expect, it } from 'vitest';
import { FeedParseError } from '../../src/sources/errors.js';
import { parseFeed } from '../../src/sources/parse.js';

const FEED_URL = 'https://news.example.org/feeds/world.xml';

function rss(items: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" ${extra}><channel><title>Example World</title><link>https://news.example.org/</link>
${items}
</channel></rss>`;
}

const itemA = `<item><title>Harbour bridge reopens</title><link>/world/bridge</link><guid isPermaLink="false">ex-1001</guid>
  <pubDate>Tue, 03 Dec 2024 14:05:00 GMT</pubDate><description>&lt;p&gt;The bridge &lt;b&gt;reopened&lt;/b&gt; today.&lt;/p&gt;</description></item>`;
const itemB = `<item><title>Council votes on budget</title><link>https://news.example.org/world/budget?ref=rss</link>
  <guid>https://news.example.org/world/budget</guid><pubDate>Tue, 03 Dec 2024 12:00:00 GMT</pubDate></item>`;
const itemC = `<item><title>Storm warning</title><link>https://news.example.org/world/storm</link>
  <pubDate>Mon, 02 Dec 2024 08:00:00 GMT</pubDate></item>`;

async function parseError(xml: string): Promise<FeedParseError> {
  try {
    await parseFeed(xml, FEED_URL);
  } catch (err) {
    expect(err).toBeInstanceOf(FeedParseError);
    return err as FeedParseError;
  }
  throw new Error('expected a FeedParseError');
}

describe('parseFeed: RSS 2.0', () => {
  it('reads items with resolved links, ISO dates and plain-text summaries', async () => {
    const feed = await parseFeed(rss(itemA + itemB + itemC), FEED_URL);
    expect(feed.title).toBe('Example World');
    expect(feed.format).toBe('rss');
    expect(feed.items).toHaveLength(3);
    const [a, b, c] = feed.items;
    expect(a?.link).toBe('https://news.example.org/world/bridge');
    expect(a?.published).toBe('2024-12-03T14:05:00.000Z');
    expect(a?.summary).toBe('The bridge reopened today.');
    expect(a?.key.startsWith('g:')).toBe(true);
    expect(b?.key.startsWith('g:')).toBe(true);
    expect(c?.key.startsWith('l:')).toBe(true);
    expect(new Set(feed.items.map((i) => i.key)).size).toBe(3);
  });

  it('decodes entities and CDATA in titles, and strips markup from them', async () => {
    const items = `
      <item><title><![CDATA[Tom &amp; Jerry&rsquo;s <b>big</b> day]]></title><link>https://x.example/1</link></item>
      <item><title>AT&amp;amp;T buys &#8220;Acme&#8221; &hellip; again</title><link>https://x.example/2</link></item>
      <item><title>Caf&eacute; owners &amp; AT&T&nbsp;staff</title><link>https://x.example/3</link></item>
      <item><title>1 &lt; 2 and 3 &gt; 2</title><link>https://x.example/4</link></item>`;
    const feed = await parseFeed(rss(items), FEED_URL);
    expect(feed.items.map((i) => i.title)).toEqual([
      'Tom & Jerry\u2019s big day',
      'AT&T buys \u201CAcme\u201D \u2026 again',
      'Caf\u00E9 owners & AT&T staff',
      '1 < 2 and 3 > 2',
    ]);
  });

  it('keeps links in CDATA intact', async () => {
    const feed = await parseFeed(
      rss('<item><title>q</title><link><![CDATA[https://x.example/a?b=1&c=2]]></link></item>'),
      FEED_URL,
    );
    expect(feed.items[0]?.link).toBe('https://x.example/a?b=1&c=2');
  });

  it('falls back guid -> link -> title+date for keys', async () => {
    const items = `
      <item><title>No link, no guid</title><pubDate>Mon, 02 Dec 2024 08:00:00 GMT</pubDate></item>
      <item><title>Permalink guid only</title><guid>https://x.example/p</guid></item>
      <item><title>Unsafe link</title><link>javascript:alert(1)</link><guid isPermaLink="false">u-1</guid></item>`;
    const [t, p, u] = (await parseFeed(rss(items), FEED_URL)).items;
    expect(t?.key.startsWith('t:')).toBe(true);
    expect(t?.link).toBe('');
    expect(p?.link).toBe('https://x.example/p');
    expect(u?.link).toBe('');
  });

  it('makes no new keys when items are reordered or rewritten, and notices the rewrite', async () => {
    const first = await parseFeed(rss(itemA + itemB + itemC), FEED_URL);
    const rewrittenA = itemA.replace('Harbour bridge reopens', 'Harbour bridge reopens after repairs');
    const again = await parseFeed(rss(itemC + itemB + rewrittenA), FEED_URL);
    expect(new Set(again.items.map((i) => i.key))).toEqual(new Set(first.items.map((i) => i.key)));
    const hashes = (f: typeof first) => new Map(f.items.map((i) => [i.key, i.entryHash]));
    const before = hashes(first);
    const after = hashes(again);
    const changed = [...after].filter(([k, h]) => before.get(k) !== h).map(([k]) => k);
    expect(changed).toEqual([first.items[0]?.key]);
  });

  it('notices an updated date or summary without a title change', async () => {
    const base = await parseFeed(rss(itemC), FEED_URL);
    const dated = await parseFeed(
      rss(
        itemC
          .replace('</pubDate>', '</pubDate><atom:updated>2024-12-04T00:00:00Z</atom:updated>')
          .replace('<item>', '<item xmlns:atom="http://www.w3.org/2005/Atom">'),
      ),
      FEED_URL,
    );
    expect(dated.items[0]?.key).toBe(base.items[0]?.key);
    expect(dated.items[0]?.updated).toBe('2024-12-04T00:00:00.000Z');
    expect(dated.items[0]?.entryHash).not.toBe(base.items[0]?.entryHash);
  });

  it('keeps one item per key', async () => {
    const feed = await parseFeed(rss(itemA + itemA.replace('Harbour', 'Dup')), FEED_URL);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.title).toBe('Harbour bridge reopens');
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  it('reads items, dc:date and rdf:about identity', async () => {
    const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF Desk</title><link>https://rdf.example/</link>
    <items><rdf:Seq><rdf:li rdf:resource="https://rdf.example/one"/></rdf:Seq></items></channel>
  <item rdf:about="https://rdf.example/one"><title>First &amp; only</title><link>https://rdf.example/one</link>
    <description>Short text.</description><dc:date>2024-11-30T10:00:00+01:00</dc:date></item>
  <item rdf:about="https://rdf.example/two"><title>Second</title><link>https://rdf.example/two</link></item>
</rdf:RDF>`;
    const feed = await parseFeed(xml, FEED_URL);
    expect(feed.format).toBe('rdf');
    expect(feed.title).toBe('RDF Desk');
    expect(feed.items.map((i) => i.title)).toEqual(['First & only', 'Second']);
    expect(feed.items[0]?.published).toBe('2024-11-30T09:00:00.000Z');
    expect(feed.items[0]?.summary).toBe('Short text.');
    expect(feed.items[0]?.key.startsWith('g:')).toBe(true);
  });
});

describe('parseFeed: Atom 1.0', () => {
  const atom = (entries: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Atom &amp;amp; Co</title><id>urn:feed</id>
  <updated>2024-12-03T00:00:00Z</updated><link rel="self" href="https://atom.example/feed"/>${entries}</feed>`;

  it('reads id, alternate link, published/updated and summary', async () => {
    const feed = await parseFeed(
      atom(`<entry><id>tag:atom.example,2024:1</id><title type="html">&lt;em&gt;Rates&lt;/em&gt; held</title>
        <link rel="enclosure" href="https://atom.example/a.mp3"/><link rel="alternate" href="/posts/rates"/>
        <published>2024-12-01T09:00:00Z</published><updated>2024-12-02T10:00:00Z</updated>
        <summary type="html">&lt;p&gt;The bank held rates.&lt;/p&gt;</summary></entry>
        <entry><id>tag:atom.example,2024:2</id><title>Bad date</title><link href="https://atom.example/b"/>
        <published>not a date</published><updated>2024-12-02T11:00:00Z</updated></entry>`),
      'https://atom.example/feed',
    );
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Atom & Co');
    const [a, b] = feed.items;
    expect(a?.title).toBe('Rates held');
    expect(a?.link).toBe('https://atom.example/posts/rates');
    expect(a?.published).toBe('2024-12-01T09:00:00.000Z');
    expect(a?.updated).toBe('2024-12-02T10:00:00.000Z');
    expect(a?.summary).toBe('The bank held rates.');
    expect(b?.published).toBeNull();
    expect(b?.updated).toBe('2024-12-02T11:00:00.000Z');
  });

  it('reads xhtml titles as text', async () => {
    const feed = await parseFeed(
      atom(
        '<entry><id>x</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Plain words</div></title><link href="https://a.example/x"/></entry>',
      ),
      FEED_URL,
    );
    expect(feed.items[0]?.title).toBe('Plain words');
  });
});

describe('parseFeed: JSON Feed', () => {
  it('reads items', async () => {
    const feed = await parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'JSON Desk',
        items: [
          {
            id: 7,
            url: '/j/7',
            title: 'Seven',
            content_html: '<p>Hi &amp; bye</p>',
            date_published: '2024-12-01T00:00:00Z',
          },
        ],
      }),
      FEED_URL,
    );
    expect(feed.format).toBe('json');
    expect(feed.items[0]?.link).toBe('https://news.example.org/j/7');
    expect(feed.items[0]?.summary).toBe('Hi & bye');
  });
});

describe('parseFeed: bad input', () => {
  it('reports malformed XML with the parser position', async () => {
    const err = await parseError(rss('<item><title>Unclosed</item>'));
    expect(err.code).toBe('FEED_PARSE');
    expect(err.reason).toMatch(/^malformed XML: .*Line/);
  });

  it('reports truncated XML', async () => {
    const full = rss(itemA + itemB);
    const err = await parseError(full.slice(0, full.length / 2));
    expect(err.reason).toMatch(/malformed XML|not a feed/);
  });

  it('says when the document is an HTML page or another XML vocabulary', async () => {
    expect((await parseError('<!DOCTYPE html><html><body><p>Hello</p></body></html>')).reason).toBe(
      'not a feed: got an HTML page',
    );
    expect((await parseError('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>')).reason).toContain(
      '<svg>',
    );
    expect((await parseError('   ')).reason).toBe('empty document');
    expect((await parseError('{"hello": 1}')).reason).toContain('not a JSON Feed');
  });
});

describe('parseFeed: Atom links (xml:base, rel)', () => {
  const atom = (body: string, feedBase = ''): string => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"${feedBase}><title>Atom base</title><id>urn:x</id>
<updated>2024-12-03T00:00:00Z</updated>${body}</feed>`;
  const entry = (n: number, links: string, base = ''): string =>
    `<entry${base}><title>Entry ${n}</title><id>tag:example.org,2024:${n}</id>${links}<updated>2024-12-03T10:00:00Z</updated></entry>`;

  it('resolves relative hrefs against the xml:base chain, each base relative to its parent', async () => {
    const feed = await parseFeed(
      atom(
        entry(1, '<link rel="alternate" href="one.html"/>', ' xml:base="sub/"') +
          entry(2, '<link href="/two"/>') +
          entry(3, '<link xml:base="https://cdn.example.net/x/" href="three.html"/>'),
        ' xml:base="https://mirror.example.com/news/"',
      ),
      FEED_URL,
    );
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://mirror.example.com/news/sub/one.html',
      'https://mirror.example.com/two',
      'https://cdn.example.net/x/three.html',
    ]);
  });

  it('without any xml:base, resolves against the feed URL as before', async () => {
    const feed = await parseFeed(atom(entry(1, '<link href="one.html"/>')), FEED_URL);
    expect(feed.items[0]?.link).toBe('https://news.example.org/feeds/one.html');
  });

  it('takes a link without rel as the alternate one, not an earlier self or enclosure link', async () => {
    const links =
      '<link rel="self" href="/entries/1.xml"/><link rel="enclosure" href="/a.mp3"/><link href="/story/1"/>';
    const feed = await parseFeed(atom(entry(1, links)), FEED_URL);
    expect(feed.items[0]?.link).toBe('https://news.example.org/story/1');
  });

  it('keeps an explicit rel="alternate" over a later link without rel, and no link stays empty', async () => {
    const feed = await parseFeed(
      atom(entry(1, '<link rel="alternate" href="/a"/><link href="/b"/>') + entry(2, '')),
      FEED_URL,
    );
    expect(feed.items.map((i) => i.link)).toEqual(['https://news.example.org/a', '']);
  });
});

describe('parseFeed: Atom type="xhtml" text', () => {
  const feedOf = (entry: string): string => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>X</title><id>urn:x</id><updated>2024-12-03T00:00:00Z</updated>
<entry><id>tag:example.org,2024:1</id><link href="/a"/><updated>2024-12-03T10:00:00Z</updated>${entry}</entry></feed>`;
  const div = (inner: string): string => `<div xmlns="http://www.w3.org/1999/xhtml">${inner}</div>`;

  it('keeps the words of xhtml titles and content in document order', async () => {
    const feed = await parseFeed(
      feedOf(
        `<title type="xhtml">${div('Mayor <em>opens</em> the new <b>harbour</b> bridge')}</title>` +
          `<content type="xhtml">${div('<p>First <a href="/x">linked</a> words &amp; more.</p><p>Second &lt;para&gt;.</p>')}</content>`,
      ),
      FEED_URL,
    );
    expect(feed.items[0]?.title).toBe('Mayor opens the new harbour bridge');
    expect(feed.items[0]?.summary).toBe('First linked words & more. Second <para>.');
  });

  it('prefers an xhtml summary over content, and leaves text and html fields as they were', async () => {
    const feed = await parseFeed(
      feedOf(
        `<title type="html">Tide &lt;i&gt;turns&lt;/i&gt; early</title>` +
          `<summary type="xhtml">${div('Short <em>summary</em> here')}</summary>` +
          `<content type="xhtml">${div('The long body')}</content>`,
      ),
      FEED_URL,
    );
    expect(feed.items[0]?.title).toBe('Tide turns early');
    expect(feed.items[0]?.summary).toBe('Short summary here');
    const plain = await parseFeed(
      feedOf(`<title>Plain words</title><summary>A plain summary</summary><content type="xhtml">${div('x')}</content>`),
      FEED_URL,
    );
    expect(plain.items[0]?.title).toBe('Plain words');
    expect(plain.items[0]?.summary).toBe('A plain summary');
  });
});

describe('parseFeed: RSS roots', () => {
  const channel = `<channel><title>No version</title><item><title>One</title><link>/one</link></item></channel>`;

  it('reads an <rss> root without a version attribute, or with an unknown one, as RSS 2.0', async () => {
    for (const root of ['<rss>', '<rss version="">', '<rss version="3.0">']) {
      const feed = await parseFeed(`<?xml version="1.0"?>${root}${channel}</rss>`, FEED_URL);
      expect(feed.title).toBe('No version');
      expect(feed.items.map((i) => i.link)).toEqual(['https://news.example.org/one']);
    }
  });

  it('says an <rss> without <channel> is not a feed, rather than "malformed XML" with a program error', async () => {
    const err = await parseError('<?xml version="1.0"?><rss version="2.0"></rss>');
    expect(err.message).toMatch(/not a feed: .*root element of a feed but not its parts/);
    expect(err.message).not.toMatch(/undefined|malformed/);
    expect((await parseError('<rss version="2.0"><channel>')).message).toMatch(/malformed XML/);
  });

  it('still refuses a root that is no feed at all', async () => {
    const err = await parseError(`<?xml version="1.0"?><rsx>${channel}</rsx>`);
    expect(err.message).toContain('root element <rsx>');
  });
});

describe('parseFeed: repeated guids', () => {
  const item = (guid: string, link: string, title = `Title ${link}`) =>
    `<item><title>${title}</title><link>${link}</link><guid isPermaLink="false">${guid}</guid></item>`;

  it('keys items by link when one guid names several links, so each is fetched', async () => {
    const feed = await parseFeed(
      rss(item('same', '/a') + item('same', '/b') + item('same', '/a', 'Again') + item('own', '/c')),
      FEED_URL,
    );
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://news.example.org/a',
      'https://news.example.org/b',
      'https://news.example.org/c',
    ]);
    expect(feed.items[0]?.key).toMatch(/^l:/);
    expect(feed.items[2]?.key).toMatch(/^g:/);
  });

  it('keeps one item for a repeated item (same guid, same link), keyed by its guid', async () => {
    const feed = await parseFeed(rss(item('dup', '/a') + item('dup', '/a', 'Later title')), FEED_URL);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.key).toMatch(/^g:/);
    expect(feed.items[0]?.title).toBe('Title /a');
  });
});

describe('parseFeed: Atom under a namespace prefix', () => {
  const prefixed = (p: string, ns = 'http://www.w3.org/2005/Atom') => `<?xml version="1.0"?>
<${p}:feed xmlns:${p}="${ns}" xml:base="https://mirror.example.com/"><${p}:title>Prefixed</${p}:title><${p}:id>urn:p</${p}:id>
<${p}:updated>2024-12-03T00:00:00Z</${p}:updated><${p}:entry><${p}:title>One</${p}:title>
<${p}:id>urn:p:1</${p}:id><${p}:link href="one"/><${p}:published>2024-12-03T10:00:00Z</${p}:published></${p}:entry></${p}:feed>`;

  it('reads a feed that binds the Atom namespace to a prefix', async () => {
    for (const p of ['atom', 'a']) {
      const feed = await parseFeed(prefixed(p), FEED_URL);
      expect(feed.format).toBe('atom');
      expect(feed.title).toBe('Prefixed');
      expect(feed.items.map((i) => [i.title, i.link, i.published])).toEqual([
        ['One', 'https://mirror.example.com/one', '2024-12-03T10:00:00.000Z'],
      ]);
    }
  });

  it('leaves a prefixed root in another namespace alone: still not a feed', async () => {
    const err = await parseError(prefixed('x', 'http://example.org/not-atom'));
    expect(err.message).toContain('not a feed');
  });
});
