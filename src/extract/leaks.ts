// The rail-leak detector shared by bench:extract and the tests: does an extracted text still hold a rail of
// other headlines? A rail shows in the text as a run of short lines that are each the whole text of a link
// on the page (one item per line, "- " bullets and " -" / " |" separators allowed), or as one line made of
// link texts joined by such separators. Both extractors' texts are judged against the same page HTML, so
// the count means the same for deltafeed and for plain Readability.
import { decodeHTML } from 'entities';
import { RAIL_INVITE, SECTION_LABEL } from './junk-text.js';

/** Consecutive link-only lines (or items of one line) that make a leak. */
export const LEAK_RUN = 4;
/** Longest line that still counts as a headline-sized item. */
const SHORT = 160;
const TAG = /<[^>]{0,2000}>/g;
const EDGE = /^[\s\-–—|•·:>»›,/]+|[\s\-–—|•·:>»›,/]+$/g;
const SEPARATOR = /\s+[-–—|•·/]\s+|\s*[|•·]\s*/;

const ANCHOR_HREF = /<a\b([^>]*)>([\s\S]{0,2000}?)<\/a\s*>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * Normalised texts of the page's links (at least two words or eight characters: not "More", "1").
 * With `pageUrl`, only the links a rail is made of: to another page of the same site. A link to a part of
 * the page itself ("#section-2", a table of contents) or to another site (a guide's sources, shops,
 * references) is not another headline of the site.
 */
export function linkTexts(html: string, pageUrl?: string): Set<string> {
  const out = new Set<string>();
  const page = pageUrl ? parseUrl(pageUrl) : null;
  for (const m of html.matchAll(ANCHOR_HREF)) {
    const t = norm(decodeHTML((m[2] ?? '').replace(TAG, ' ')));
    if (t.length < 8 || t.length > SHORT) continue;
    if (page) {
      const h = HREF.exec(m[1] ?? '');
      const href = decodeHTML(h?.[1] ?? h?.[2] ?? h?.[3] ?? '');
      if (!toOtherPageOfSite(href, page)) continue;
    }
    out.add(t);
  }
  return out;
}

function parseUrl(u: string, base?: URL): URL | null {
  try {
    return new URL(u, base);
  } catch {
    return null;
  }
}

function toOtherPageOfSite(href: string, page: URL): boolean {
  const h = href.trim();
  if (!h || h.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(h)) return false;
  const u = parseUrl(h, page);
  if (!u) return false;
  const path = (x: URL): string => x.pathname.replace(/\/+$/, '');
  if (u.origin === page.origin && path(u) === path(page) && u.search === page.search) return false;
  return sameSite(u.hostname, page.hostname);
}

