// The Atom renderers: snapshots on fixed dates, CONTRACT §4's entry rules read back from the XML, and every
// rendered feed validated by jing against the Atom schema.
import { describe, expect, test } from 'vitest';
import { renderTopicFeed } from '../../src/publish/atom/topic-feed.js';
import { renderStoriesFeed } from '../../src/publish/atom/stories-feed.js';
import { renderRevisionsFeed } from '../../src/publish/atom/revisions-feed.js';
import { EMPTY_FEED_UPDATED } from '../../src/publish/atom/paging.js';
import { PUBLIC_URL, revisions, stories, topic, updates } from './fixtures/feeds.js';
import { children, jing, links, parseXml, text } from './xml.js';

/** Every feed rendered in this file, validated together by jing at the end. */
const rendered: Record<string, string> = {};
const keep = (name: string, xml: string) => {
  rendered[name] = xml;
  return xml;
};

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The rules every entry of every feed must follow (CONTRACT §4). */
function checkEntries(doc: Document): Element[] {
  const entries = children(doc, 'entry');
  const ids = entries.map((e) => text(e, 'id'));
  expect(new Set(ids).size).toBe(ids.length);
  for (const e of entries) {
    expect(text(e, 'id')).toMatch(/^tag:deltafeed,2024:/);
    expect(text(e, 'updated')).toMatch(RFC3339);
    expect(children(e, 'author').length).toBeGreaterThan(0);
    expect(links(e).filter((l) => l.rel === 'alternate')).toHaveLength(1);
    const content = children(e, 'content')[0];
    expect(content?.getAttribute('type')).toBe('html');
    expect(content?.textContent?.length).toBeGreaterThan(0);
  }
  const times = entries.map((e) => Date.parse(text(e, 'updated') ?? ''));
  expect([...times].sort((a, b) => b - a)).toEqual(times);
  return entries;
}

describe('topic feed', () => {
  const xml = keep('topic-page1', renderTopicFeed({ topic, updates, page: 1, hasNext: true, publicUrl: PUBLIC_URL }));

  test('matches the snapshot', () => {
    expect(xml).toMatchSnapshot();
  });

  test('one entry per update, newest first, showing the change', () => {
    const doc = parseXml(xml);
    const entries = checkEntries(doc);
    expect(entries.map((e) => text(e, 'id'))).toEqual([
      'tag:deltafeed,2024:topic/harbour-bridge/update/u2',
      'tag:deltafeed,2024:topic/harbour-bridge/update/u1',
    ]);
    const content = text(entries[0] as Element, 'content') ?? '';
    expect(content).toContain('<del>Closed</del> → <ins>Reopened</ins>');
    expect(content).toContain('<ins>Engineers say the bridge reopens on Friday.</ins>');
    expect(content).toContain('<del>The bridge will stay shut for six weeks.</del>');
    expect(links(entries[0] as Element)).toEqual([
      { rel: 'alternate', href: 'https://south.example/news/bridge?id=7&ref=feed', title: 'Bridge to reopen early' },
      { rel: 'related', href: 'https://east.example/bridge', title: 'east-daily' },
      { rel: 'related', href: 'https://north.example/bridge-shut', title: 'north-times' },
    ]);
    expect(children(entries[0] as Element, 'author').map((a) => text(a, 'name'))).toEqual(['south-post', 'east-daily']);
  });

  test("the feed's updated is the newest entry's time, its id stable, links absolute", () => {
    const doc = parseXml(xml);
    expect(text(doc, 'updated')).toBe('2024-03-04T16:30:00.000Z');
    expect(text(doc, 'id')).toBe('tag:deltafeed,2024:topic/harbour-bridge');
    expect(links(doc).filter((l) => l.rel !== 'alternate')).toEqual([
      { rel: 'self', href: 'http://feeds.test:8080/feeds/topics/harbour-bridge.atom', title: null },
      { rel: 'first', href: 'http://feeds.test:8080/feeds/topics/harbour-bridge.atom', title: null },
      { rel: 'next', href: 'http://feeds.test:8080/feeds/topics/harbour-bridge.atom?page=2', title: null },
      { rel: 'hub', href: 'http://feeds.test:8080/websub', title: null },
    ]);
  });

  test('the same data renders the same bytes', () => {
    expect(
      renderTopicFeed({ topic, updates: [...updates].reverse(), page: 1, hasNext: true, publicUrl: PUBLIC_URL }),
    ).toBe(xml);
  });

  test('a later page links back and has no next when it is the last', () => {
    const page2 = keep(
      'topic-page2',
      renderTopicFeed({
        topic,
        updates: updates.slice(0, 1),
        page: 2,
        hasNext: false,
        publicUrl: 'http://h.test/base',
      }),
    );
    const doc = parseXml(page2);
    expect(text(doc, 'id')).toBe('tag:deltafeed,2024:topic/harbour-bridge');
    expect(links(doc).map((l) => [l.rel, l.href])).toEqual([
      ['alternate', 'http://h.test/base/'],
      ['self', 'http://h.test/base/feeds/topics/harbour-bridge.atom?page=2'],
      ['alternate', 'http://h.test/base/feeds/topics/harbour-bridge.json?page=2'],
      ['first', 'http://h.test/base/feeds/topics/harbour-bridge.atom'],
      ['previous', 'http://h.test/base/feeds/topics/harbour-bridge.atom'],
    ]);
  });

  test('an empty feed is valid and dated by a fixed time, not the clock', () => {
    const empty = keep(
      'topic-empty',
      renderTopicFeed({ topic, updates: [], page: 1, hasNext: false, publicUrl: PUBLIC_URL }),
    );
    const doc = parseXml(empty);
    expect(children(doc, 'entry')).toHaveLength(0);
    expect(text(doc, 'updated')).toBe(EMPTY_FEED_UPDATED);
  });
});

