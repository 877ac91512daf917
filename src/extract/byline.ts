// A byline as pages write it, cut to the names: "Written by", "Posted by:", "By" glued to the name ("ByJane"),
// a date run on before or after it ("Jane Doe - March 3, 2025", "Jane DoeMarch 3, 2025", "Mar 3, 2025 · 3 min
// read"), a reviewer ("Reviewed by ...") and profile links ("Author's profile"). The date, when the byline had
// one, is kept apart: a page that declares no publication date shows it there.
//   A byline that is only a date, a count, an address, a number or a template's placeholder is no byline.

import { leafBlocks } from './blocks.js';
import { elementsByTags } from './document.js';
import { collapseSpace } from './text.js';

export interface BylineParts {
  name: string | null;
  /** A calendar date found in the byline, ISO 8601 at 00:00 UTC (the page gives no zone, so only the day). */
  date: string | null;
}

const MAX_BYLINE = 200;
const SENTENCE_WORDS = 6;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s*)?';
const TIME = '(?:,?\\s*(?:at\\s*)?@?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4}\\b)?)?';
/** Month-day-year, day-month-year and year-month-day, with an optional weekday before and time after. */
const DATE = new RegExp(
  `${WEEKDAY}(?:(${MONTH})\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}),?\\s*(\\d{4})|(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b)${TIME}`,
  'i',
);

/** A month and day without a year ("Jun 2"), left when nothing else is. */
const DAY_ONLY = new RegExp(`^${MONTH}\\s*\\d{1,2}$`, 'i');

/** What leads into the name: "By", "Written by:", "Posted by", "Text by", "Authors:". */
const LEAD_IN =
  /^(?:(?:written|posted|published|text|words|story|recipe|guide|report(?:ed)?|article)\s*)?by(?:\s*:\s*|\s+)/i;
