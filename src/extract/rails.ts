// Rails of other headlines inside the article container ("Trending", "Most read", "Latest", or no label
// at all): a run of items that are each one link to another article, headline-shaped, and about something
// else than the story. Such a list is removed for what it is, whatever its share of the text: the share
// guard in prune-article.ts protects prose, and a rail has none.
import { isAnnouncedList, isDocumentList } from './announced-lists.js';
import { elementsByTags } from './document.js';
import { holdsFigure, isItemExtra } from './item-extras.js';
import { hasNonSpaceText } from './jsdom-internals.js';
import { RAIL_INVITE, SECTION_LABEL } from './junk-text.js';
import { collapseSpace, isBlockTag } from './text.js';
import { RAILS, TOPICAL } from './thresholds.js';
import type { Vocabulary } from './topical.js';

const A = new Set(['a']);
/** Text between the items of a loose rail: separators, bullets, a lone label dash. */
const SEPARATOR_TEXT = /^[\s\-–—|•·/,;>»›]*$/;
const SENTENCE_END = /[.!;…"”’»]\s*$/;
const T = RAILS;

export interface RailItem {
  el: Node;
  text: string;
  linkText: string;
}

function collapse(s: string): string {
  return collapseSpace(s);
}

function linkTextOf(n: Node): string {
  if (n.nodeType !== 1) return '';
  const el = n as Element;
  if (el.localName === 'a') return collapse(el.textContent ?? '');
  return elementsByTags(el, A)
    .map((a) => collapse(a.textContent ?? ''))
    .join(' ');
}

/**
 * The items of `el` when it is a list: element children that are list items, links or blocks, with at most
 * separators between them. Null when `el` holds running text (a paragraph's links are not a list).
 */
export function railItems(el: Element): { items: RailItem[]; label: boolean } | null {
  const items: RailItem[] = [];
  let label = false;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const t = n.nodeValue ?? '';
      if (SEPARATOR_TEXT.test(t)) continue;
      // " | Mar 4, 2019 |", " (Reuters) -", " 12 comments": the previous item's extras, not running text.
      if (isItemExtra(t, SEPARATOR_TEXT, !items.length)) continue;
      // "Trending -" as bare text before the first link labels the run.
      if (!items.length && !label && t.trim().length <= T.labelMaxChars && isLabel(t.trim())) {
        label = true;
        continue;
      }
      return null;
    }
    if (n.nodeType !== 1) continue;
    const c = n as Element;
    if (c.localName === 'br') continue;
    // Any other element with text ends the list: asked before its text is gathered (most boxes stop here).
    if (c.localName !== 'li' && c.localName !== 'a' && !isBlockTag(c.tagName)) {
      if (hasNonSpaceText(c) ?? !!collapse(c.textContent ?? '')) return null;
      continue;
    }
    const text = collapse(c.textContent ?? '');
    if (text) items.push({ el: c, text, linkText: '' });
  }
  // A short list the story announces ("The documents can be read in full:") is its own, not teasers.
  if (isDocumentList(el)) return null;
  if (!label && isAnnouncedList(el, items.length)) return null;
  // Read last, for the lists that are lists.
  for (const it of items) it.linkText = linkTextOf(it.el);
  // "<a>Oakhurst Primary</a> – 96%": linked names each beside its figure are a table of results (guards 9).
  const figures = items.every((it) => it.linkText && holdsFigure(it.text.replace(it.linkText, ' ')));
  if (figures && !isTableOfContents(items)) return null;
  return { items, label };
}

/** A headline-sized item that is a link (and maybe a short kicker, date or source next to it). */
function isLinkItem(it: RailItem): boolean {
  const len = it.text.length;
  if (len < T.linkItemMinChars || len > T.linkItemMaxChars) return false;
  const link = Math.min(it.linkText.length, len);
  return link >= len * T.linkItemShare && link >= T.linkItemMinChars;
}

function isHeadlineShaped(text: string): boolean {
  const words = text.split(' ').length;
  return words >= T.headlineMinWords && words <= T.headlineMaxWords && !SENTENCE_END.test(text);
}

export interface RailContext {
  vocab: Vocabulary;
  /** Text of the story's prose inside the list (it went into the vocabulary and is no evidence). */
  ownProse: string;
  /** A rail label (Trending, Most read, ...) stands right before the list or opens it. */
  labelled: boolean;
}

/**
 * Why `items` is a rail of other headlines, or null. Most of the items have to be links to headline-shaped
 * texts; then a label, a story vocabulary they do not share, or sheer number says it is not the story's own
 * list (a guide's linked product names are short and on topic, and stay).
 */
