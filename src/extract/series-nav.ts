// Series navigation inside the article: the list of the parts of a series ("Part 1", "Part 2", ...) with
// the current part marked and every other part a link to its own page. Series plugins (WordPress, Ghost
// and newsletter templates) and authors put it at the top or the bottom of each part; it is the same list
// on every part, a table of the site's pages, not the text of this one. Judged on structure and the
// marker of the current item alone.
import { elementsByTags, type Trace } from './document.js';
import { collapseSpace } from './text.js';

/** Fewest parts that make a series list. */
const MIN_PARTS = 4;
/** The marker of the part being read. */
const CURRENT =
  /(?:←|⟵|<-|\(|\[|—|–|-|:)?\s*(?:you are here|you're here|this (?:article|post|part|page|one)|currently reading|now reading|reading now|current(?: part| article| post)?)\s*[)\]]?\s*$/i;
/** A short label right before the list ("What's ahead:", "In this series:"). */
const LABEL_MAX_CHARS = 40;
const LISTS = new Set(['ul', 'ol']);
const A = new Set(['a']);

function collapse(s: string): string {
  return collapseSpace(s);
}

/** The item is one link to a page and nothing else; the link's host ('' when relative). */
function linkHost(li: Element): string | null {
  const links = elementsByTags(li, A);
  if (links.length !== 1) return null;
  const text = collapse(li.textContent ?? '');
  if (!text || text !== collapse(links[0]!.textContent ?? '')) return null;
  const href = links[0]!.getAttribute('href') ?? '';
  if (href.startsWith('#')) return null;
  try {
    return new URL(href, 'http://relative.invalid/').host;
  } catch {
    return null;
  }
}

export function removeSeriesNavigation(root: Element, trace: Trace): void {
  for (const list of elementsByTags(root, LISTS)) {
    if (!list.isConnected) continue;
    const items = [...list.children].filter((c) => c.localName === 'li');
    if (items.length < MIN_PARTS || items.length !== list.children.length) continue;
    const current = items.filter((li) => !elementsByTags(li, A).length);
    if (current.length !== 1 || !CURRENT.test(collapse(current[0]!.textContent ?? ''))) continue;
    const hosts = new Set(items.filter((li) => li !== current[0]).map(linkHost));
    if (hosts.has(null) || hosts.size !== 1) continue;
    const label = list.previousElementSibling;
    const labelText = collapse(label?.textContent ?? '');
    if (label && labelText.length <= LABEL_MAX_CHARS && labelText.endsWith(':') && !label.querySelector('a')) {
      trace?.('series-label', labelText);
      label.remove();
    }
    trace?.('series-navigation', collapse(list.textContent ?? ''));
    list.remove();
  }
}