describe('stories feed', () => {
  const xml = keep('stories', renderStoriesFeed({ stories, page: 1, hasNext: false, publicUrl: PUBLIC_URL }));

  test('matches the snapshot', () => {
    expect(xml).toMatchSnapshot();
  });

  test('one entry per story, updated when an outlet joins, linking every outlet and the wire original', () => {
    const doc = parseXml(xml);
    const entries = checkEntries(doc);
    expect(entries.map((e) => text(e, 'id'))).toEqual(['tag:deltafeed,2024:story/s1', 'tag:deltafeed,2024:story/s2']);
    const s1 = entries[0] as Element;
    expect(text(s1, 'updated')).toBe('2024-03-02T10:15:00.000Z');
    expect(text(s1, 'published')).toBe('2024-03-01T08:00:00.000Z');
    expect(links(s1).map((l) => [l.rel, l.href])).toEqual([
      ['alternate', 'https://wire.example/bridge'],
      ['related', 'https://north.example/bridge-shut'],
      ['related', 'https://east.example/bridge'],
      ['via', 'https://wire.example/bridge'],
    ]);
    expect(children(s1, 'author').map((a) => text(a, 'name'))).toEqual(['wire', 'north-times', 'east-daily']);
    // The outlet that joined last is the change.
    expect(text(s1, 'content')).toContain(
      '<li><ins><a href="https://east.example/bridge">Six weeks without the bridge</a>',
    );
    expect(text(doc, 'updated')).toBe('2024-03-02T10:15:00.000Z');
  });
});

