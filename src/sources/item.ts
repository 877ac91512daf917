// From what a feed format says about an entry to a FeedItem: links resolved against the feed's URL, text
// fields reduced to plain text, dates to ISO 8601, identity and entry hash computed.
import type { FeedItem } from '../model.js';
import { entryHash, itemKey } from './identity.js';
import { htmlToText, truncate } from './text.js';
import { readDate, representableIso } from '../util/dates.js';

export const SUMMARY_MAX_CHARS = 1000;
/**
 * Markup read per field: enough for a 1000-character summary, and it keeps the tag-stripping regexes
 * linear-ish on hostile input (a field of thousands of unclosed tags).
 */
const FIELD_MAX_CHARS = 20_000;

export interface RawEntry {
  guid: string;
  link: string;
  title: string;
  published: string | null | undefined;
  updated: string | null | undefined;
  /** HTML or text; reduced to plain text. */
  summary: string;
}

/** An absolute http(s) URL, or '' when the value is missing or not one. */
export function resolveLink(link: string, base: string): string {
  const raw = link.trim();
  if (!raw) return '';
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

/** ISO 8601, or null when missing or not a date the pipeline can represent (see util/dates.ts). */
export function isoDate(value: string | null | undefined): string | null {
  return representableIso(value);
}

export function toFeedItem(raw: RawEntry, feedUrl: string): FeedItem {
  const guid = raw.guid.trim();
  let link = resolveLink(raw.link, feedUrl);
  // An RSS guid is a permalink unless it says otherwise; use it when the item has no link.
  if (!link && /^https?:\/\//i.test(guid)) link = resolveLink(guid, feedUrl);
  const title = htmlToText(raw.title.slice(0, FIELD_MAX_CHARS));
  const publishedDate = readDate(raw.published);
  const published = publishedDate.iso;
  const updated = isoDate(raw.updated);
  const summaryText = htmlToText(raw.summary.slice(0, FIELD_MAX_CHARS));
  const summary = summaryText ? truncate(summaryText, SUMMARY_MAX_CHARS) : null;
  return {
    key: itemKey({ guid, link, title, date: published ?? updated }),
    link,
    title,
    published,
    updated,
    summary,
    entryHash: entryHash({ title, link, published, updated, summary }),
    ...(publishedDate.text !== null ? { publishedText: publishedDate.text } : {}),
  };
}
