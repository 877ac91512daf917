// JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1): small enough to map by hand; rss-parser does not read it.
import { FeedParseError } from './errors.js';
import type { RawEntry } from './item.js';

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export function looksLikeJsonFeed(text: string): boolean {
  return text.trimStart().startsWith('{');
}

export function readJsonFeed(text: string): { title: string; entries: RawEntry[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new FeedParseError(`malformed JSON: ${(err as Error).message}`, err);
  }
  const feed = doc as Record<string, unknown>;
  if (!feed || typeof feed !== 'object' || !str(feed.version).startsWith('https://jsonfeed.org/version/')) {
    throw new FeedParseError('JSON document is not a JSON Feed (no jsonfeed.org version)');
  }
  const items = Array.isArray(feed.items) ? (feed.items as Record<string, unknown>[]) : [];
  return {
    title: str(feed.title),
    entries: items
      .filter((i) => i && typeof i === 'object')
      .map((i) => ({
        guid: str(i.id),
        link: str(i.url) || str(i.external_url),
        title: str(i.title),
        published: str(i.date_published) || null,
        updated: str(i.date_modified) || null,
        summary: str(i.summary) || str(i.content_text) || str(i.content_html),
      })),
  };
}