describe('stories feed after a hindsight split', () => {
  const [whole, other] = stories;
  // s1 kept the bridge reports; s3 is a part cut from it (dedup.split); s2 was never cut.
  const cut = { ...whole!, splitInto: ['s3'] };
  const part = {
    ...whole!,
    id: 's3',
    title: 'Old bridge closure recalled',
    splitFrom: 's1',
    updated: '2024-03-02T11:00:00Z',
    articles: [{ ...whole!.articles[0]!, id: 'a9', url: 'https://south.example/old-bridge', source: 'south-post' }],
  };
  const xml = keep(
    'stories-split',
    renderStoriesFeed({ stories: [cut, other!, part], page: 1, hasNext: false, publicUrl: PUBLIC_URL }),
  );

  test('each side of a cut says where the other incident went or came from; a story never cut says nothing', () => {
    const entries = checkEntries(parseXml(xml));
    const content = (id: string) =>
      text(
        entries.find((e) => text(e, 'id') === `tag:deltafeed,2024:story/${id}`)!,
        'content',
      ) ?? '';
    expect(content('s1')).toContain(
      `<p>Reports of another incident were cut from this story into <a href="http://feeds.test:8080/api/stories/s3">s3</a>.</p>`,
    );
    expect(content('s3')).toContain(
      `<p>These reports were cut from story <a href="http://feeds.test:8080/api/stories/s1">s1</a>: they tell of another incident.</p>`,
    );
    expect(content('s2')).not.toContain('cut from');
  });
});

describe('revisions feed', () => {
  const xml = keep('revisions', renderRevisionsFeed({ revisions, page: 1, hasNext: true, publicUrl: PUBLIC_URL }));

  test('matches the snapshot', () => {
    expect(xml).toMatchSnapshot();
  });

  test('one entry per revision with its diff', () => {
    const doc = parseXml(xml);
    const entries = checkEntries(doc);
    expect(entries.map((e) => text(e, 'id'))).toEqual([
      'tag:deltafeed,2024:article/a1/revision/2',
      'tag:deltafeed,2024:article/a1/revision/1',
    ]);
    const r1 = entries[1] as Element;
    expect(text(r1, 'content')).toContain(
      '<del>Bridge shut for repairs</del> <ins>Bridge shut for repairs until April</ins>',
    );
    expect(text(r1, 'content')).toContain('The works cost <del>2</del><ins>3</ins> million.');
    expect(links(r1).map((l) => l.rel)).toEqual(['alternate', 'via']);
    expect(links(doc).find((l) => l.rel === 'next')?.href).toBe('http://feeds.test:8080/feeds/revisions.atom?page=2');
  });
});

describe('hostile text', () => {
  const nasty = 'AT&amp;T <script>alert(1)</script> "q" ]]> and ]]> \u0001\u0008 é 🚀';
  const xml = keep(
    'hostile',
    renderRevisionsFeed({
      revisions: [
        {
          ...(revisions[0] as (typeof revisions)[number]),
          title: nasty,
          source: nasty,
          labels: [nasty],
          url: 'https://x.example/a?b=1&c="2"<3>',
          diffHtml: `<p>${nasty}</p>`,
        },
      ],
      page: 1,
      hasNext: false,
      publicUrl: PUBLIC_URL,
    }),
  );

  test('stays well-formed and reads back as written, less what XML cannot carry', () => {
    const doc = parseXml(xml);
    const entry = children(doc, 'entry')[0] as Element;
    const clean = nasty.replace('\u0001\u0008', '');
    expect(text(entry, 'title')).toBe(
      `${clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')} (revision 1: ${clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')})`,
    );
    expect(text(children(entry, 'author')[0] as Element, 'name')).toBe(clean);
    expect(children(entry, 'category')[0]?.getAttribute('term')).toBe(clean);
    expect(links(entry)[0]?.href).toBe('https://x.example/a?b=1&c=%222%22%3C3%3E');
    // Both "]]>" survive as HTML that means the same.
    expect(text(entry, 'content')).toContain('<p>AT&amp;T <script>alert(1)</script> "q" ]]&gt; and ]]&gt;  é 🚀</p>');
  });
});

// Vitest runs a file's tests in order, so this sees every feed rendered above.
test('every feed rendered above is valid Atom (jing)', async () => {
  expect(Object.keys(rendered).length).toBeGreaterThanOrEqual(6);
  expect(await jing(rendered)).toBe('');
});

test('jing rejects an invalid feed (so the validation above can fail)', async () => {
  const broken = (rendered['stories'] ?? '').replace(/<updated>[^<]*<\/updated>/, '<updated>yesterday</updated>');
  expect(await jing({ 'broken-on-purpose': broken })).toMatch(/broken-on-purpose\.atom:\d+:\d+: error/);
});
