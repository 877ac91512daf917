// A row of the site's links written into running text: "You are looking for: Agency Berlin / Agency Munich /
// Agency Hamburg / ...", "Topics: Budget | Schools | Roads | Council | ...". Sites put such rows inside the
// closing paragraph of a post, after a line break, where the list rules (which need the links to be items of
// their own) do not see them. A run of links joined by nothing but separators, all into the site itself, is
// navigation on any site: a story names a few places in a sentence, it does not list a dozen links in a row.
// The run goes with its short label; the rest of the paragraph stays.
import { elementsByTags, type Trace } from './document.js';
import { LINK_ROWS as T } from './thresholds.js';
import { collapseSpace } from './text.js';

const A = new Set(['a']);
const BLOCKS = new Set(['p', 'div', 'li', 'dd', 'td']);
/**
 * What stands between two links of a row: one slash, pipe, bullet or dash. Commas make a sentence's list, and
 * links with only space between them are usually items of a grid whose markup the list rules judge.
 */
const JOINER = /^\s*[/|•·–—-]\s*$/;
/** A row's label: "Sie suchen:", "Topics:", "Also in this series -". */
const LABEL = /^[^.!?]{1,40}[:–—-]\s*$/;

/** Text between two nodes in document order, `a` before `b` (both inside `root`). */
function textBetween(doc: Document, a: Node, b: Node): string {
  const r = doc.createRange();
  r.setStartAfter(a);
  r.setEndBefore(b);
  return r.toString();
}

/** The host a link goes to; relative links resolve to a stand-in host, the page's own. */
function hostOf(href: string): string | null {
  if (href.trim().startsWith('#')) return null;
  try {
    const u = new URL(href, 'https://relative.invalid/');
    return /^https?:$/.test(u.protocol) ? u.host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** The nearest block-level ancestor: a row is written inside one block, not across list items. */
function lineOf(a: Element): Element | null {
  for (let p = a.parentElement; p; p = p.parentElement) if (LINE_BREAKING.test(p.localName)) return p;
  return null;
}
const LINE_BREAKING = /^(?:p|div|li|dd|dt|td|th|ul|ol|dl|h[1-6]|section|article|aside|blockquote|figure|table|tr)$/;

/** Runs of links in `block` joined only by separators. */
function runsIn(doc: Document, block: Element): Element[][] {
  const links = elementsByTags(block, A).filter((a) => collapseSpace(a.textContent ?? '') && lineOf(a) === block);
  const out: Element[][] = [];
  let run: Element[] = [];
  for (const a of links) {
    const prev = run[run.length - 1];
    if (prev && !prev.contains(a) && JOINER.test(textBetween(doc, prev, a))) run.push(a);
    else {
      if (run.length) out.push(run);
      run = [a];
    }
  }
  if (run.length) out.push(run);
  return out;
}

/**
 * Removes rows of `T.minLinks` or more links into one site joined by separators, written inside one block.
 * Links to several sites (a guide's sources) are never a row.
 */
export function removeLinkRows(root: Element, trace: Trace): void {
  const doc = root.ownerDocument;
  for (const block of elementsByTags(root, BLOCKS)) {
    if (!block.isConnected || elementsByTags(block, A).length < T.minLinks) continue;
    for (const run of runsIn(doc, block)) {
      if (run.length < T.minLinks) continue;
      const site = hostOf(run[0]!.getAttribute('href') ?? '');
      if (!site || !run.every((a) => hostOf(a.getAttribute('href') ?? '') === site)) continue;
      if (run.some((a) => collapseSpace(a.textContent ?? '').split(' ').length > T.maxWords)) continue;
      const range = doc.createRange();
      range.setStartBefore(run[0]!);
      range.setEndAfter(run[run.length - 1]!);
      // A short label right before the row ("Topics:") goes with it; a sentence before it stays.
      const before = labelBefore(run[0]!, block);
      if (before) range.setStart(before.node, before.offset);
      trace?.('link-row', collapseSpace(range.toString()));
      range.deleteContents();
    }
  }
}

/** The start of the label that opens the row: the text since the last line break or block start, if short. */
function labelBefore(first: Element, block: Element): { node: Node; offset: number } | null {
  const doc = block.ownerDocument;
  // Walk back over the nodes before the row until a <br> or the block's start.
  let start: Node | null = null;
  const walker = doc.createTreeWalker(block, 0x1 | 0x4);
  walker.currentNode = first;
  for (let n = walker.previousNode(); n && n !== block; n = walker.previousNode()) {
    if (n.nodeType === 1 && (n as Element).localName === 'br') break;
    if (n.nodeType === 1 && first.compareDocumentPosition(n) & 0x8) continue; // an ancestor of the row
    start = n;
  }
  if (!start) return null;
  const r = doc.createRange();
  r.setStartBefore(start);
  r.setEndBefore(first);
  return LABEL.test(collapseSpace(r.toString())) ? { node: r.startContainer, offset: r.startOffset } : null;
}
