// The article's title, chosen from what the page offers: the headline it declares (JSON-LD `headline`, og:title,
// twitter:title, <title>) and the headline it shows (its <h1>s, read before any pruning). Declared titles often
// carry the site's name (" | Site", "Site - ") or a section label (" | Opinion"); a page's first <h1> is
// sometimes its logo or a section name. So:
//   1. a shown <h1> that agrees with a declared title (the same words, one of its " | " segments, or at least
//      half its words) is the headline, as the reader sees it (a heading that is the site's name is not:
//      a <title> that reads "Name: headline" beside an og:title "headline" names the site too);
//   2. else the first declared title (one far longer than another is a description, not a headline);
//   3. else the page's only <h1>, else Readability's title;
// and the choice loses the site's name and section labels at its ends. A site's name is told by the page's own
// declarations (og:site_name, application-name, the JSON-LD publisher) and by the address's host.
import { hostLabels } from './host-labels.js';

export interface TitleSources {
  /** Declared titles in order of trust: JSON-LD headline, og:title, twitter:title, dc.title, parsely-title. */
  declared: string[];
  /** The document's <title>: the weakest declaration, as it often names the site and the section too. */
  documentTitle: string | null;
  /** The page's <h1> texts in document order (a few), read before pruning. */
  headings: string[];
  /** What the page calls itself. */
  siteNames: string[];
  /** The page's address (its host names the site). */
  url: string;
}

const MAX_TITLE = 500;
/** A declared title this much longer than another is a description pasted into the field. */
const DESCRIPTION_RATIO = 2.5;
const DESCRIPTION_MIN_CHARS = 160;
/** A shown heading agrees with a declared title that shares at least this token F1 with it. */
const AGREE_F1 = 0.5;
const MAX_KICKER_WORDS = 3;

/** " | ", " - ", " – ", " — ", " · ", " • ", " » ", " :: ": separators of a title's parts (a bare "|" too). */
const SEP = /(\s+[-–—·•»|~/]\s+|\s*\|\s*|\s+::?\s+)/;

/** Words of a section label, which a title may carry at its end ("Headline | Opinion", "Headline - World news"). */
const SECTION_WORDS = new Set(
  (
    'opinion opinions news analysis review reviews blog blogs editorial editorials commentary column columns ' +
    'politics sport sports business world tech technology science health culture entertainment lifestyle life ' +
    'travel video videos podcast podcasts live breaking exclusive explainer feature features obituary obituaries ' +
    'letters local national international markets money economy education us uk latest top stories story ' +
    'home magazine press release releases'
  ).split(' '),
);
/** Stamp words of a date glued after a heading ("Headline January 1, 2025", "Headline Updated 3 May"). */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const DATE_TAIL = new RegExp(
  `^(?:(?:updated|published|posted|last updated)(?: on)? )?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]* )?` +
    `(?:${MONTH} \\d{1,2} \\d{4}|\\d{1,2} ${MONTH} \\d{4}|\\d{4} \\d{1,2} \\d{1,2}|\\d{1,2} \\d{1,2} \\d{2,4})` +
    `(?: (?:at )?\\d{1,2} \\d{2}(?: [ap]m)?)?$`,
);

export function chooseTitle(src: TitleSources, readerTitle: string | null): string {
  const named = src.declared.map(clean).filter(Boolean);
  const docTitle = clean(src.documentTitle ?? '');
  const declared = plausibleDeclared([...named, docTitle].filter(Boolean));
  const sites = siteKeys([...src.siteNames, ...namesBeside(docTitle, named)], src.url);
  const headings = src.headings
    .map(clean)
    .filter((h) => h && !isSite(h, sites))
    .slice(0, 3);

  const shown = headings.find((h) => declared.some((d) => agrees(h, d)));
  if (shown) return trimmed(withoutGlue(shown, declared), sites);
  if (declared.length) return trimmed(declared[0]!, sites);
  if (headings.length === 1) return trimmed(headings[0]!, sites);
  return trimmed(clean(readerTitle ?? ''), sites);
}

/** What a <title> holds beside a declared title at its start or end ("Blog name: Headline"): the site's name. */
function namesBeside(docTitle: string, declared: string[]): string[] {
  const t = words(docTitle);
  const out: string[] = [];
  for (const d of declared) {
    const w = words(d);
    if (!w.length || w.length >= t.length) continue;
    const rest = w.every((x, i) => x === t[i])
      ? t.slice(w.length)
      : w.every((x, i) => x === t[t.length - w.length + i])
        ? t.slice(0, t.length - w.length)
        : null;
    if (rest && rest.length <= MAX_SITE_WORDS) out.push(rest.join(' '));
  }
  return out;
}
const MAX_SITE_WORDS = 6;

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
}

/** Declared titles without the ones that are descriptions (far longer than another declared title). */
function plausibleDeclared(list: string[]): string[] {
  const shortest = Math.min(...list.map((d) => d.length));
  return list.filter((d) => d.length < DESCRIPTION_MIN_CHARS || d.length <= shortest * DESCRIPTION_RATIO);
}

