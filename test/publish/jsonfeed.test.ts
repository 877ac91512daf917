// The JSON Feed 1.1 twins of the Atom feeds: valid against the schema written from the spec, and carrying the
// same entries (ids, titles, dates, authors, links, diffed HTML) and paging as the Atom page they mirror.
import { describe, expect, test } from 'vitest';
import { renderAtom } from '../../src/publish/atom/build.js';
import { topicFeedDoc } from '../../src/publish/atom/topic-feed.js';
import { storiesFeedDoc } from '../../src/publish/atom/stories-feed.js';
import { revisionsFeedDoc } from '../../src/publish/atom/revisions-feed.js';
import { renderJsonFeed, type JsonFeed } from '../../src/publish/jsonfeed/render.js';
import type { PageArgs } from '../../src/publish/atom/paging.js';
import { jsonFeedErrors } from '../helpers/jsonfeed.js';
import { PUBLIC_URL, revisions, stories, topic, updates } from './fixtures/feeds.js';
import { children, jing, links, parseXml, text } from './xml.js';

const page = (p: Partial<PageArgs> = {}): PageArgs => ({ page: 1, hasNext: true, publicUrl: PUBLIC_URL, ...p });

const cases = {
  topic:
    (p: Partial<PageArgs> = {}) =>
    (f: 'atom' | 'json') =>
      topicFeedDoc({ topic, updates, ...page(p) }, f),
  stories:
    (p: Partial<PageArgs> = {}) =>
    (f: 'atom' | 'json') =>
      storiesFeedDoc({ stories, ...page(p) }, f),
  revisions:
    (p: Partial<PageArgs> = {}) =>
    (f: 'atom' | 'json') =>
      revisionsFeedDoc({ revisions, ...page(p) }, f),
};

describe.each(Object.entries(cases))('%s feed as JSON Feed', (name, make) => {
  const atom = renderAtom(make()('atom'));
  const json = renderJsonFeed(make()('json'));
  const feed = JSON.parse(json) as JsonFeed;

  test('is valid JSON Feed 1.1', () => {
    expect(jsonFeedErrors(json)).toEqual([]);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  });

  test('has the same entries as its Atom twin, in the same order', () => {
    const entries = children(parseXml(atom), 'entry');
    expect(feed.items.map((i) => i.id)).toEqual(entries.map((e) => text(e, 'id')));
    feed.items.forEach((item, i) => {
      const e = entries[i] as Element;
      expect(item.content_html).toBe(text(e, 'content'));
      expect(Date.parse(item.date_modified)).toBe(Date.parse(text(e, 'updated') ?? ''));
      expect(item.authors.map((a) => a.name)).toEqual(children(e, 'author').map((a) => text(a, 'name')));
      expect(item.url).toBe(links(e).find((l) => l.rel === 'alternate')?.href);
      expect(item._deltafeed.links.map((l) => [l.rel, l.url])).toEqual(links(e).map((l) => [l.rel, l.href]));
      expect(item.tags ?? []).toEqual(children(e, 'category').map((c) => c.getAttribute('term')));
    });
    expect(feed._deltafeed.id).toBe(text(parseXml(atom), 'id'));
  });

  test('pages like the Atom feed, and each twin links the other', () => {
    const atomLinks = links(parseXml(atom));
    const self = atomLinks.find((l) => l.rel === 'self')?.href ?? '';
    expect(self.endsWith('.atom')).toBe(true);
    expect(feed.feed_url).toBe(self.replace(/\.atom$/, '.json'));
    expect(feed.next_url).toBe(atomLinks.find((l) => l.rel === 'next')?.href?.replace('.atom?', '.json?'));
    const alt = children(parseXml(atom), 'link').find((l) => l.getAttribute('type') === 'application/feed+json');
    expect(alt?.getAttribute('rel')).toBe('alternate');
    expect(alt?.getAttribute('href')).toBe(feed.feed_url);
    // RFC 4287 §4.1.1: no two rel="alternate" links with the same type and hreflang (the schema cannot say it).
    const alternates = children(parseXml(atom), 'link').filter((l) => l.getAttribute('rel') === 'alternate');
    expect(new Set(alternates.map((l) => `${l.getAttribute('type')}|${l.getAttribute('hreflang')}`)).size).toBe(
      alternates.length,
    );
    expect(feed._deltafeed.links).toContainEqual({ rel: 'alternate', type: 'application/atom+xml', url: self });
  });

  test("names the same WebSub hub as its Atom twin, in JSON Feed's own hubs field", () => {
    const hub = links(parseXml(atom)).find((l) => l.rel === 'hub')?.href;
    expect(hub).toMatch(/\/websub$/);
    expect(feed.hubs).toEqual([{ type: 'WebSub', url: hub }]);
    expect(feed._deltafeed.links.some((l) => l.rel === 'hub')).toBe(false);
  });

  test('a later page carries the key on every link and no next_url when it is the last', () => {
    const last = JSON.parse(renderJsonFeed(make({ page: 3, hasNext: false, feedKey: 'k&y' })('json'))) as JsonFeed;
    expect(jsonFeedErrors(JSON.stringify(last))).toEqual([]);
    expect(last.next_url).toBeUndefined();
    expect(last.feed_url).toMatch(
      new RegExp(`/${name === 'topic' ? 'topics/harbour-bridge' : name}\\.json\\?page=3&key=k%26y$`),
    );
    expect(last._deltafeed.links.map((l) => l.rel)).toEqual(['alternate', 'first', 'previous']);
    for (const l of last._deltafeed.links) expect(l.url).toContain('key=k%26y');
  });

  test('the Atom twin advertising the JSON feed is still valid Atom (jing)', async () => {
    expect(await jing({ [`twin-${name}`]: atom })).toBe('');
  });
});

