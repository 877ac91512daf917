// A site's search widget set after the story: a heading that names searches or trending topics ("Trending
// searches", "People also search for", "Popular topics") over a list of bare phrases ("gas prices this week",
// "school closures today"), often with no link at all, as a script makes each item clickable. The heading says
// what it is; the items are no sentences and carry no facts. A story's list under its own heading stays.
import { elementsByTags, type Trace } from './document.js';
import { factRows } from './fact-boxes.js';
import { collapseSpace } from './text.js';

const LABEL =
  /^(?:(?:trending|popular|top|related|suggested|recent|hot)\s+(?:searches|search terms|topics|tags|keywords)|people (?:also )?search(?:ed)? for|(?:you )?(?:might|may) also search(?: for)?|trending now|what people are searching)\s*:?$/i;
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong']);
const LISTS = new Set(['ul', 'ol']);
const ITEMS = new Set(['li']);
/** A search phrase: a few words, not a sentence. */
const MAX_WORDS = 5;

export function removeSearchTerms(root: Element, trace?: Trace): void {
  for (const list of elementsByTags(root, LISTS)) {
    if (!list.isConnected) continue;
    const label = list.previousElementSibling;
    if (!label || !HEADINGS.has(label.localName) || !LABEL.test(collapseSpace(label.textContent ?? ''))) continue;
    const items = elementsByTags(list, ITEMS).map((li) => collapseSpace(li.textContent ?? ''));
    if (!items.length || factRows(items)) continue;
    if (items.some((t) => t.split(' ').length > MAX_WORDS || /[.!?]$/.test(t))) continue;
    trace?.('search-terms', `${collapseSpace(label.textContent ?? '')} ${items.join(' | ')}`);
    label.remove();
    list.remove();
  }
}
