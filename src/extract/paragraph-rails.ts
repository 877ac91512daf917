// A rail written into the story's last paragraph: the paragraph's text, a blank line (two <br>), then lines
// that are each one link to another article, maybe after a label ("Related:"). Blogs and small CMSs paste
// "related posts" this way. It is cut off before Readability runs: Readability splits such a paragraph at the
// blank line, turns it into a <div>, and then drops the whole div for its link density, story text included.
// Other linked lines after a blank line (a source or two) are made a paragraph of their own, for the same reason.
import { elementsByTags, type Trace } from './document.js';
import { collapseSpace } from './text.js';

const T = {
  /** Fewest link lines that make a rail (one or two are the story's own sources). */
  minLinks: 3,
  /** The paragraph's own text before the blank line is at least this long. */
  minTextChars: 60,
  /** A headline has this many words at least... */
  minWords: 3,
  /** ...and at most this many. */
  maxWords: 20,
  /** Longest label before the first link ("Related:", "More from us:"). */
  labelMaxChars: 40,
} as const;

const P = new Set(['p']);
/** Text between and around the links of a line: separators and bullets only. */
const SEPARATOR = /^[\s\-–—|•·,;>»›]*$/;
/** A label of the run: a few words ending in a colon or a dash, or alone. */
const LABEL = /^[^.!?]{1,40}?[:\-–—]?\s*$/;
/** Labels of the story's own sources, which are no rail. */
const SOURCES = /^(?:sources?|references?|documents?|notes?|data|links? to (?:the )?(?:report|documents?|data))\b/i;
const SENTENCE_END = /[.!?;…]["”’)]*$/;

export function removeParagraphRails(body: Element, trace?: Trace): void {
  for (const p of elementsByTags(body, P)) {
    const found = blankLine(p);
    if (!found) continue;
    const rest: ChildNode[] = [];
    for (let n: ChildNode | null = found.br; n; n = n.nextSibling) rest.push(n);
    if (found.rail) {
      for (const n of rest) n.remove();
      trace?.('rail: link lines closing a paragraph', collapseSpace(rest.map((n) => n.textContent ?? '').join(' ')));
    } else {
      // Not a rail (a source or two, a line of text with a link): the lines after the blank line become a
      // paragraph of their own, so that Readability does not weigh the story's text with their links.
      const after = p.ownerDocument.createElement('p');
      after.append(...rest.slice(1));
      p.after(after);
      found.br.remove();
    }
  }
}

/**
 * The first <br> of the blank line after the paragraph's own text, when links follow it, and whether the
 * lines after it are a rail; null when there is no such line.
 */
function blankLine(p: Element): { br: ChildNode; rail: boolean } | null {
  // A blank line takes two <br> children; most paragraphs have none, and listing the children costs more.
  let brs = 0;
  for (let n = p.firstChild; n && brs < 2; n = n.nextSibling) if (isBr(n)) brs++;
  if (brs < 2) return null;
  const kids = [...p.childNodes];
  // The last blank line: two <br> with only white space between them.
  let blank = -1;
  for (let i = kids.length - 1; i > 0 && blank < 0; i--) {
    if (!isBr(kids[i]!)) continue;
    let j = i - 1;
    while (j >= 0 && isBlankText(kids[j]!)) j--;
    if (j >= 0 && isBr(kids[j]!)) blank = j;
  }
  if (blank < 0) return null;
  const before = collapseSpace(
    kids
      .slice(0, blank)
      .map((n) => n.textContent ?? '')
      .join(''),
  );
  if (before.length < T.minTextChars || !SENTENCE_END.test(before)) return null;
  const tail = kids.slice(blank);
  if (!tail.some((n) => n.nodeType === 1 && ((n as Element).localName === 'a' || !!(n as Element).querySelector('a'))))
    return null;
  let links = 0;
  let rail = true;
  for (const [k, line] of splitLines(tail).entries()) {
    const kind = lineKind(line, k === 0);
    if (kind === 'other') rail = false;
    if (kind === 'link') links++;
  }
  return { br: kids[blank]!, rail: rail && links >= T.minLinks };
}

function splitLines(nodes: ChildNode[]): ChildNode[][] {
  const lines: ChildNode[][] = [];
  let line: ChildNode[] = [];
  for (const n of nodes) {
    if (isBr(n)) {
      if (line.length) lines.push(line);
      line = [];
    } else if (!isBlankText(n)) line.push(n);
  }
  if (line.length) lines.push(line);
  return lines;
}

/** A line of one headline link (after a label on the first line), a label alone, or anything else. */
function lineKind(line: ChildNode[], first: boolean): 'link' | 'label' | 'other' {
  const anchors: Element[] = [];
  let loose = '';
  for (const n of line) {
    if (n.nodeType === 1) {
      const el = n as Element;
      const a = el.localName === 'a' ? el : el.querySelector('a');
      if (!a || collapseSpace(a.textContent ?? '') !== collapseSpace(el.textContent ?? '')) return 'other';
      anchors.push(a);
    } else if (n.nodeType === 3) loose += n.textContent ?? '';
  }
  const rest = loose.trim();
  const labelled = first && rest.length <= T.labelMaxChars && LABEL.test(rest) && !SOURCES.test(rest);
  if (!anchors.length) return labelled && rest ? 'label' : 'other';
  if (anchors.length !== 1 || !(SEPARATOR.test(rest) || labelled)) return 'other';
  const text = collapseSpace(anchors[0]!.textContent ?? '');
  const words = text.split(' ').length;
  return words >= T.minWords && words <= T.maxWords && !SENTENCE_END.test(text) ? 'link' : 'other';
}

function isBr(n: ChildNode): boolean {
  return n.nodeType === 1 && (n as Element).localName === 'br';
}

function isBlankText(n: ChildNode): boolean {
  return n.nodeType === 3 && !(n.textContent ?? '').trim();
}
