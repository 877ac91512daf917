// DOM -> plain text with paragraph boundaries: every block element starts a paragraph, paragraphs are
// separated by a blank line, <br> is a line break inside one, whitespace is collapsed outside <pre>.
import { textPrefix } from './jsdom-internals.js';

// A string with no white space but single plain spaces, none at either end, is already collapsed. About a
// third of the texts the rules collapse are (short lines, links, labels); the test costs less than the replace,
// which builds a new string even when nothing changes.
const NEEDS_COLLAPSE = /\s\s|[^\S ]|^ | $/;

/** Runs of white space as one space, none at the ends: how the rules compare a box's or a line's text. */
export const collapseSpace = (s: string): string => (NEEDS_COLLAPSE.test(s) ? s.replace(/\s+/g, ' ').trim() : s);

/**
 * collapseSpace(el.textContent), or null when that is longer than `max` characters, decided from a prefix of the
 * text when it is long: collapsing a prefix gives a prefix of the collapsed whole, so a prefix already longer
 * than `max` settles it. Rules that look only at short boxes ask this of every box, wrappers of the whole
 * story included, whose text would otherwise be gathered and collapsed once per level of nesting.
 */
export function collapsedTextUpTo(el: Node, max: number): string | null {
  const budget = 2 * max + 64;
  const prefix = textPrefix(el, budget);
  const head = collapseSpace(prefix);
  if (head.length > max) return null;
  // A prefix of mostly white space: only the whole text can tell.
  const text = prefix.length > budget ? collapseSpace(el.textContent ?? '') : head;
  return text.length > max ? null : text;
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'CENTER',
  'LISTING',
  'MENU',
]);
const CELL = new Set(['TD', 'TH']);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
]);

export function isBlockTag(tagName: string): boolean {
  return BLOCK.has(tagName);
}

/** The element's text as paragraphs. */
export function toParagraphs(root: Element): string[] {
  const paragraphs: string[] = [];
  let buf = '';
  let inPre = 0;
  const flush = (): void => {
    const t = inPre
      ? buf.replace(/^\n+|\s+$/g, '')
      : buf
          .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
          .replace(/ ?\n ?/g, '\n')
          .trim();
    if (t && /[\p{L}\p{N}]/u.test(t)) paragraphs.push(t);
    buf = '';
  };
  // Iterative walk: deep trees must not overflow the stack.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      buf += inPre ? (node.nodeValue ?? '') : (node.nodeValue ?? '').replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName;
    if (exit) {
      if (tag === 'PRE') inPre--;
      if (BLOCK.has(tag)) flush();
      else if (CELL.has(tag)) buf += ' ';
      continue;
    }
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      buf += '\n';
      continue;
    }
    if (tag === 'IMG') continue;
    if (BLOCK.has(tag)) {
      flush();
      // Bullets only: numbering would put tokens in the text that the page did not write as text.
      if (tag === 'LI') buf = '- ';
    }
    if (tag === 'PRE') inPre++;
    stack.push({ node, exit: true });
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, exit: false });
  }
  flush();
  return paragraphs;
}
