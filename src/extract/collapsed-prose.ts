// Accordions, tabs and "show more" panels (FAQ answers, the steps of a guide, a review's later sections)
// ship their text in the page, hidden until the reader opens them: `hidden`, `aria-hidden`, or a
// display:none style (prestrip turns that into `hidden`). The page pruning drops hidden blocks as chrome, and
// Readability skips them, so the article lost whole sections. A hidden block that is prose (real
// paragraphs, few links) and is not named as a widget (modal, menu, newsletter) is a collapsed part of the
// page's text: it is un-hidden and judged like the rest.
import { elementsByTags } from './document.js';
import { COLLAPSED_PROSE as T } from './thresholds.js';

const P = new Set(['p', 'li', 'dd', 'td']);
const A = new Set(['a']);
const NOT_PANEL_TAGS = new Set(['nav', 'dialog', 'menu', 'figcaption']);
const NOT_PANEL_ROLES = new Set(['navigation', 'dialog', 'alertdialog', 'search', 'menubar', 'menu']);
const WIDGET_NAME =
  /modal|popup|pop-up|overlay|drawer|menu|newsletter|subscribe|signup|sign-up|paywall|cookie|consent|banner|toast|tooltip|sr-only|visually-hidden|screen-reader|offscreen|mobile|desktop|print/i;

const PANEL_NAME = /accordion|collaps|expand|disclosure|tab-?panel|panel|faq|toggle|show-?more|read-?more/i;
const PANEL_ROLES = new Set(['region', 'tabpanel']);
const OPENER_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'summary', 'dt']);

/**
 * Marked as a disclosure panel: by its role or label, by a name that says so, or by sitting right after
 * the heading or button that opens it. A hidden footnote list or an unused page template has none of these.
 */
function looksLikePanel(el: Element): boolean {
  const role = el.getAttribute('role');
  if ((role && PANEL_ROLES.has(role)) || el.hasAttribute('aria-labelledby')) return true;
  if (PANEL_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return true;
  const opener = el.previousElementSibling;
  if (!opener) return false;
  return (
    OPENER_TAGS.has(opener.localName) || opener.hasAttribute('aria-expanded') || opener.hasAttribute('aria-controls')
  );
}

export function isCollapsedProse(el: Element): boolean {
  if (NOT_PANEL_TAGS.has(el.localName)) return false;
  const role = el.getAttribute('role');
  if (role && NOT_PANEL_ROLES.has(role)) return false;
  if (el.getAttribute('aria-modal') === 'true') return false;
  if (WIDGET_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return false;
  if (!looksLikePanel(el)) return false;
  const text = chars(el.textContent ?? '');
  if (text < T.minChars) return false;
  let prose = 0;
  for (const p of elementsByTags(el, P)) {
    const len = chars(p.textContent ?? '');
    if (len >= T.paragraphChars) prose += len;
  }
  if (prose < text * T.proseShare) return false;
  let links = 0;
  for (const a of elementsByTags(el, A)) links += chars(a.textContent ?? '');
  return links < text * T.maxLinkDensity;
}

/** Take the hiding off, so Readability (which skips hidden nodes) reads the panel too. */
export function unhide(el: Element): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
}

function chars(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}