export function railVerdict(items: RailItem[], ctx: RailContext): string | null {
  if (items.length < T.minItems) return null;
  const links = items.filter(isLinkItem);
  if (links.length < T.minItems || links.length < items.length * T.linkItemsShare) return null;
  // Most of the list's text is link text: cards with a blurb under the link are a guide's entries.
  const text = items.reduce((a, it) => a + it.text.length, 0);
  const linked = items.reduce((a, it) => a + Math.min(it.linkText.length, it.text.length), 0);
  if (linked < text * T.linkedTextShare) return null;
  const headlines = links.filter((it) => isHeadlineShaped(it.linkText || it.text)).length;
  if (headlines < links.length * T.headlineShare) return null;
  const words = links.reduce((a, it) => a + it.text.split(' ').length, 0) / links.length;
  if (words < T.minMeanWords) return null;
  if (ctx.labelled) return 'rail: labelled';
  const overlap =
    ctx.vocab.size >= TOPICAL.minVocabulary
      ? ctx.vocab.overlap(links.map((it) => it.text).join(' '), ctx.ownProse)
      : null;
  if (overlap !== null && overlap < T.offTopicOverlap) return 'rail: off-topic headlines';
  if (links.length >= T.minBareItems && (overlap === null || overlap < T.linkListOverlap)) return 'rail: link list';
  return null;
}

/** A rail label in the element just before `el`, or as its first item. */
export function hasRailLabel(el: Element, items: RailItem[]): boolean {
  const first = items[0];
  if (first && first.text.length <= T.labelMaxChars && isLabel(first.text)) return true;
  return railLead(el) !== null;
}

/**
 * The label or invite right before `el` (an element, or bare text such as "Related reports include"
 * before a run of links), skipping empty spacers and lone separators; null when there is none. A label
 * that holds paragraphs or list items is a section, not a label.
 */
export function railLead(el: Element): Node | null {
  let prev = el.previousSibling;
  while (prev && !collapse(prev.textContent ?? '').replace(/[-–—|•·]/g, '')) prev = prev.previousSibling;
  if (!prev || (prev.nodeType !== 1 && prev.nodeType !== 3)) return null;
  if (prev.nodeType === 1 && (prev as Element).querySelector('p,li')) return null;
  return isRailLead(collapse(prev.textContent ?? '')) ? prev : null;
}

/** The line before a rail: a label ("Most read") or a sentence inviting to read on ("check out these articles!"). */
export function isRailLead(t: string): boolean {
  if (!t) return false;
  return (t.length <= T.labelMaxChars && isLabel(t)) || (t.length <= T.inviteMaxChars && RAIL_INVITE.test(t));
}

/** Headings of a table of contents. */
const TOC_LABEL =
  /^(?:table of contents|contents|in this (?:article|story|guide|post)|on this page|jump to(?: section)?)[:.]?$/i;

export function isLabel(text: string): boolean {
  const t = text.replace(/^[\s•·|>»›-]+|[\s•·|>»›-]+$/g, '');
  return SECTION_LABEL.test(t) || TOC_LABEL.test(t);
}

/**
 * A table of contents: every item links to a fragment of one and the same page ("#section-2"). It repeats
 * the article's own headings and is navigation, not text.
 */
export function isTableOfContents(items: RailItem[]): boolean {
  if (items.length < T.tocMinItems) return false;
  let page: string | null = null;
  for (const it of items) {
    if (it.el.nodeType !== 1) return false;
    const el = it.el as Element;
    const links = el.localName === 'a' ? [el] : elementsByTags(el, A);
    if (!links.length || it.linkText.length < it.text.length * T.tocLinkShare) return false;
    for (const a of links) {
      const href = a.getAttribute('href') ?? '';
      const hash = href.indexOf('#');
      if (hash < 0 || hash === href.length - 1) return false;
      const base = href.slice(0, hash);
      if (page === null) page = base;
      else if (base !== page) return false;
    }
  }
  return true;
}

/** Pages about the site itself, the items of its footer and "about" menus. */
const SITE_PAGE =
  /^(?:home(?: ?page)?|about(?: us| \S+)?|contact(?: us)?|(?:our )?(?:mission|team|story)(?: statement)?|write for us|careers|jobs|advertise(?: with us)?|privacy(?: policy)?|terms(?: of (?:use|service))?|cookie policy|imprint|impressum|masthead|donate|faqs?)$/i;

/**
 * The site's own menu: a list of links, one of them to the site's front page ("Home", "/"), or half of them
 * to pages about the site (About us, Mission statement, Write for us). A story links to other pages, not
 * to its own site's root or masthead among a row of section names.
 */
export function isSiteMenu(items: RailItem[]): boolean {
  if (items.length < T.siteInfoMinItems) return false;
  let home = false;
  let about = 0;
  for (const it of items) {
    if (it.el.nodeType !== 1 || it.linkText.length < it.text.length * T.tocLinkShare) return false;
    const el = it.el as Element;
    const a = el.localName === 'a' ? el : elementsByTags(el, A)[0];
    if (!a) return false;
    if (isFrontPage(a.getAttribute('href') ?? '') || /^home(?: ?page)?$/i.test(it.linkText)) home = true;
    if (SITE_PAGE.test(it.linkText)) about++;
  }
  return (home && items.length >= T.minBareItems) || about >= items.length * T.siteInfoShare;
}

/** "/" or "/index.html": the root of this site (an absolute address may be another site's). */
function isFrontPage(href: string): boolean {
  return /^\/(?:index\.\w+)?$/.test(href.trim());
}