/** A title's words: letters and digits, case folded (also how bench:extract-meta scores titles). */
export function words(s: string): string[] {
  return (
    s
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The title's parts between separators, with the separators kept at odd places. */
function parts(s: string): string[] {
  return s.split(SEP);
}

/** A heading agrees with a declared title: the same words, the same as one of its parts, or half its words. */
function agrees(heading: string, declared: string): boolean {
  const h = words(heading).join(' ');
  if (!h) return false;
  if (words(declared).join(' ') === h) return true;
  const ps = parts(declared);
  for (let i = 0; i < ps.length; i += 2) if (words(ps[i]!).join(' ') === h) return true;
  return tokenF1(words(heading), words(declared)) >= AGREE_F1;
}

export function tokenF1(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const left = new Map<string, number>();
  for (const t of b) left.set(t, (left.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = left.get(t) ?? 0;
    if (n > 0) {
      common++;
      left.set(t, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
}

/**
 * A heading that is a declared title with something glued on, which the markup showed beside it: a date after
 * it ("Headline January 1, 2025") or a kicker before it in capitals or a section word ("EXCLUSIVE Headline",
 * "Opinion Headline"). The declared title is the headline then.
 */
function withoutGlue(heading: string, declared: string[]): string {
  const h = words(heading);
  for (const d of declared) {
    const w = words(d);
    if (!w.length || w.length >= h.length) continue;
    if (w.every((t, i) => t === h[i]) && DATE_TAIL.test(h.slice(w.length).join(' '))) return d;
    if (w.every((t, i) => t === h[h.length - w.length + i]) && isKicker(heading, h.length - w.length)) return d;
  }
  return heading;
}

/** The heading's first `n` words are a kicker: few, and in capitals or section words. */
function isKicker(heading: string, n: number): boolean {
  if (n > MAX_KICKER_WORDS) return false;
  const raw = heading.match(/[\p{L}\p{N}]+/gu)?.slice(0, n) ?? [];
  return raw.every((t) => (t === t.toUpperCase() && /\p{Lu}/u.test(t)) || SECTION_WORDS.has(t.toLowerCase()));
}

/** The site's names as words, and its host's labels in letters and digits. */
function siteKeys(siteNames: string[], url: string): { names: string[]; hosts: string[] } {
  const names = siteNames.map((n) => words(n).join(' ')).filter((n) => n.length >= 2);
  const hosts = hostLabels(url)
    .filter((l) => l.length >= 3 && !COMMON_LABELS.has(l))
    .map((l) => l.replace(/[^a-z0-9]/g, ''));
  return { names, hosts };
}
const COMMON_LABELS = new Set(['www', 'com', 'org', 'net', 'gov', 'edu', 'amp', 'blog', 'news', 'm']);
/** A part that opens with a domain: "Example.com", "Example.org for Business". */
const DOMAIN =
  /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|gov|edu|info|ai|app|dev|news|uk|de|fr|au|ca|in|us)\b/i;

/**
 * The part is the site's name: one of its declared names (or a run of their words), its host's name, or a
 * domain. `atEnd`: the title's last part, where a longer name that starts with the host's ("Host Health
 * System") is the site's too.
 */
function isSite(part: string, sites: { names: string[]; hosts: string[] }, atEnd = false): boolean {
  const w = words(part);
  const s = w.join('');
  if (!s) return false;
  if (w.length <= MAX_SITE_WORDS && DOMAIN.test(part)) return true;
  const run = ` ${w.join(' ')} `;
  for (const n of sites.names) {
    const c = n.replace(/ /g, '');
    if (s === c || ` ${n} `.includes(run)) return true;
    if (
      s.length >= 4 &&
      c.length >= 4 &&
      (c.includes(s) || s.includes(c)) &&
      Math.min(s.length, c.length) * 2 >= Math.max(s.length, c.length)
    )
      return true;
  }
  return sites.hosts.some(
    (h) =>
      s === h ||
      (h.length >= 4 && s.startsWith(h) && (h.length * 2 >= s.length || (atEnd && w.length <= MAX_SITE_WORDS))),
  );
}

function isSection(part: string): boolean {
  const w = words(part);
  return w.length > 0 && w.length <= MAX_KICKER_WORDS && w.every((t) => SECTION_WORDS.has(t));
}

/** The title without the site's name and section labels at either end (never to nothing). */
function trimmed(title: string, sites: { names: string[]; hosts: string[] }): string {
  const ps = parts(title);
  let start = 0;
  let end = ps.length - 1;
  while (end - start >= 2 && (isSite(ps[end]!, sites, true) || isSection(ps[end]!))) end -= 2;
  while (end - start >= 2 && (isSite(ps[start]!, sites) || isSection(ps[start]!))) start += 2;
  return ps
    .slice(start, end + 1)
    .join('')
    .trim();
}
