// The last word on what the cleaner found: the headline comes off the text, and a result that is too
// short, mostly links, or a consent/paywall notice is "no article" rather than a bad article.
import { leafBlocks } from './blocks.js';
import { elementsByTags } from './document.js';
import { linkDensity, textLength } from './prune-page.js';
import { VERDICT } from './thresholds.js';
import { collapseSpace } from './text.js';

const T = VERDICT;
/** Guards 10's additions to the listicle test (thresholds.ts is at its size limit). */
const L = {
  /** An item's own text may be this short when the intro hands over to the items ("the services below", a colon). */
  announcedItemMinChars: 20,
  /** Short blocks of masthead furniture passed over before a listicle's intro. */
  introFurnitureBlocks: 4,
  /** A wrapper round a linked heading may hold this much else (a time stamp, a kicker). */
  itemStampMaxChars: 24,
} as const;

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const A = new Set(['a']);

const CONSENT =
  /\b(cookies?|consent|privacy (policy|settings)|accept all|reject all|manage (options|preferences)|legitimate interest|partners?|personali[sz]ed ads)\b/gi;
const WALL =
  /\b(subscribe|subscription|sign in|log in|create (a free )?account|already a (subscriber|member)|to continue reading|unlock|paywall)\b/gi;

export function looksLikeNoArticle(
  text: string,
  content: Element,
  min: { minChars: number; minWords: number },
): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (text.length < min.minChars || words < min.minWords) return 'too little text';
  if (linkDensity(content) > T.indexLinkDensity) return 'mostly links (an index page)';
  if (isTeaserGrid(content)) return 'a list of teasers (an index page)';
  if (text.length < T.noticeMaxChars) {
    // Distinct terms: a story about a country's "partners" names that one word again and again (red team 6).
    const terms = text.match(CONSENT) ?? [];
    const consent = terms.length;
    const distinct = new Set(terms.map((x) => x.toLowerCase().replace(/s$/, ''))).size;
    if (distinct >= T.consentMinTerms && consent * T.consentWordsPerTerm > words) return 'a consent notice';
    const wall = text.match(WALL)?.length ?? 0;
    if (wall >= T.wallMinTerms && wall * T.wallWordsPerTerm > words) return 'a paywall or sign-in notice';
  }
  return null;
}

/**
 * A section front: many headings that are links to other pages, each with a line or two under it, and
 * no paragraph of real prose.
 */
function isTeaserGrid(content: Element): boolean {
  let linked = 0;
  let summarised = 0;
  let shortItems = 0;
  for (const h of elementsByTags(content, HEADINGS)) {
    const len = textLength(h);
    const links = elementsByTags(h, A).reduce((n, a) => n + textLength(a), 0);
    if (len && links / len > T.teaserHeadingLinkShare) {
      linked++;
      const own = ownText(h);
      if (summarised >= 0 && own >= T.introItemMinChars) summarised++;
      else summarised = -1;
      if (own >= L.announcedItemMinChars) shortItems++;
    }
  }
  if (linked < T.teaserGridMinHeadings) return false;
  const leaves = leafBlocks(content);
  if (linked <= T.introListMaxHeadings && summarised === linked && opensWithProse(leaves)) return false;
  if (linked <= T.introListMaxHeadings && shortItems === linked && announcedIntro(leaves)) return false;
  const blocks = leaves.map((b) => textLength(b));
  const prose = blocks.filter((n) => n >= T.teaserGridProseChars).length;
  return linked >= blocks.length * T.teaserGridHeadingShare && prose < T.teaserGridMaxProse;
}

/**
 * A listicle or a briefing, not a section front: its first block of text is a paragraph of running prose (a
 * sentence, no link) that introduces the few linked headings after it. A section front opens on its first teaser.
 * The masthead's furniture before it (a kicker, a byline, a date line: short blocks, no heading) is passed over.
 */
function opensWithProse(leaves: readonly Element[]): boolean {
  const first = introBlocks(leaves)[0];
  return !!first && isIntroProse(first);
}

/**
 * The intro's blocks: the leaves before the first heading, past the masthead's short furniture; none when a
 * heading, a list item or a link comes first.
 */
function introBlocks(leaves: readonly Element[]): Element[] {
  const out: Element[] = [];
  let furniture = 0;
  for (const b of leaves) {
    const len = textLength(b);
    if (!len) continue;
    if (HEADINGS.has(b.tagName.toLowerCase()) || b.closest('h1,h2,h3,h4,h5,h6,li,a')) break;
    if (!out.length && len < T.introItemMinChars && furniture < L.introFurnitureBlocks) {
      furniture++;
      continue;
    }
    out.push(b);
  }
  return out;
}

