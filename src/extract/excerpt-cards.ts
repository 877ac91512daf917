// Cards of other posts after the story, each with its blurb: a heading that is one link to another post of the
// site, then a paragraph or two of that post's opening ("More from the blog", "Related stories" grids, often
// with no label at all), and runs of excerpts cut by the CMS at a fixed length ("... said some pharmacie...").
// Readability keeps them when they share the story's container; their blurbs are sentences, so the rail rules,
// which look for short link-only items, pass them by. Judged on structure: where the cards stand (after the
// story's last paragraph), what they are made of (one linked headline and a blurb), and where their links go
// (several posts of one site).
import { elementsByTags, type Trace } from './document.js';
import { collapseSpace } from './text.js';

const T = {
  /** Fewest cards that make a grid: one linked heading with a paragraph can be the story's own pointer. */
  minCards: 3,
  /** Longest card: a headline and a blurb of a paragraph or two. */
  cardMaxChars: 1200,
  /** A post's slug has at least this many words ("how-to-stand-at-your-desk"). */
  slugWords: 3,
  /** The story's own prose before the first card must be at least this long... */
  minStoryChars: 400,
  /** Fewest cut excerpts in a run. */
  minCuts: 2,
  /** A cut excerpt is at least this long (a short line ending in "..." is a teaser or a pause). */
  cutMinChars: 80,
  /** The CMS cuts at a fixed length: the longest of a run is at most this many times the shortest. */
  cutLengthSpread: 1.3,
  /** Longest text above a card's headline (a section kicker, a date). */
  kickerMaxChars: 30,
  /** A paragraph of the story: this long and with a sentence end. */
  proseMinChars: 150,
  /** A cut excerpt's box holds little more than the excerpt: its section, author and date lines. */
  cutBoxGrowth: 1.6,
} as const;

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const ANY_HEADING = 'h1,h2,h3,h4,h5,h6';
/** Text cut short by the CMS: a word (maybe cut in two) or a comma, then the ellipsis; no sentence end before it. */
const CUT = /[\p{L}\d,;] ?(?:\.{3}|…)$/u;

interface Card {
  box: Element;
  href: URL;
}

/** Excerpt cards and cut-excerpt runs after the story: removed with their boxes, each named for --explain. */
export function removeExcerptCards(root: Element, trace: Trace): void {
  removeCards(root, trace);
  removeCutExcerpts(root, trace);
}

function removeCards(root: Element, trace: Trace): void {
  const cards: Card[] = [];
  for (const h of elementsByTags(root, HEADINGS)) {
    const card = cardOf(h, root);
    if (card && !cards.some((c) => c.box.contains(card.box) || card.box.contains(c.box))) cards.push(card);
  }
  if (cards.length < T.minCards) return;
  // Several posts of one site, each under its own address.
  const host = cards[0]!.href.host;
  if (cards.some((c) => c.href.host !== host)) return;
  if (new Set(cards.map((c) => c.href.pathname)).size < cards.length) return;
  if (cards.filter((c) => slugWords(c.href) >= T.slugWords).length * 2 < cards.length) return;
  // After the story: its prose comes before the first card, and nothing but cards holds prose after it.
  const first = cards[0]!.box;
  let before = 0;
  let after = false;
  for (const p of elementsByTags(root, PARAGRAPHS)) {
    const text = collapseSpace(p.textContent ?? '');
    if (!isProse(text) || cards.some((c) => c.box.contains(p))) continue;
    if (first.compareDocumentPosition(p) & 4) after = true;
    else before += text.length;
  }
  if (after || before < T.minStoryChars) return;
  for (const c of cards) {
    trace?.('excerpt-card', collapseSpace(c.box.textContent ?? ''));
    c.box.remove();
  }
}

const PARAGRAPHS = new Set(['p', 'li', 'blockquote', 'pre', 'td', 'dd']);

function isProse(text: string): boolean {
  return text.length >= T.proseMinChars && /[.!?]/.test(text);
}

/** The card around a heading that is one link to another post: the largest box with no other heading in it. */
function cardOf(h: Element, root: Element): Card | null {
  const links = elementsByTags(h, A);
  const text = collapseSpace(h.textContent ?? '');
  if (links.length !== 1 || !text || collapseSpace(links[0]!.textContent ?? '') !== text) return null;
  const href = address(links[0]!);
  if (!href) return null;
  let box: Element = h;
  for (let p = h.parentElement; p && p !== root; p = p.parentElement) {
    const all = collapseSpace(p.textContent ?? '');
    if (p.querySelectorAll(ANY_HEADING).length > 1 || all.length > T.cardMaxChars) break;
    // Only a kicker ("Travel", a date) may stand above the headline: more is the story's text.
    if (all.indexOf(text) > T.kickerMaxChars) break;
    box = p;
  }
  // The card has a blurb besides its heading, and every other link in it is the same post's or the blurb's own.
  if (box === h || collapseSpace(box.textContent ?? '').length <= text.length) return null;
  return { box, href };
}

const A = new Set(['a']);

function address(a: Element): URL | null {
  try {
    const u = new URL(a.getAttribute('href') ?? '');
    return /^https?:$/.test(u.protocol) && !u.hash && u.pathname.length > 1 ? u : null;
  } catch {
    return null;
  }
}

function slugWords(u: URL): number {
  const last = u.pathname.split('/').filter(Boolean).pop() ?? '';
  return last.split('-').filter(Boolean).length;
}

/**
 * Excerpts cut by the CMS at one length, in a run after the story: each goes with its small box (the card's
 * section, author and date lines). Prose may not follow the run: a quote trailing off is the story's.
 */
function removeCutExcerpts(root: Element, trace: Trace): void {
  // Read from the end, and only as far as needed: the run, then enough of the story before it.
  const els = elementsByTags(root, BLOCKS);
  const cuts: { el: Element; text: string }[] = [];
  let i = els.length - 1;
  let story = 0;
  for (; i >= 0 && story < T.minStoryChars; i--) {
    const el = els[i]!;
    if (el.querySelector('p,div,li')) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (story === 0 && text.length >= T.cutMinChars && CUT.test(text)) cuts.unshift({ el, text });
    else if (isProse(text)) story += text.length;
  }
  // The story stays: prose before the run.
  if (cuts.length < T.minCuts || story < T.minStoryChars) return;
  const lens = cuts.map((c) => c.text.length);
  if (Math.max(...lens) > Math.min(...lens) * T.cutLengthSpread) return;
  for (const c of cuts) {
    if (!c.el.isConnected) continue;
    const box = smallBox(c.el, root, c.text.length);
    trace?.('cut-excerpt', collapseSpace(box.textContent ?? ''));
    box.remove();
  }
}

const BLOCKS = new Set(['p', 'div', 'li', 'dd']);

function smallBox(el: Element, root: Element, len: number): Element {
  let box = el;
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    if (collapseSpace(p.textContent ?? '').length > len * T.cutBoxGrowth) break;
    box = p;
  }
  return box;
}
