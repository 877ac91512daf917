// A fetched feed body to a title and items. rss-parser is used only through parseString, on text the fetch
// module already fetched, bounded and decoded; it reads RSS 2.0/0.9x, RSS 1.0 (RDF) and Atom 1.0. JSON Feed
// is mapped in json-feed.ts. Pure: no IO.
import Parser from 'rss-parser';
import type { FeedItem } from '../model.js';
import { readAtomEntries, type AtomEntryExtras } from './atom-entries.js';
import { unprefixAtom } from './atom-prefix.js';
import { FeedParseError } from './errors.js';
import { itemKey } from './identity.js';
import { toFeedItem, type RawEntry } from './item.js';
import { looksLikeJsonFeed, readJsonFeed } from './json-feed.js';
import { htmlToText, textOf } from './text.js';
import { repairXml, wrapMarkupInText } from './xml-repair.js';

export interface ParsedFeed {
  title: string;
  /** In feed order, one per key (a repeated key keeps its first entry; a guid shared by several links is no key). */
  items: FeedItem[];
  format: 'rss' | 'rdf' | 'atom' | 'json';
}

type RawItem = Record<string, unknown>;
type RawFeed = { title?: unknown; items: RawItem[] };

const ITEM_FIELDS = ['id', 'published', 'updated', 'atom:updated', 'dc:modified'];
const DATE_ELEMENTS = new Set(['published', 'updated', 'atom:updated', 'dc:modified']);

/**
 * rss-parser turns Atom dates into Dates without a guard, so one unreadable <published> would throw for the
 * whole feed; blank such values while the XML is read (the item then simply has no date).
 */
function dropUnreadableDates(value: string, name: string): string {
  return DATE_ELEMENTS.has(name) && Number.isNaN(Date.parse(value.trim())) ? '' : value;
}

function newParser(): Parser<Record<string, unknown>, RawItem> {
  return new Parser({
    // An <rss> root without a version (or with one rss-parser does not know) is read as RSS 2.0, not refused.
    defaultRSS: 2,
    xml2js: { valueProcessors: [dropUnreadableDates] },
    customFields: { item: ITEM_FIELDS },
  });
}

function detectFormat(xml: string): ParsedFeed['format'] {
  const head = xml.slice(0, 4096);
  if (/<(?:\w+:)?RDF[\s>]/.test(head)) return 'rdf';
  if (/<(?:\w+:)?feed[\s>]/.test(head)) return 'atom';
  return 'rss';
}

function notAFeedReason(xml: string, err: unknown): string {
  const parserMessage = err instanceof Error ? err.message : String(err);
  const head = xml.trimStart().slice(0, 512).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'not a feed: got an HTML page';
  // Well-formed XML that rss-parser trips over while building items (an <rss> without <channel>): no XML error.
  if (err instanceof TypeError) return 'not a feed: the document has the root element of a feed but not its parts';
  if (parserMessage.startsWith('Feed not recognized')) {
    const root = /<([A-Za-z][\w:.-]*)/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''))?.[1];
    return `not a feed: root element <${root ?? '?'}> is not rss, rdf:RDF or feed`;
  }
  return `malformed XML: ${parserMessage.split('\n').join(', ')}`;
}

function entryFromRaw(item: RawItem, format: ParsedFeed['format']): RawEntry {
  const summary =
    format === 'atom'
      ? textOf(item.summary) || textOf(item.content)
      : textOf(item.content) || textOf(item['content:encoded']) || textOf(item.summary);
  return {
    guid: textOf(item.guid) || textOf(item.id) || textOf(item['rdf:about']),
    link: textOf(item.link),
    title: textOf(item.title),
    // The date as written (pubDate), so one the pipeline cannot represent is kept as text (util/dates.ts).
    published:
      format === 'atom' ? textOf(item.published) || null : textOf(item.pubDate) || textOf(item.isoDate) || null,
    updated: textOf(item.updated) || textOf(item['atom:updated']) || textOf(item['dc:modified']) || null,
    summary,
  };
}

/** Atom's summary stands for the entry when it has one, else its content (as entryFromRaw reads them). */
function withAtomExtras(entry: RawEntry, extras: AtomEntryExtras, hasSummary: boolean): void {
  entry.link = extras.link;
  if (extras.title !== undefined) entry.title = extras.title;
  if (extras.summary !== undefined) entry.summary = extras.summary;
  else if (extras.content !== undefined && !hasSummary) entry.summary = extras.content;
}

/**
 * A guid that names several links in one document identifies nothing (a CMS that writes the same guid, or the
 * site's URL, on every item): those items are keyed by their link instead, so each is fetched. A repeated item
 * (same guid, same link) stays one.
 */
function rekeySharedGuids(items: FeedItem[]): FeedItem[] {
  const links = new Map<string, Set<string>>();
  for (const i of items) if (i.key.startsWith('g:')) links.set(i.key, (links.get(i.key) ?? new Set()).add(i.link));
  return items.map((i) =>
    (links.get(i.key)?.size ?? 0) > 1 && i.link
      ? { ...i, key: itemKey({ guid: '', link: i.link, title: i.title, date: i.published ?? i.updated }) }
      : i,
  );
}

function uniqueByKey(items: FeedItem[]): FeedItem[] {
  items = rekeySharedGuids(items);
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.key) ? false : (seen.add(i.key), true)));
}

/**
 * Read a feed. Throws FeedParseError with a reason fit for the source's status ("malformed XML: ...",
 * "not a feed: ...", "empty document"). Items keep feed order; an item without an http(s) link has link ''
 * (it has an identity but nothing to fetch).
 */
export async function parseFeed(xml: string, feedUrl: string): Promise<ParsedFeed> {
  const text = xml.replace(/^\uFEFF/, '').trimStart();
  if (!text) throw new FeedParseError('empty document');

  if (looksLikeJsonFeed(text)) {
    const feed = readJsonFeed(text);
    return {
      title: htmlToText(feed.title),
      items: uniqueByKey(feed.entries.map((e) => toFeedItem(e, feedUrl))),
      format: 'json',
    };
  }

  let raw: RawFeed;
  let repaired = unprefixAtom(repairXml(text));
  try {
    raw = await newParser().parseString(repaired);
  } catch (err) {
    // Raw HTML in titles and descriptions is tried only once the document has failed as it is.
    const lenient = wrapMarkupInText(repaired);
    const second =
      lenient === repaired
        ? null
        : await newParser()
            .parseString(lenient)
            .catch(() => null);
    if (!second) throw new FeedParseError(notAFeedReason(text, err), err);
    raw = second;
    repaired = lenient;
  }
  const format = detectFormat(text);
  const rawItems = raw.items ?? [];
  const atom = format === 'atom' ? readAtomEntries(repaired, feedUrl) : null;
  // Only when both readers saw the same entries can the i-th of one stand for the i-th of the other.
  const extras = atom?.length === rawItems.length ? atom : null;
  return {
    title: htmlToText(textOf(raw.title)),
    items: uniqueByKey(
      rawItems.map((i, n) => {
        const entry = entryFromRaw(i, format);
        if (extras) withAtomExtras(entry, extras[n] as AtomEntryExtras, textOf(i.summary).trim() !== '');
        return toFeedItem(entry, feedUrl);
      }),
    ),
    format,
  };
}
