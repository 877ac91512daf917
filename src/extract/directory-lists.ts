// Site directories and related-post cards that sit in the article container with no prose of their own:
//   - a run of items that are each one link, all into one directory of one site, that is an index of the
//     site's own pages (locations, categories, tags, conditions) or a programmatic series of them
//     ("Plumbers in Austin", "Plumbers in Boston", ...). A story's list of names links out to many places;
//     a site's directory links into one folder, item after item, with nothing said about any of them.
//   - headings that each stand over a lone link repeating the heading word for word: cards of other posts
//     (title, picture, link), the article says nothing under them.
// Both are judged on structure alone, so they are removed before the blocks are weighed.
import { elementsByTags, type Trace } from './document.js';
import { DIRECTORY } from './thresholds.js';
import { collapseSpace } from './text.js';
import { hasNonSpaceText } from './jsdom-internals.js';

const T = DIRECTORY;
const A = new Set(['a']);
const HEADING = /^H[2-6]$/;
/** Items of a directory: list items, one-link paragraphs and the blocks of a grid. */
const ITEM_TAGS = new Set(['LI', 'P', 'DIV', 'DD', 'DT', 'SPAN', 'A', 'H3', 'H4', 'H5', 'H6']);
const LINE_TAGS = new Set(['p', 'li', 'dd']);
const SEPARATOR_TEXT = /^[\s\-–—|•·/,;]*$/;
const SENTENCE = /[.!?…:;]\s*$/;
/**
 * Folder names of a site's index pages: places, categories, tags, topics, conditions treated, services
 * offered. "c" and "t" are the short forms many site builders give categories and tags.
 */
const TAXONOMY =
  /^(?:locations?|cities|city|areas?|regions?|states?|countries|country|neighbou?rhoods?|category|categories|cat|c|tags?|t|topics?|conditions?|directory|destinations?|brands?)$/i;
/** Whatever stands as one link's text inside a whole item: trailing punctuation of a list item is allowed. */
const EDGE_PUNCT = /^[\s\-–—•·]+|[\s.,;:\-–—•·]+$/g;

function collapse(s: string): string {
  return collapseSpace(s);
}

interface Item {
  el: Element;
  text: string;
  href: URL;
}

/** The item's single link when the item is that link and nothing else. */
function oneLink(el: Element): Item | null {
  if (!ITEM_TAGS.has(el.tagName)) return null;
  const links = el.tagName === 'A' ? [el] : elementsByTags(el, A);
  if (links.length !== 1) return null;
  const text = collapse(el.textContent ?? '').replace(EDGE_PUNCT, '');
  const linkText = collapse(links[0]!.textContent ?? '').replace(EDGE_PUNCT, '');
  if (!text || text !== linkText) return null;
  let href: URL;
  try {
    href = new URL(links[0]!.getAttribute('href') ?? '', 'http://relative.invalid/');
  } catch {
    return null;
  }
  if (!/^https?:$/.test(href.protocol) || href.hash) return null;
  return { el, text, href };
}

/** The folder of a link: its path without the last segment. */
function folder(u: URL): string[] {
  const parts = u.pathname.split('/').filter(Boolean);
  return parts.slice(0, -1);
}

/** How many words all the texts start (or end) with, when each text has more words than those. */
function sharedStem(texts: string[], fromEnd: boolean): number {
  const words = texts.map((t) => {
    const w = t.toLowerCase().split(' ');
    return fromEnd ? w.reverse() : w;
  });
  const first = words[0]!;
  let n = 0;
  while (n < first.length && words.every((w) => w.length > n + 1 && w[n] === first[n])) n++;
  return n;
}

/** Why a run of one-link items is a directory of the site's own pages, or null. */
export function directoryVerdict(items: Item[]): string | null {
  if (items.length < T.minItems) return null;
  for (const it of items) {
    const words = it.text.split(' ').length;
    if (words > T.maxWords || it.text.length > T.maxChars || SENTENCE.test(it.text)) return null;
  }
  const host = items[0]!.href.host;
  const dir = folder(items[0]!.href);
  const key = dir.join('/');
  for (const it of items) if (it.href.host !== host || folder(it.href).join('/') !== key) return null;
  if (new Set(items.map((it) => it.href.pathname)).size < items.length) return null;
  if (dir.some((s) => TAXONOMY.test(s))) return 'directory-list';
  // "Plumbers in Austin", "Plumbers in Boston": one page per name, generated from one template.
  const texts = items.map((it) => it.text);
  if (!/^\d/.test(texts[0]!) && (sharedStem(texts, false) >= 1 || sharedStem(texts, true) >= 1))
    return 'directory-series';
  return null;
}

/** Runs of consecutive one-link children of `parent` (separators and empty spacers between them allowed). */
function runs(parent: Element): Item[][] {
  const out: Item[][] = [];
  let run: Item[] = [];
  const close = (): void => {
    if (run.length) out.push(run);
    run = [];
  };
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if (!SEPARATOR_TEXT.test(n.nodeValue ?? '')) close();
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.tagName === 'BR' || !(hasNonSpaceText(el) ?? !!collapse(el.textContent ?? ''))) continue;
    const item = oneLink(el);
    if (item) run.push(item);
    else close();
  }
  close();
  return out;
}

