// A row of topic links opening or closing the story ("Energy · Heat wave · Electricity prices"): two to eight
// short links, nothing else but separators, every one into the site's tag, topic or category folder. It is the
// page's index of the story, not its text. Only at the story's head or tail, and not after a paragraph that
// announces a list ("... each on one topic:"), where the linked topics are the story's own.
import { followsAnnouncement } from './announced-lists.js';
import { leafBlocks } from './blocks.js';
import { elementsByTags, type Trace } from './document.js';
import { collapseSpace } from './text.js';

const T = {
  minLinks: 2,
  maxLinks: 8,
  /** Words in one topic's name. */
  maxWords: 4,
  /** Blocks at each end of the story where a row is looked for. */
  endBlocks: 3,
} as const;

const A = new Set(['a']);
const TOPIC_HREF = /\/(?:tags?|topics?|categor(?:y|ies)|subjects?|keywords?)\/[^/?#]|[?&](?:tag|topic|category)=/i;
const SEPARATORS = /^[\s|•·,/;–—-]*$/;

export function removeTopicRows(root: Element, trace: Trace): void {
  const blocks = leafBlocks(root).filter((b) => collapseSpace(b.textContent ?? ''));
  if (blocks.length <= T.endBlocks * 2) return;
  const ends = [...blocks.slice(0, T.endBlocks), ...blocks.slice(-T.endBlocks)];
  const seen = new Set<Element>();
  for (const b of ends) {
    const row = b.localName === 'li' && b.parentElement ? b.parentElement : b;
    if (seen.has(row) || !row.isConnected) continue;
    seen.add(row);
    if (!isTopicRow(row) || followsAnnouncement(row)) continue;
    trace?.('topic-row', collapseSpace(row.textContent ?? ''));
    row.remove();
  }
}

function isTopicRow(row: Element): boolean {
  const links = elementsByTags(row, A);
  if (links.length < T.minLinks || links.length > T.maxLinks) return false;
  for (const a of links) {
    const text = collapseSpace(a.textContent ?? '');
    if (!text || text.split(' ').length > T.maxWords || !TOPIC_HREF.test(a.getAttribute('href') ?? '')) return false;
  }
  // Nothing but the links and their separators.
  let rest = collapseSpace(row.textContent ?? '');
  for (const a of links) rest = rest.replace(collapseSpace(a.textContent ?? ''), '');
  return SEPARATORS.test(rest);
}
