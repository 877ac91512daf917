// The frame shared by the three feeds: self link, RFC 5005 paging links and the WebSub hub of one page, and the feed's own
// `updated`, which is the newest entry's time rather than the clock, so the same data renders the same bytes
// (and the HTTP layer's ETag stays put).
import type { AtomLink } from './build.js';
import { absoluteUrl, FEED_MEDIA_TYPE, feedPageUrl, WEBSUB_HUB_PATH, type FeedFormat } from './ids.js';

/** Stands for "never updated" in an empty feed. */
export const EMPTY_FEED_UPDATED = '1970-01-01T00:00:00.000Z';

export interface PageArgs {
  page: number;
  hasNext: boolean;
  publicUrl: string;
  /** The feed key (http.feedToken) every link to a page of this feed carries; none for public feeds. */
  feedKey?: string;
}

/**
 * `path` gives the feed's path in a format; the page is rendered in `format`, and its links include the same
 * page in the other format (rel="alternate" with that format's media type), so a reader finds the twin.
 */
export function pageFrame(
  a: PageArgs,
  path: (f: FeedFormat) => string,
  format: FeedFormat,
): { selfUrl: string; pagingLinks: AtomLink[] } {
  const page = Math.max(1, Math.floor(a.page));
  const own = path(format);
  const twin: FeedFormat = format === 'atom' ? 'json' : 'atom';
  const links: AtomLink[] = [
    { rel: 'alternate', type: FEED_MEDIA_TYPE[twin], href: feedPageUrl(a.publicUrl, path(twin), page, a.feedKey) },
    { rel: 'first', href: feedPageUrl(a.publicUrl, own, 1, a.feedKey) },
  ];
  if (page > 1) links.push({ rel: 'previous', href: feedPageUrl(a.publicUrl, own, page - 1, a.feedKey) });
  if (a.hasNext) links.push({ rel: 'next', href: feedPageUrl(a.publicUrl, own, page + 1, a.feedKey) });
  // WebSub: the first page is the topic a reader subscribes to (its self URL); later pages are archives.
  if (page === 1) links.push({ rel: 'hub', href: absoluteUrl(a.publicUrl, WEBSUB_HUB_PATH) });
  return { selfUrl: feedPageUrl(a.publicUrl, own, page, a.feedKey), pagingLinks: links };
}

/** The latest of the given ISO times (compared as instants), or EMPTY_FEED_UPDATED. */
export function newest(times: string[]): string {
  let best: string | null = null;
  let bestMs = -Infinity;
  for (const t of times) {
    const ms = Date.parse(t);
    if (ms > bestMs) {
      best = t;
      bestMs = ms;
    }
  }
  return best ?? EMPTY_FEED_UPDATED;
}

/** Newest first by the given time; ties keep their input order. */
export function newestFirst<T>(items: readonly T[], time: (t: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i, ms: Date.parse(time(item)) }))
    .sort((a, b) => b.ms - a.ms || a.i - b.i)
    .map((x) => x.item);
}

/** Unique by a key, first occurrence wins. */
export function uniqueBy<T>(items: readonly T[], k: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const v = k(t);
    if (seen.has(v)) return false;
    seen.add(v);
    return true;
  });
}
