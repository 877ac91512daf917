// OPML in: the shapes two popular readers export, folders flattened, what is not a feed reported, and hostile
// files (entity expansion, external entities, 100,000 outlines, deep nesting, not XML) refused with a reason.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MAX_DEPTH, MAX_OUTLINES, OpmlError, readOpml } from '../../src/sources/opml/read.js';
import { idFromTitle, planImport } from '../../src/sources/opml/import-plan.js';
import { renderOpml } from '../../src/sources/opml/write.js';

const fixture = (name: string) => readFileSync(`test/fixtures/opml/${name}`, 'utf8');
const plan = (text: string, existing: { id: string; url: string }[] = []) => planImport(readOpml(text), existing);

describe('Feedly-shaped export', () => {
  const p = plan(fixture('feedly.opml'));
  test('every feed in every folder, ids from titles, the repeated feed skipped as a duplicate', () => {
    expect(p.add).toEqual([
      { id: 'harbour-gazette', url: 'https://gazette.example.com/harbour/rss.xml', title: 'Harbour Gazette' },
      { id: 'tide-and-pilot-news', url: 'https://tides.example.org/feed/', title: 'Tide & Pilot News' },
      { id: 'nordstadt-bote-lokales', url: 'https://bote.example.com/lokales.atom', title: 'Nordstadt Bote – Lokales' },
      {
        id: 'bridge-engineering-weekly',
        url: 'http://bridges.example.net/weekly.rss',
        title: 'Bridge Engineering Weekly',
      },
    ]);
    expect(p.skipped).toEqual([
      {
        line: 14,
        title: 'Harbour Gazette',
        url: 'https://gazette.example.com/harbour/rss.xml',
        reason: 'duplicate: the same URL as line 9 ("harbour-gazette")',
      },
    ]);
  });
  test('folders are kept on each feed (for messages), flattened in the result', () => {
    expect(readOpml(fixture('feedly.opml')).feeds.map((f) => f.folders.join('/'))).toEqual([
      'Harbour',
      'Harbour',
      'Städte',
      'Städte',
      'Engineering',
    ]);
  });
});

describe('Inoreader-shaped export', () => {
  const p = plan(fixture('inoreader.opml'), [{ id: 'coastal-weather', url: 'https://other.example.com/feed' }]);
  test('same titles and taken ids get a suffix; non-Latin titles are transliterated or fall back to the URL', () => {
    expect(p.add.map((s) => [s.id, s.url])).toEqual([
      ['ferry-timetables', 'https://ferries.example.org/timetables.xml'],
      ['ferry-timetables-2', 'https://ferries.example.org/updates.xml'],
      ['coastal-weather-2', 'https://weather.example.com/coast/rss?region=north&lang=en'],
      ['novosti-porta', 'https://port.example.com/ru/feed'],
      ['port-example-com-zh-feed', 'https://port.example.com/zh/feed'],
    ]);
  });
  test('a feed without xmlUrl and a non-http URL are reported, with what to do', () => {
    expect(p.skipped.map((s) => [s.line, s.title, s.reason])).toEqual([
      [13, 'Radar (no feed)', 'type="rss" but no xmlUrl: add the feed\'s address as xmlUrl'],
      [17, 'Old Gopher Feed', '"gopher:" URL; only http:// and https:// feeds can be polled'],
    ]);
  });
});

describe('FreshRSS-shaped export (OPML 2.0, its own namespace)', () => {
  const p = plan(fixture('freshrss.opml'));
  test('feeds imported, foreign attributes ignored, a scraped page skipped', () => {
    expect(p.add.map((s) => s.id)).toEqual(['lighthouse-log', 'canal-works']);
    expect(p.skipped).toHaveLength(1);
    expect(p.skipped[0]?.reason).toMatch(/^type="html\+xpath" is not a feed/);
  });
  test('the head title is read', () => {
    expect(readOpml(fixture('freshrss.opml')).title).toBe('FreshRSS');
  });
});

test('a URL already in the config is a duplicate, whatever its host case or fragment', () => {
  const p = plan(fixture('freshrss.opml'), [{ id: 'mine', url: 'https://LIGHTHOUSE.example.org:443/log.rss#x' }]);
  expect(p.skipped.find((s) => s.title === 'Lighthouse Log')?.reason).toBe(
    'duplicate: already in the config as "mine"',
  );
});