/** Same host, or one a subdomain of the other (www.site.com, blog.site.com, site.com). */
function sameSite(a: string, b: string): boolean {
  const x = a.replace(/^www\./, '');
  const y = b.replace(/^www\./, '');
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

function norm(s: string): string {
  return s.replace(EDGE, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The link items of one line: one for a line that is one link's text, several for links joined by separators. */
function linkItems(line: string, links: ReadonlySet<string>): string[] | null {
  const t = norm(line);
  if (!t) return null;
  if (t.length <= SHORT && links.has(t)) return [t];
  const parts = t.split(SEPARATOR).map(norm).filter(Boolean);
  if (parts.length < 2) return [];
  const items: string[] = [];
  for (const [i, p] of parts.entries()) {
    if (links.has(p)) items.push(p);
    else if (!(i === 0 && p.length <= 40)) return []; // a leading label ("trending") may stand outside the links
  }
  return items;
}

interface Line {
  raw: string;
  /** Link items of the line: null for a line with no text ("-"), [] for a line that is not link-only. */
  items: string[] | null;
}

/**
 * The items (normalised link texts) of the longest run of consecutive link-only lines in `text` that is
 * a list of links of its own; blank lines do not break a run. Two kinds of run are an article's own
 * list, whatever its links, and do not count: one announced by a sentence of the article ending in a
 * colon ("Here are some of the courses you can take:", "... including:"), and one that is only a part of
 * a longer list whose other items are not links (a checklist, a flattened table, a list of services in
 * which some have a page). A rail is introduced by a label ("Trending", "More from ...") if by anything,
 * and every item of a rail is a link.
 */
export function longestLinkRunItems(
  text: string,
  html: string,
  links: ReadonlySet<string> = linkTexts(html),
): string[] {
  const lines: Line[] = [];
  for (const raw of text.split('\n')) if (raw.trim()) lines.push({ raw, items: linkItems(raw, links) });
  let best: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!lines[i]!.items?.length) {
      i++;
      continue;
    }
    // A run: link-only lines, lines without text ("-") in between.
    let end = i;
    const run: string[] = [];
    for (let j = i; j < lines.length && lines[j]!.items?.length !== 0; j++) {
      const items = lines[j]!.items;
      if (items) {
        run.push(...items);
        end = j;
      }
    }
    if (run.length > best.length && !ownList(lines, i, end)) best = run;
    i = end + 1;
  }
  return best;
}

/** Words of a sentence that announces a list; a label is shorter ("What's ahead:", "Related:"). */
const ANNOUNCE_MIN_WORDS = 4;
const BULLET = /^\s*[-–—•·*]\s/;
/** The opening of a rail's heading or invitation, which a sentence ending in a colon can also be. */
const INVITE_START =
  /^(?:you (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested)|(?:learn|read|see|find|discover|explore) more\b|more (?:from|in|on|about|stories|articles|posts|guides|reading)\b|related\b|also (?:read|see|on)\b|recommended\b|check out\b|further reading\b)/i;

/**
 * Is the run (lines start..end) part of an article's own list? The list around it is the run plus the
 * lines next to it that are items of the same shape: link-only lines, or short lines with the run's
 * bullet style that are not sentences or headings ending in a colon. The list is the article's own when
 * a sentence announces it, or when enough of its items are not links: one in four of a bulleted list
 * (its items are one list by markup), half of unbulleted lines (short lines around a rail are often its
 * heading, a name, a label).
 */
function ownList(lines: readonly Line[], start: number, end: number): boolean {
  const bulleted = BULLET.test(lines[start]!.raw);
  let linked = 0;
  let plain = 0;
  const take = (l: Line): boolean => {
    if (l.items === null) return true;
    if (l.items.length) {
      linked += l.items.length;
      return true;
    }
    const t = l.raw.trim();
    if (BULLET.test(l.raw) !== bulleted || t.length > SHORT || /[.!?:]$/.test(t)) return false;
    plain++;
    return true;
  };
  let first = start;
  while (first > 0 && take(lines[first - 1]!)) first--;
  for (let k = start; k <= end; k++) take(lines[k]!);
  for (let k = end + 1; k < lines.length && take(lines[k]!); k++);
  return announced(lines, first) || plain * (bulleted ? 3 : 1) >= linked;
}

/**
 * The line before the list ends in a sentence of the article that ends in a colon ("Here are some of
 * the courses you can take:", "... including:"): not a label (a rail's words, or a heading in title
 * case such as "Learn More in Our Plumbing Series:") and not an invitation to read more.
 */
function announced(lines: readonly Line[], first: number): boolean {
  const line = first > 0 ? lines[first - 1]!.raw.trim() : '';
  if (!line.endsWith(':')) return false;
  const s = (
    line
      .replace(BULLET, '')
      .split(/(?<=[.!?])\s+/)
      .pop() ?? ''
  ).trim();
  const words = s.split(/\s+/);
  if (words.length < ANNOUNCE_MIN_WORDS || SECTION_LABEL.test(s) || RAIL_INVITE.test(s) || INVITE_START.test(s))
    return false;
  // Title case past the first word: a heading, not a sentence.
  const long = words.slice(1).filter((w) => /^\p{L}{4,}/u.test(w));
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return !(capitalised > 0 && capitalised * 2 >= long.length);
}

export function longestLinkRun(text: string, html: string, links?: ReadonlySet<string>): number {
  return longestLinkRunItems(text, html, links).length;
}

/** True when the text still holds a rail: `LEAK_RUN` or more consecutive short, link-only lines. */
export function leaksRail(text: string, html: string, links?: ReadonlySet<string>): boolean {
  return longestLinkRun(text, html, links) >= LEAK_RUN;
}

/**
 * For scoring against a ground truth: a leak whose items are mostly absent from the reference text is
 * chrome; one whose items the reference keeps is a list that belongs to the article (a guide's product
 * links, its sources), which the detector cannot tell from a rail by shape alone.
 */
export function leakIsChrome(text: string, html: string, reference: string, links?: ReadonlySet<string>): boolean {
  const items = longestLinkRunItems(text, html, links);
  if (items.length < LEAK_RUN) return false;
  const ref = norm(reference).replace(/\s+/g, ' ');
  return items.filter((it) => ref.includes(it)).length < items.length / 2;
}