function remove(els: Element[], rule: string, trace: Trace): void {
  trace?.(rule, els.map((e) => collapse(e.textContent ?? '')).join(' | '));
  for (const e of els) e.remove();
}

export function removeDirectoryLists(root: Element, trace: Trace): void {
  for (const parent of [root, ...elementsByTags(root, null)]) {
    if (!parent.isConnected && parent !== root) continue;
    // A run is made of element children: fewer than a directory's items cannot hold one.
    if (parent.childElementCount < T.minItems) continue;
    for (const run of runs(parent)) {
      const rule = directoryVerdict(run);
      if (!rule) continue;
      const els = run.map((it) => it.el);
      // A list that is nothing but the directory goes whole, its heading with it when the heading has no
      // other content under it.
      const whole = parent !== root && parent.children.length === els.length && /^(?:UL|OL|DL)$/.test(parent.tagName);
      const target = whole ? parent : null;
      const prev = (target ?? els[0]!).previousElementSibling;
      const next = (target ?? els[els.length - 1]!).nextElementSibling;
      if (prev && HEADING.test(prev.tagName) && (!next || HEADING.test(next.tagName)))
        remove([prev], 'directory-label', trace);
      remove(target ? [target] : els, rule, trace);
    }
  }
  removeDirectoryLines(root, trace);
  removeEchoCards(root, trace);
}

/**
 * A paragraph that is a short label and a row of links joined by separators ("Find us in: A / B / C"):
 * a directory written as one line.
 */
function removeDirectoryLines(root: Element, trace: Trace): void {
  for (const el of elementsByTags(root, LINE_TAGS)) {
    if (!el.isConnected) continue;
    const anchors = elementsByTags(el, A);
    if (anchors.length < T.minItems) continue;
    let rest = collapse(el.textContent ?? '');
    const items: Item[] = [];
    for (const a of anchors) {
      const text = collapse(a.textContent ?? '');
      const item = text ? oneLink(a) : null;
      if (!item) continue;
      items.push(item);
      rest = rest.replace(text, ' ');
    }
    rest = rest.replace(/[\s\-–—|•·/,;:]+/g, ' ').trim();
    if (rest.length > T.lineLabelMaxChars || items.length < T.minItems) continue;
    const rule = directoryVerdict(items);
    if (rule) remove([el], 'directory-line', trace);
  }
}

/** A post's address: its last segment is a slug of several words ("how-to-choose-a-sewing-machine"). */
function articleShaped(u: URL): boolean {
  const last = u.pathname.split('/').filter(Boolean).pop() ?? '';
  return last.split('-').length >= T.echoSlugWords;
}

/** The heading a lone link stands under, with only figures or empty spacers between them. */
function headingAbove(el: Element): Element | null {
  for (let p = el.previousElementSibling; p; p = p.previousElementSibling) {
    if (HEADING.test(p.tagName)) return p;
    if (p.tagName === 'FIGURE' || p.tagName === 'PICTURE' || p.tagName === 'IMG' || !collapse(p.textContent ?? ''))
      continue;
    return null;
  }
  return null;
}

/**
 * Cards of other posts: a heading, maybe a picture, then a lone link (a one-item list or a paragraph)
 * whose text is the heading's. Two or more such cards in one container and no prose in any of them: the
 * headings name other pages, not the article's sections.
 */
function removeEchoCards(root: Element, trace: Trace): void {
  const byParent = new Map<Element, Element[][]>();
  for (const el of elementsByTags(root, null)) {
    const tag = el.tagName;
    if (tag !== 'UL' && tag !== 'OL' && tag !== 'P') continue;
    const target = tag === 'P' ? el : el.children.length === 1 ? el.children[0]! : null;
    if (!target) continue;
    const item = tag === 'P' ? oneLink(el) : oneLink(target);
    if (!item || item.text.split(' ').length < T.echoMinWords || !articleShaped(item.href)) continue;
    const h = headingAbove(el);
    if (
      !h ||
      collapse(h.textContent ?? '')
        .replace(EDGE_PUNCT, '')
        .toLowerCase() !== item.text.toLowerCase()
    )
      continue;
    const card: Element[] = [];
    for (let p: Element | null = h; p && p !== el; p = p.nextElementSibling) card.push(p);
    card.push(el);
    const parent = el.parentElement;
    if (!parent) continue;
    byParent.set(parent, [...(byParent.get(parent) ?? []), card]);
  }
  for (const cards of byParent.values()) {
    if (cards.length < T.echoMinCards) continue;
    // One site's posts: a listicle's product links go out to shops, each its own address.
    const hosts = new Set(
      cards.map(
        (c) => oneLink(c[c.length - 1]!.tagName === 'P' ? c[c.length - 1]! : c[c.length - 1]!.children[0]!)?.href.host,
      ),
    );
    if (hosts.size !== 1) continue;
    for (const card of cards) remove(card, 'echo-card', trace);
  }
}