function isIntroProse(b: Element): boolean {
  const text = collapseSpace(b.textContent ?? '');
  return text.length >= T.introMinChars && /[.!?:][\u201d\u2019"')]?$/.test(text) && elementsByTags(b, A).length === 0;
}

/**
 * Guards 10: an intro of prose whose last paragraph hands over to the items ("the services below", a colon): the
 * items may then be as short as a phone line or an opening time.
 */
function announcedIntro(leaves: readonly Element[]): boolean {
  const intro = introBlocks(leaves);
  const lastBlock = intro[intro.length - 1];
  if (!intro[0] || !lastBlock || !isIntroProse(intro[0]) || !intro.every(isIntroProse)) return false;
  const text = collapseSpace(lastBlock.textContent ?? '');
  return text.endsWith(':') || /\b(?:below|following)\b/i.test(text.split(/(?<=[.!?])\s+/).pop() ?? '');
}

/**
 * The length of a linked heading's own text: the block right after it (no link), or when the heading closes a
 * small wrapper with a stamp or a kicker (a live entry's header), the block after that wrapper.
 */
function ownText(h: Element): number {
  let next = h.nextElementSibling;
  const wrapper = h.parentElement;
  if (!next && wrapper && textLength(wrapper) - textLength(h) <= L.itemStampMaxChars) next = wrapper.nextElementSibling;
  if (!next || HEADINGS.has(next.tagName.toLowerCase()) || elementsByTags(next, A).length) return 0;
  return textLength(next);
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A line that is only a date (and maybe a time): "February 29, 2024", "9 July 2024 10:05 BST", "2024-03-14". */
const DATE_LINE = new RegExp(
  `^(?:(?:published|updated|posted|last updated)(?: on)?:?\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:,?\\s*(?:at\\s*)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*[a-z]{0,4})?$`,
  'i',
);

/** The headline as the content's first block (Readability only drops it when it is an <h1>/<h2>). */
export function dropHeadlineBlock(content: Element, title: string): void {
  const t = norm(title);
  if (!t) return;
  const first = leafBlocks(content).find((b) => textLength(b) > 0);
  if (first && norm(first.textContent ?? '') === t) first.remove();
}

/**
 * The article's own masthead lines off the top of the text: the headline (reported as the title), the
 * byline and a bare dateline, which page layouts without markup leave in the body. The byline's name and the
 * dateline are handed back for the metadata.
 */
export function dropHeadline(
  paragraphs: string[],
  title: string,
  byline: string | null = null,
): { paragraphs: string[]; byline: string | null; dateLine: string | null } {
  const t = norm(title);
  const by = byline ? norm(byline) : '';
  let found: string | null = null;
  let dateLine: string | null = null;
  const out = [...paragraphs];
  for (let i = 0; i < Math.min(T.mastheadParagraphs, out.length); i++) {
    const lines = out[i]!.split('\n');
    const kept = lines.filter((line) => {
      if (!isMastheadLine(line, t, by)) return true;
      found ??= bylineOf(line);
      dateLine ??= line.length <= T.datelineMaxChars && DATE_LINE.test(line.trim()) ? line.trim() : null;
      return false;
    });
    if (kept.length === lines.length) continue;
    out[i] = kept.join('\n').trim();
  }
  return { paragraphs: out.filter(Boolean), byline: found, dateLine };
}

/** "By Jane Doe · 19 October 2024" -> "Jane Doe". */
function bylineOf(line: string): string | null {
  const m = /^by:?\s+(.+)$/i.exec(line.trim());
  if (!m) return null;
  const name = m[1]!.split(/\s+[·|•–—-]\s+|,\s+(?=\d)|\s+(?:on|at|updated|published)\s+/i)[0]!.trim();
  return name && name.length <= T.bylineMaxChars && /^\p{Lu}/u.test(name) ? name : null;
}

function isMastheadLine(line: string, title: string, byline: string): boolean {
  const l = norm(line);
  if (!l) return false;
  if (
    title &&
    (l === title ||
      (l.length > T.headlinePrefixMinChars &&
        (title.startsWith(l) || l.startsWith(title)) &&
        Math.abs(l.length - title.length) < T.headlineLengthSlack * title.length))
  )
    return true;
  if (line.length <= T.bylineMaxChars && /^by:?\s+\p{Lu}/iu.test(line.trim()) && !/[.!?]$/.test(line.trim()))
    return true;
  if (byline && line.length <= T.knownBylineMaxChars && l.startsWith(byline)) return true;
  return line.length <= T.datelineMaxChars && DATE_LINE.test(line.trim());
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
