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
const ANCHOR = /<a\b[^>]*>([\s\S]{0,2000}?)<\/a\s*>/gi;
const TAG = /<[^>]{0,2000}>/g;
const EDGE = /^[\s\-–—|•·:>»›,/]+|[\s\-–—|•·:>»›,/]+$/g;
const SEPARATOR = /\s+[-–—|•·/]\s+|\s*[|•·]\s*/;

/** Normalised texts of the page's links (at least two words or eight characters: not "More", "1"). */
export function linkTexts(html: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(ANCHOR)) {
    const t = norm(decodeHTML((m[1] ?? '').replace(TAG, ' ')));
    if (t.length >= 8 && t.length <= SHORT) out.add(t);
  }
  return out;
}

function norm(s: string): string {
  return s.replace(EDGE, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Link items on one line: 1 for a line that is one link's text, n for n links joined by separators, 0 otherwise. */
function linkItems(line: string, links: ReadonlySet<string>): number {
  const t = norm(line);
  if (!t) return -1;
  if (t.length <= SHORT && links.has(t)) return 1;
  const parts = t.split(SEPARATOR).map(norm).filter(Boolean);
  if (parts.length < 2) return 0;
  let n = 0;
  for (const [i, p] of parts.entries()) {
    if (links.has(p)) n++;
    else if (!(i === 0 && p.length <= 40)) return 0; // a leading label ("trending") may stand outside the links
  }
  return n;
}

/** The longest run of consecutive link-only items in `text` (blank lines do not break a run). */
export function longestLinkRun(text: string, html: string, links: ReadonlySet<string> = linkTexts(html)): number {
  let best = 0;
  let run = 0;
  for (const line of text.split('\n')) {
    const n = linkItems(line, links);
    if (n < 0) continue;
    if (n === 0) {
      run = 0;
      continue;
    }
    run += n;
    best = Math.max(best, run);
  }
  return best;
}

/** True when the text still holds a rail: `LEAK_RUN` or more consecutive short, link-only lines. */
export function leaksRail(text: string, html: string, links?: ReadonlySet<string>): boolean {
  return longestLinkRun(text, html, links) >= LEAK_RUN;
}