test('ids are safe config ids, short, never empty', () => {
  for (const [title, url] of [
    ['', 'https://www.example.com/'],
    ['!!!', 'https://example.com/a/b.xml'],
    ['x'.repeat(300), 'https://example.com/'],
    ['🚀', 'https://例え.example/'],
  ]) {
    const id = idFromTitle(title as string, url as string);
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(id.length).toBeLessThanOrEqual(60);
  }
});

test('our own export reads back exactly: ids, titles with any character, poll intervals', () => {
  const text = renderOpml({
    title: 'x',
    outlines: [
      {
        text: 'A "quoted" <title> & co\twith tab\nand newline',
        xmlUrl: 'https://a.example.com/rss?x=1&y=2',
        ours: { id: 'custom-id', every: '1h30m' },
      },
      { text: 'B', xmlUrl: 'https://b.example.com/rss', ours: { id: 'custom-id', every: 'often' } },
    ],
  });
  expect(plan(text).add).toEqual([
    {
      id: 'custom-id',
      url: 'https://a.example.com/rss?x=1&y=2',
      title: 'A "quoted" <title> & co\twith tab\nand newline',
      every: '1h30m',
    },
    { id: 'custom-id-2', url: 'https://b.example.com/rss', title: 'B' },
  ]);
});

describe('hostile and broken files', () => {
  const bomb = `<?xml version="1.0"?>
<!DOCTYPE opml [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<opml version="2.0"><head><title>&lol9;</title></head><body><outline text="&lol9;" xmlUrl="https://a.example.com/&lol9;"/></body></opml>`;
  test.each([
    ['entity expansion ("billion laughs")', bomb, /undefined entity|entity/],
    [
      'an external entity',
      '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml><body><outline text="&x;" xmlUrl="https://a.example.com/"/></body></opml>',
      /entit/,
    ],
    ['not XML', 'title,url\nA,https://a.example.com/\n', /not well-formed|no XML element|not OPML/],
    ['an RSS feed instead of OPML', '<rss version="2.0"><channel><title>x</title></channel></rss>', /not OPML.*<rss>/],
    ['OPML without body', '<opml version="2.0"><head/></opml>', /no <body>/],
    [
      'unclosed outlines',
      '<opml><body><outline text="a"><outline text="b" xmlUrl="https://a.example.com/"></body></opml>',
      /not well-formed/,
    ],
    ['an empty file', '', /empty|no XML element/],
  ])('%s is refused with a reason', (_, text, reason) => {
    expect(() => readOpml(text)).toThrow(OpmlError);
    expect(() => readOpml(text)).toThrow(reason);
  });

  test('the entity bomb is refused before anything is expanded', () => {
    try {
      readOpml(bomb);
    } catch (err) {
      expect((err as Error).message.length).toBeLessThan(400);
      expect((err as Error).message).not.toContain('lollol');
    }
  });

  test('100,000 outlines: stopped at the cap with what to do, without reading the rest', () => {
    const outline = (i: number) => `<outline type="rss" text="Feed ${i}" xmlUrl="https://feeds.example.com/${i}.xml"/>`;
    const huge = `<opml version="2.0"><body>${Array.from({ length: 100_000 }, (_, i) => outline(i)).join('\n')}</body></opml>`;
    expect(() => readOpml(huge)).toThrow(`the file has more than ${MAX_OUTLINES} outlines; import it in parts`);
    const atCap = `<opml version="2.0"><body>${Array.from({ length: MAX_OUTLINES }, (_, i) => outline(i)).join('\n')}</body></opml>`;
    expect(readOpml(atCap).feeds).toHaveLength(MAX_OUTLINES);
  });

  test('folders nested too deep are refused; nesting within bounds is flattened', () => {
    const nest = (n: number) =>
      `<opml><body>${'<outline text="f">'.repeat(n)}<outline text="x" xmlUrl="https://a.example.com/"/>${'</outline>'.repeat(n)}</body></opml>`;
    expect(() => readOpml(nest(MAX_DEPTH + 1))).toThrow(/nested more than/);
    const ok = readOpml(nest(MAX_DEPTH - 1));
    expect(ok.feeds).toHaveLength(1);
    expect(ok.feeds[0]?.folders).toHaveLength(MAX_DEPTH - 1);
  });

  test('outlines that are neither feeds nor folders are reported, not fatal', () => {
    const doc = readOpml(
      '<opml><body><outline text="note"/><outline text="empty folder"></outline><outline text="ok" xmlUrl="https://a.example.com/"/></body></opml>',
    );
    expect(doc.feeds).toHaveLength(1);
    expect(doc.problems.map((p) => p.title)).toEqual(['note', 'empty folder']);
  });
});
