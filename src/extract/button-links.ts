// Links the page styles as buttons ("btn", "button", "cta" in their class): "Get the Recipe",
// "Explore this simple exercise plan", "Shop the collection". A button is a control, not a sentence of the
// story, so one that stands alone on its line goes whatever its wording. A button-classed link inside a
// sentence (themes style inline links that way too) is left: only the link's own line is judged.
import { elementsByTags, type Trace } from './document.js';
import { collapseSpace } from './text.js';

/** Class words of a button: Bootstrap's "btn", WordPress block and plugin "*-button", "cta". */
const BUTTON_CLASS = /(?:^|[\s_-])(?:btn|button|cta)(?:$|[\s_-])/i;
/**
 * Longest label: a control's few words ("Get the Recipe", "$899.00 from Shop"). Longer button-styled links were
 * tried (up to 14 words): on the devset they were as often lines the ground truths keep (a guide's per-item
 * "Name Review" links, a long "Learn about ..." pointer).
 */
const MAX_CHARS = 60;
const MAX_WORDS = 5;
/** Containers whose children are lines: a link sharing one of these with other blocks is a line of its own. */
const CONTAINER = new Set(['div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'figure', 'nav', 'body']);
const LINKS = new Set(['a']);

export function removeButtonLinks(root: Element, trace?: Trace): void {
  for (const a of elementsByTags(root, LINKS)) {
    if (!a.isConnected || !isButton(a)) continue;
    const text = collapseSpace(a.textContent ?? '');
    // A question is an accordion's toggle over its answer (FAQ markup styles those as buttons too).
    if (!text || text.length > MAX_CHARS || text.split(' ').length > MAX_WORDS || text.endsWith('?')) continue;
    const line = ownLine(a, root);
    if (!line) continue;
    trace?.('button-link', text);
    line.remove();
  }
}

function isButton(a: Element): boolean {
  return BUTTON_CLASS.test(a.getAttribute('class') ?? '');
}

/** The largest element around `a` that holds only its text, or null when `a` sits inside a line of text. */
function ownLine(a: Element, root: Element): Element | null {
  let box = a;
  // Siblings are looked at, not the ancestors' whole text: a button's parent may be the whole article.
  for (let p = a.parentElement; p && p !== root && !othersHaveText(p, box); p = p.parentElement) box = p;
  if (box !== a) return box;
  // The link shares its parent with other content: a line of its own only among blocks, with no loose text.
  const parent = a.parentElement;
  return parent && CONTAINER.has(parent.localName) && !hasOwnText(parent) ? a : null;
}

function othersHaveText(parent: Element, child: Node): boolean {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n !== child && hasText(n)) return true;
  return false;
}

/** Any text that is not white space, looked for depth first and left at the first found. */
function hasText(n: Node): boolean {
  if (n.nodeType === 3) return /\S/.test(n.nodeValue ?? '');
  if (n.nodeType !== 1) return false;
  for (let c = n.firstChild; c; c = c.nextSibling) if (hasText(c)) return true;
  return false;
}

function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) return true;
  return false;
}
