// The rail-leak detector shared by bench:extract and the tests: does an extracted text still hold a rail of
// other headlines? A rail shows in the text as a run of short lines that are each the whole text of a link
// on the page (one item per line, "- " bullets and " -" / " |" separators allowed), or as one line made of
// link texts joined by such separators. Both extractors' texts are judged against the same page HTML, so
// the count means the same for deltafeed and for plain Readability.
import { decodeHTML } from 'entities';

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

/** The items (normalised link texts) of the longest run of consecutive link-only lines in `text`; blank lines do not break a run. */
export function longestLinkRunItems(
  text: string,
  html: string,
  links: ReadonlySet<string> = linkTexts(html),
): string[] {
  let best: string[] = [];
  let run: string[] = [];
  for (const line of text.split('\n')) {
    const items = linkItems(line, links);
    if (!items) continue;
    if (!items.length) {
      run = [];
      continue;
    }
    run = [...run, ...items];
    if (run.length > best.length) best = run;
  }
  return best;
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
