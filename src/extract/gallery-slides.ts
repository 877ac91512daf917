// A gallery's slide with no <figure> or <figcaption> and a class that says nothing (CSS-in-JS hashes): a box that
// holds a picture, a slide counter ("2 / 4", "3 of 12") and a few short blocks (the caption, the credit). The
// counter is the tell that the box is a slide, so its short blocks are the slide's caption and credit, which the
// contract leaves out, even when the credit has no slash ("Jonah Pike for Metro Ledger") and `image-captions`
// cannot read it. A box whose other text is long, has links or has more than three blocks is left (only the
// counter goes, by the older rules): a story paragraph beside a picture is longer than a caption.
import { elementsByTags, type Trace } from './document.js';
import { collapseSpace } from './text.js';

const COUNTER = /^\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/;
const BLOCKS = new Set(['div', 'span', 'p', 'small']);
const PICTURES = new Set(['img', 'picture', 'video']);
const A = new Set(['a']);
/** A caption is a sentence or two; a slide holds at most a caption, a credit and a title. */
const MAX_BLOCK_CHARS = 300;
const MAX_BLOCKS = 3;

export function removeGallerySlides(root: Element, trace?: Trace): void {
  for (const el of elementsByTags(root, BLOCKS)) {
    if (!el.isConnected || el.children.length) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (!COUNTER.test(text)) continue;
    const box = el.parentElement;
    if (!box || box === root || !isSlide(box, el)) continue;
    trace?.('gallery-slide', collapseSpace(box.textContent ?? ''));
    box.remove();
  }
}

/** The box holds a picture with no text, the counter, and one to three short blocks with no links. */
function isSlide(box: Element, counter: Element): boolean {
  let picture = false;
  let blocks = 0;
  for (let c = box.firstElementChild; c; c = c.nextElementSibling) {
    if (c === counter) continue;
    const t = collapseSpace(c.textContent ?? '');
    if (!t) {
      picture ||= PICTURES.has(c.localName) || elementsByTags(c, PICTURES).length > 0;
      continue;
    }
    if (++blocks > MAX_BLOCKS || t.length > MAX_BLOCK_CHARS || elementsByTags(c, A).length) return false;
    if (PICTURES.has(c.localName)) picture = true;
  }
  // Text loose in the box, outside the blocks, is not a slide's.
  const loose = [...box.childNodes].some((n) => n.nodeType === 3 && collapseSpace(n.textContent ?? ''));
  return picture && blocks > 0 && !loose;
}
