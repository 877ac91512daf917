// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) from the same page description the Atom renderer
// takes, so both twins carry the same entries, ids, dates and paging. Pure: same input, same bytes (the HTTP
// layer's ETag depends on it).
//
// Written here rather than with the `feed` package's json1(): that emits JSON Feed 1.0 (singular `author`,
// version URL /1) and has no place for our links, feed id or paging beyond next_url.
//
// What has no JSON Feed field goes into the `_deltafeed` extension object (the spec's rule: a leading "_", no
// "."; readers that do not know it ignore it): the feed's tag: id and `updated`, and the feed's and each item's
// typed links (first/previous pages, the Atom twin, related outlets, the wire original as "via").
import {
  FeedRenderError,
  normalizeUrl,
  xmlSafe,
  type AtomEntry,
  type AtomFeedDoc,
  type AtomLink,
} from '../atom/build.js';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

interface JsonFeedAuthor {
  name: string;
  url?: string;
}

interface JsonFeedLink {
  rel: AtomLink['rel'];
  url: string;
  type?: string;
  title?: string;
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary?: string;
  date_published?: string;
  date_modified: string;
  authors: JsonFeedAuthor[];
  tags?: string[];
  _deltafeed: { links: JsonFeedLink[] };
}

export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  next_url?: string;
  hubs?: { type: 'WebSub'; url: string }[];
  authors: JsonFeedAuthor[];
  items: JsonFeedItem[];
  _deltafeed: { id: string; updated: string; links: JsonFeedLink[] };
}

/**
 * Strings lose what the Atom twin cannot carry either (control characters, lone surrogates), so the two say
 * the same; JSON itself could carry them, but a lone surrogate is not Unicode and breaks strict readers.
 */
const clean = xmlSafe;

function rfc3339(iso: string, what: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new FeedRenderError(`${what}: not a date: ${JSON.stringify(iso)}`);
  return d.toISOString();
}

function link(l: AtomLink): JsonFeedLink {
  return {
    rel: l.rel,
    url: clean(normalizeUrl(l.href)),
    ...(l.type ? { type: clean(l.type) } : {}),
    ...(l.title ? { title: clean(l.title) } : {}),
  };
}

function author(a: { name: string; uri?: string }): JsonFeedAuthor {
  return { name: clean(a.name), ...(a.uri ? { url: clean(normalizeUrl(a.uri)) } : {}) };
}

function item(e: AtomEntry): JsonFeedItem {
  const alternate = e.links.find((l) => l.rel === 'alternate');
  if (!alternate) throw new FeedRenderError(`entry ${e.id}: no alternate link`);
  if (!e.contentHtml) throw new FeedRenderError(`entry ${e.id}: empty content`);
  const tags = e.categories?.map((c) => clean(c.term));
  return {
    id: clean(e.id),
    url: clean(normalizeUrl(alternate.href)),
    title: clean(e.title),
    content_html: clean(e.contentHtml),
    ...(e.summary ? { summary: clean(e.summary) } : {}),
    ...(e.published ? { date_published: rfc3339(e.published, `entry ${e.id} published`) } : {}),
    date_modified: rfc3339(e.updated, `entry ${e.id} updated`),
    authors: (e.authors.length ? e.authors : [{ name: 'deltafeed' }]).map(author),
    ...(tags?.length ? { tags } : {}),
    _deltafeed: { links: e.links.map(link) },
  };
}

export function jsonFeedObject(doc: AtomFeedDoc): JsonFeed {
  const next = doc.pagingLinks.find((l) => l.rel === 'next');
  // The hub has JSON Feed's own field; the other links have none and go into the extension object.
  const hubs = doc.pagingLinks.filter((l) => l.rel === 'hub');
  const others = doc.pagingLinks.filter((l) => l.rel !== 'hub');
  return {
    version: JSON_FEED_VERSION,
    title: clean(doc.title),
    home_page_url: clean(normalizeUrl(doc.alternateUrl)),
    feed_url: clean(normalizeUrl(doc.selfUrl)),
    ...(doc.subtitle === undefined ? {} : { description: clean(doc.subtitle) }),
    ...(next ? { next_url: clean(normalizeUrl(next.href)) } : {}),
    ...(hubs.length ? { hubs: hubs.map((h) => ({ type: 'WebSub' as const, url: clean(normalizeUrl(h.href)) })) } : {}),
    authors: [{ name: 'deltafeed' }],
    items: doc.entries.map(item),
    _deltafeed: { id: clean(doc.id), updated: rfc3339(doc.updated, 'feed updated'), links: others.map(link) },
  };
}

export function renderJsonFeed(doc: AtomFeedDoc): string {
  return `${JSON.stringify(jsonFeedObject(doc), null, 2)}\n`;
}
