// A caption with its credit under a picture, with no <figure> or <figcaption> and a class that says nothing
// (CSS-in-JS hashes): a box that holds a picture and one short block after it, and that block closes on a
// credit ("Jonah Pike / Metro Ledger", "Photo: ...", "Getty Images"). The credit is the tell: a story's
// paragraph beside a picture does not end in a photographer's name and an outlet. A gallery's counter ("1 /
// 12") in the same place goes too: beside a picture it counts slides, not a score.
import { elementsByTags, type Trace } from './document.js';
import { CREDIT } from './junk-text.js';
import { collapseSpace } from './text.js';
import { hasNonSpaceText } from './jsdom-internals.js';

/** A caption and its credit: a sentence or two. */
const MAX_CHARS = 300;
const BLOCKS = new Set(['p', 'div', 'span', 'small']);
const PICTURES = new Set(['img', 'picture', 'svg', 'video']);
const A = new Set(['a']);
/** "... on Saturday. Jonah Pike / Metro Ledger", "(Jonah Pike/Metro Ledger)": a name, a slash, an outlet, at the end. */
const CREDIT_END =
  /(?:^|[.!?]["”’)]?\s+|\s)\(?(?:(?:photo|image|picture)s?(?: by)?\s*:?\s*)?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}\s?\/\s?\p{Lu}[\p{L}\d'’&.-]*(?: [\p{L}\d'’&.-]+){0,4}\)?\.?$/u;

/** "1 / 12", "3 of 12": a slide's place in its gallery. */
const SLIDE_COUNTER = /^\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/;

export function removeImageCaptions(root: Element, trace?: Trace): void {
  for (const el of elementsByTags(root, BLOCKS)) {
    if (!el.isConnected) continue;
    const holder = el.previousElementSibling;
    const parent = el.parentElement;
    if (!holder || !parent || parent === root || !isPicture(holder) || !pictureBox(parent, holder, el)) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (SLIDE_COUNTER.test(text)) {
      trace?.('slide-counter', text);
      el.remove();
      continue;
    }
    if (!text || text.length > MAX_CHARS || elementsByTags(el, A).length) continue;
    if (!CREDIT_END.test(text) && !CREDIT.test(text)) continue;
    trace?.('image-caption', text);
    el.remove();
  }
}

/** The box holds the picture, the block beside it, and at most a button's line ("View 12 photos"). */
function pictureBox(parent: Element, holder: Element, el: Element): boolean {
  let others = 0;
  // Walked, not listed: a live collection per candidate cost most of this rule.
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if (c === holder || c === el) continue;
    if (++others > 1 || collapseSpace(c.textContent ?? '').length > BUTTON_CHARS) return false;
  }
  return true;
}
const BUTTON_CHARS = 40;

/** A picture with no text of its own (an <img>, or a block around one). */
function isPicture(el: Element): boolean {
  if (PICTURES.has(el.localName)) return true;
  const hasText = hasNonSpaceText(el) ?? !!collapseSpace(el.textContent ?? '');
  return !hasText && elementsByTags(el, PICTURES).length > 0;
}
