// A live page (a live blog) is a summary of the event followed by a feed of timestamped updates, newest
// first, that grows while the event lasts. The article is the summary: the feed is a stream of short posts
// that changes with every re-check (each would be a revision of the article) and is not what the page's own
// headline and description sum up. The page says which it is in its JSON-LD: a `LiveBlogPosting` whose
// `liveBlogUpdate` lists the updates by headline and text. When the cleaned text reaches a block that is one of
// those updates (its headline, or the opening of its text) after a summary of some length, the text stops
// there (a list item naming an update is the summary's "key points", not the feed). Without the JSON-LD list,
// or without a summary before the first update, nothing is cut.
import { elementAndAfter, elementsByTags, type Trace } from './document.js';
import { collapseSpace } from './text.js';

const LIVE = {
  /** Updates the JSON-LD must list. */
  minUpdates: 2,
  /** Words of the summary before the first update, at least: else the page is all feed and is left whole. */
  minSummaryWords: 25,
  /** Characters of an update's text that a block must open with to be that update. */
  openingChars: 60,
  /** Shortest update headline matched (shorter ones are words any text may hold as a line). */
  minHeadlineChars: 12,
  /** JSON-LD nesting followed. */
  maxDepth: 6,
} as const;

/** The headlines and openings of the updates a page's JSON-LD lists for its live blog; null when it has none. */
export function liveUpdates(jsonLd: readonly string[]): Set<string> | null {
  const out = new Set<string>();
  for (const raw of jsonLd) {
    if (!raw.includes('LiveBlogPosting')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue;
    }
    collect(parsed, 0, out);
  }
  return out.size >= LIVE.minUpdates ? out : null;
}

function collect(node: unknown, depth: number, out: Set<string>): void {
  if (depth > LIVE.maxDepth || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) collect(n, depth + 1, out);
    return;
  }
  const o = node as Record<string, unknown>;
  const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
  if (types.includes('LiveBlogPosting') && Array.isArray(o.liveBlogUpdate)) {
    for (const u of o.liveBlogUpdate as unknown[]) {
      if (!u || typeof u !== 'object') continue;
      const { headline, articleBody } = u as Record<string, unknown>;
      if (typeof headline === 'string' && collapseSpace(headline).length >= LIVE.minHeadlineChars)
        out.add(key(headline));
      if (typeof articleBody === 'string' && collapseSpace(articleBody).length >= LIVE.openingChars)
        out.add(key(articleBody.slice(0, LIVE.openingChars * 2)).slice(0, LIVE.openingChars));
    }
    return;
  }
  for (const v of Object.values(o)) collect(v, depth + 1, out);
}

const key = (s: string): string =>
  collapseSpace(s.replace(/<[^>]*>/g, ' '))
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, '');

const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'div', 'blockquote']);

/** Cuts the text at the first block that is one of the live page's updates, after its summary. */
export function keepLiveSummary(content: Element, updates: ReadonlySet<string> | null, trace?: Trace): void {
  if (!updates) return;
  let words = 0;
  for (const el of elementsByTags(content, BLOCKS)) {
    if (el.localName === 'div' && el.firstElementChild) continue;
    const text = key(el.textContent ?? '');
    if (!text) continue;
    // A summary's "key points" list names updates too: an update is a block of the feed, never a list item.
    const isUpdate = updates.has(text) || updates.has(text.slice(0, LIVE.openingChars));
    if (isUpdate && !el.closest('li')) {
      if (words >= LIVE.minSummaryWords) cutFrom(el, content, trace);
      return;
    }
    words += text.split(' ').length;
  }
}

/** Removes `el` and everything after it inside `root`. */
function cutFrom(el: Element, root: Element, trace?: Trace): void {
  const gone = elementAndAfter(el, root);
  trace?.(
    'live-blog: updates after the summary',
    collapseSpace(gone.map((g) => g.textContent ?? '').join(' ')).slice(0, 200),
  );
  for (const g of gone) g.remove();
}
