// Text placed far off the page's edge ("position:absolute; left:-24000px") is there for crawlers, not readers:
// hidden link spam (casino and pharmacy links appended to a story), honeypot form fields, image-replacement
// labels. Readability reads it like any other text, since nothing hides it but the coordinates. prestrip marks
// such elements while it reads their style (styles are gone after it), and they are removed before Readability.
import { elementsByTags, type Trace } from './document.js';
import { collapseSpace } from './text.js';

/** The attribute prestrip puts on an element whose inline style moves it off the page. */
export const OFFSCREEN_MARK = 'data-offscreen';

export function removeOffscreenText(body: Element, trace: Trace): void {
  for (const el of elementsByTags(body, null)) {
    if (!el.isConnected || !el.hasAttribute(OFFSCREEN_MARK)) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (text) trace?.('offscreen-text', text);
    el.remove();
  }
}