test('topic and revision items show the change with <ins>/<del>', () => {
  const t = JSON.parse(renderJsonFeed(cases.topic()('json'))) as JsonFeed;
  expect(t.items[0]?.content_html).toContain('<del>Closed</del> → <ins>Reopened</ins>');
  expect(t.items[0]?.title).toBe('The harbour bridge repairs: status Reopened, 1 new claim (Bridge shut for repairs)');
  const r = JSON.parse(renderJsonFeed(cases.revisions()('json'))) as JsonFeed;
  expect(r.items[1]?.content_html).toContain('The works cost <del>2</del><ins>3</ins> million.');
});

test('hostile text stays a valid feed and reads back as written, less what the Atom twin cannot carry', () => {
  const nasty = 'AT&amp;T <script>alert(1)</script> "q" ]]> \u0001\u0008 é 🚀 \ud800';
  const doc = revisionsFeedDoc(
    {
      revisions: [
        {
          ...(revisions[0] as (typeof revisions)[number]),
          title: nasty,
          source: nasty,
          labels: [nasty],
          diffHtml: `<p>${nasty}</p>`,
        },
      ],
      ...page(),
    },
    'json',
  );
  const json = renderJsonFeed(doc);
  expect(jsonFeedErrors(json)).toEqual([]);
  const item = (JSON.parse(json) as JsonFeed).items[0];
  const clean = 'AT&amp;T <script>alert(1)</script> "q" ]]>  é 🚀 ';
  expect(item?.authors[0]?.name).toBe(clean);
  expect(item?.tags).toEqual([clean]);
  expect(item?.content_html).toContain(`<p>${clean}</p>`);
});

test('the same data renders the same bytes', () => {
  const a = renderJsonFeed(topicFeedDoc({ topic, updates, ...page() }, 'json'));
  const b = renderJsonFeed(topicFeedDoc({ topic, updates: [...updates].reverse(), ...page() }, 'json'));
  expect(b).toBe(a);
});

describe('the schema can fail', () => {
  const good = JSON.parse(renderJsonFeed(cases.stories()('json'))) as Record<string, unknown> & {
    items: Record<string, unknown>[];
  };
  const broken: [string, (f: typeof good) => void][] = [
    ['no version', (f) => delete f.version],
    [
      'an item without content',
      (f) => {
        delete f.items[0]?.content_html;
      },
    ],
    [
      'an item without id',
      (f) => {
        delete f.items[0]?.id;
      },
    ],
    [
      'a date that is not RFC 3339',
      (f) => {
        (f.items[0] as Record<string, unknown>).date_modified = 'yesterday';
      },
    ],
    [
      'an empty author object',
      (f) => {
        f.authors = [{}];
      },
    ],
    [
      'a relative next_url',
      (f) => {
        f.next_url = '/feeds/stories.json?page=2';
      },
    ],
    [
      'an unknown key',
      (f) => {
        f.itmes = [];
      },
    ],
    [
      'an extension with a dot',
      (f) => {
        f['_x.y'] = {};
      },
    ],
    [
      'a hub without url',
      (f) => {
        f.hubs = [{ type: 'WebSub' }];
      },
    ],
  ];
  test.each(broken)('%s', (_, breakIt) => {
    const copy = structuredClone(good);
    breakIt(copy);
    expect(jsonFeedErrors(JSON.stringify(copy)).length).toBeGreaterThan(0);
  });
  test('next_url equal to feed_url', () => {
    expect(jsonFeedErrors(JSON.stringify({ ...good, next_url: good.feed_url }))).toContain('next_url equals feed_url');
  });
});
