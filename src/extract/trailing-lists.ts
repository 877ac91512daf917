// A list of the story's own set just after its body container, outside it: a heading over a list of plain
// lines (a timeline, "What happens next"), or a sentence ending in a colon and the list it announces (the
// documents or helplines the story points to). Readability takes the body container and its paragraph
// siblings, never a sibling list, so the list was lost. A headed list must hold facts (fact-boxes.ts): bare
// phrases under a heading are a widget's ("Trending searches"). Before Readability reads the page, such pairs that
// directly follow the container holding the story's paragraphs are moved to its end; the rules after it judge
// them there as they judge any list of the story (a rail announced by a label still goes).
import { elementsByTags } from './document.js';
import { factRows } from './fact-boxes.js';
import { collapseSpace } from './text.js';

const T = {
  /** The body container holds at least this many paragraphs of its own. */
  minParagraphs: 3,
  /** A heading over the list: a line, not a paragraph. */
  headingMaxChars: 80,
  /** An announcing sentence: at most this long. */
  leadMaxChars: 300,
  /** Most items in the list: a story's list, not a directory. */
  maxItems: 12,
} as const;

const P = new Set(['p']);
const LISTS = new Set(['ul', 'ol', 'dl', 'table']);
const HEADING = /^h[2-4]$/;
const A = new Set(['a']);
const ITEMS = new Set(['li', 'tr', 'dt']);

export function keepTrailingLists(body: Element): void {
  const box = bodyContainer(body);
  if (!box) return;
  for (;;) {
    const lead = box.nextElementSibling;
    const list = lead?.nextElementSibling;
    if (!lead || !list || !LISTS.has(list.localName) || !ownList(lead, list)) return;
    box.append(lead, list);
  }
}

/** The element with the most paragraph children: where the story's paragraphs are. */
function bodyContainer(body: Element): Element | null {
  const counts = new Map<Element, number>();
  for (const p of elementsByTags(body, P)) {
    const parent = p.parentElement;
    if (parent) counts.set(parent, (counts.get(parent) ?? 0) + 1);
  }
  let best: Element | null = null;
  let most = T.minParagraphs - 1;
  for (const [el, n] of counts) {
    if (n > most) {
      best = el;
      most = n;
    }
  }
  return best;
}

function ownList(lead: Element, list: Element): boolean {
  const items = elementsByTags(list, ITEMS).length;
  if (!items || items > T.maxItems) return false;
  const text = collapseSpace(lead.textContent ?? '');
  if (lead.localName === 'p')
    return text.length <= T.leadMaxChars && /:$/.test(text) && !elementsByTags(lead, A).length;
  if (!HEADING.test(lead.localName) || text.length > T.headingMaxChars || elementsByTags(list, A).length) return false;
  // Bare phrases under a heading ("Trending searches") are a widget's; the story's rows carry facts.
  return factRows(elementsByTags(list, ITEMS).map((el) => el.textContent ?? ''));
}