const GLUED_BY = /^(?:(?:Written|Posted|Published|Text|Words)\s*)?[Bb]y(?=\p{Lu})/u;
const AUTHORS = /^(?:[Aa]uthors?|AUTHORS?)(?:\s*:\s*|\s+(?=\p{Lu}))/u;
/** A label with no name after it. */
const LABEL_ONLY = /^(?:(?:(?:written|posted|published)\s+)?by|authors?)\s*:?$/i;
/** What follows the names: a reviewer, an update stamp, a profile link, a lone "Author". */
const TAIL =
  /(?:\s*[.,]?\s*(?:(?:medically|fact[- ]checked|expert)\s+)?reviewed by\b.*|\s*(?:last\s+)?updated\s*:?.*|\s*author[’']?s profile|\s+author|\s+(?:written|posted) by|\s+on\s+\d.*)$/i;
/** Separators and words left between a name and a date that was cut off. */
const EDGE = /^[\s|•·–—,:@-]+|[\s|•·–—,:@-]+$/g;
/** Words left between a name and a date that was cut off ("Jane Doe on", "Jane Doe, updated"). */
const UPDATED = /updated(?:\s+on)?$/i;
const BEFORE_DATE = /(?:\s+(?:posted|published)(?:\s+on)?|\s+(?:on|at)|\s*(?:last\s*)?updated(?:\s+on)?)$/i;

export function splitByline(raw: string | null): BylineParts {
  if (!raw) return { name: null, date: null };
  let s = raw.replace(/\s+/g, ' ').trim();
  let date: string | null = null;
  const m = DATE.exec(s);
  if (m) {
    const lead = s.slice(0, m.index).replace(EDGE, '');
    // "Updated on March 3" is the day of a change, not of publication.
    date = UPDATED.test(lead) ? null : isoDay(m);
    const before = lead.replace(BEFORE_DATE, '');
    const after = s.slice(m.index + m[0].length).replace(EDGE, '');
    s = before || after;
  }
  s = s
    .replace(GLUED_BY, '')
    .replace(LEAD_IN, '')
    .replace(AUTHORS, '')
    .replace(TAIL, '')
    .replace(EDGE, '')
    .replace(/^["“”']+|["“”']+$/g, '')
    .trim();
  return { name: isName(s) ? s : null, date };
}

/** The names of a byline, after a German, French or Spanish "by" ("von", "par", "por") as well. */
export function bylineName(raw: string): string | null {
  return splitByline(raw.replace(/^(von|par|por)\s+/i, '')).name;
}

/** What is left is a name: letters, not a count ("3 min read"), an address or a template's placeholder. */
function isName(s: string): boolean {
  if (!s || s.length > MAX_BYLINE || !/\p{L}/u.test(s) || LABEL_ONLY.test(s)) return false;
  // A sentence ("Jane Doe has covered the city since 2012.") is a bio, not a byline.
  if (/[.!?]$/.test(s) && s.split(/\s+/).length >= SENTENCE_WORDS) return false;
  if (/^https?:\/\/|^@|@\S+\.\w/.test(s)) return false;
  if (/\bmin(?:ute)?s? read\b/i.test(s) || /^\d/.test(s) || DAY_ONLY.test(s)) return false;
  // A template's placeholder ("page.meta.author") or a login ("jdoe-admin", "jdoe42x9"): one lower-case token.
  return !/^[a-z]+(?:\.[a-z]+){2,}$/i.test(s) && !/^(?=\S*[\d-])[a-z][a-z\d-]*$/.test(s);
}

function isoDay(m: RegExpExecArray): string | null {
  let y: number;
  let mo: number;
  let d: number;
  if (m[1]) [y, mo, d] = [Number(m[3]), monthOf(m[1]), Number(m[2])];
  else if (m[5]) [y, mo, d] = [Number(m[6]), monthOf(m[5]), Number(m[4])];
  else [y, mo, d] = [Number(m[7]), Number(m[8]) - 1, Number(m[9])];
  if (y < 1990 || y > 2100 || mo < 0 || mo > 11 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, mo, d);
  return new Date(t).getUTCDate() === d ? new Date(t).toISOString() : null;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

/** How far into the article a dateline is looked for, and how long it may be. */
const MASTHEAD_BLOCKS = 8;
const MAX_DATELINE = 80;
/** A block this long is prose: the masthead is over, and a date further on is the story's, not the page's. */
const PROSE_CHARS = 120;

/**
 * The day a bare dateline at the head of the article shows ("March 3, 2025", "Published on 3 Mar 2025"), read
 * before the cleaning takes the line off: among the short blocks before the first paragraph of prose. An
 * "Updated" stamp is not the publication day.
 */
export function mastheadDate(content: Element): string | null {
  for (const block of leafBlocks(content).slice(0, MASTHEAD_BLOCKS)) {
    const t = collapseSpace(block.textContent ?? '');
    if (t.length >= PROSE_CHARS) break;
    if (!t || t.length > MAX_DATELINE || /^(?:last\s+)?updated\b/i.test(t)) continue;
    const parts = splitByline(t);
    if (parts.date && !parts.name) return parts.date;
  }
  return null;
}

/** A class or id that names the author's element: "byline", "author-name", "PostsAuthors-authorName", "post-author". */
const AUTHOR_CLASS =
  /(?:^|[\s_-])(?:by-?line|author-?name|(?:post|article|entry|story)-?authors?|authors?)(?:$|[\s_-])/i;
/** Author boxes with more than a name, and the commenters' names. */
const NOT_AUTHOR_CLASS =
  /comment|reply|avatar|bio|box|about|card|label|photo|image|img|social|follow|more|list|widget/i;
const OUTSIDE_ARTICLE = 'footer, aside, nav, form, [class*="comment"], [id*="comment"]';
const MAX_SHOWN_BYLINE = 100;

/**
 * The author's name as the page shows it, for a page that declares none and where Readability found none: the
 * first short element whose class names it as the byline or the author's name, outside footers, asides and
 * comments. Read before the page is pruned.
 */
export function shownByline(doc: Document): string | null {
  // A static list: nothing here changes the page.
  for (const el of doc.body ? elementsByTags(doc.body, null) : []) {
    const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (!AUTHOR_CLASS.test(names) || NOT_AUTHOR_CLASS.test(names)) continue;
    const t = collapseSpace(el.textContent ?? '');
    if (t.length < 3 || t.length > MAX_SHOWN_BYLINE || el.closest(OUTSIDE_ARTICLE)) continue;
    const name = bylineName(t);
    if (name) return name;
  }
  return null;
}
