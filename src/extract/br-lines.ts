// Lines joined by <br> inside one block. The pruner judges blocks, so a paragraph whose last lines are a
// footer ("Follow us on X", a copyright, a contact line, a photo credit) after the story's own lines is one
// block of mixed text that no block rule may remove whole. Here such a block is split at its <br>s and its
// opening and closing lines are judged one by one with the same line rules as blocks: a run of furniture at
// either edge goes, the article lines between stay. Lines in the middle are left alone: between two lines of
// the story a short line is more often the story's own (an address, a verse, a list written with <br>).
import { elementsByTags, type Trace } from './document.js';
import { CREDIT, FILLER, INLINE_TEASER, SHARE, SIGNUP } from './junk-text.js';
import { wordRule } from './line-rules.js';
import { collapseSpace, isBlockTag } from './text.js';
import { PRUNE_ARTICLE as P } from './thresholds.js';

/** Thresholds of this step (kept here: thresholds.ts is at its size limit). */
export const BR_LINES = {
  /** Longest line judged: a furniture line is a line or two, a longer one is the story's. */
  lineMaxChars: 250,
  /** A line is a link line from this share of link text. */
  linkDensity: 0.9,
} as const;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA']);
const BR = new Set(['br']);
const A = new Set(['a']);
/** NodeFilter.SHOW_TEXT: jsdom's NodeFilter lives on its window, not on the global object. */
const SHOW_TEXT = 4;
const SENTENCE_END = /[.!?…:;)"”’»]\s*$/;
/** "© 2024 Example Media", "Copyright 2024 X", "All rights reserved.": a site's footer line. A year follows the
 * sign: "Copyright of the photographs passed to ..." is a sentence. */
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\b)|\ball rights reserved\b/i;
/** "Email: desk@example.com", "Tel: +44 ...", "Phone (555) 010-..."; a contact card's lines. */
const CONTACT = /^(?:e-?mail|tel(?:ephone)?|phone|fax|mobile|whatsapp)\s*[:.]?\s*[+(\d\w][^\s]*(?:\s[\d()+-]+)*$/i;

export interface Line {
  text: string;
  /** The nodes of the line, in order (text nodes and inline elements that hold no <br>). */
  nodes: Node[];
  /** The <br> that ends the line (null for the last line). */
  br: Element | null;
  linkLen: number;
}

export interface LinePlace {
  /** The block sits at the head or the tail of the article (where stamp and date lines are metadata). */
  head: boolean;
  tail: boolean;
}

/** The rule that removes one line of a block, or null. */
export function furnitureLine(text: string, density: number, place: LinePlace): string | null {
  const len = text.length;
  if (!len || len > BR_LINES.lineMaxChars) return null;
  if (len <= P.fillerMaxChars && FILLER.test(text)) return 'filler';
  if (len <= P.shareMaxChars && SHARE.test(text)) return 'share';
  if (COPYRIGHT.test(text)) return 'copyright';
  if (CREDIT.test(text)) return 'credit';
  if (INLINE_TEASER.test(text) && (density >= P.inlineTeaserLinkDensity || !SENTENCE_END.test(text)))
    return 'inline-teaser';
  if (len <= P.signupMaxChars && SIGNUP.test(text)) return 'signup';
  if (CONTACT.test(text)) return 'contact-line';
  return wordRule({ text, len, density, head: place.head, tail: place.tail, last: place.tail, heading: false });
}

/**
 * Lines no block rule saw. A block written as lines (<br>) loses the furniture at its edges; text that sits
 * loose in a container beside its blocks (an anonymous block: "Skip to content" as a bare link before the
 * story's <div>, "Back to top" after the last list) is judged as a block of its own, line by line. With
 * `rescue` (before the block rules) only blocks with prose are trimmed, and loose text waits for the second pass.
 */
export function trimBrLines(root: Element, trace?: Trace, opts: { rescue?: boolean } = {}): void {
  const all = elementsByTags(root, null);
  // Elements holding a block below them: containers, whose loose text is an anonymous block.
  const holds = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    if ((isBlockTag(el.tagName) || holds.has(el)) && el.parentElement) holds.add(el.parentElement);
  }
  // Measured at the first block with lines (many pages have none), before anything here is removed.
  let offsets: ReturnType<typeof textOffsets> | null = null;
  const placeOf = (nodes: Node[]): LinePlace => {
    offsets ??= textOffsets(root);
    const at = offsets.of(nodes);
    return { head: at < offsets.total * P.headEnd, tail: at >= offsets.total * P.tailStart };
  };
  for (const el of [root, ...all]) {
    if (!el.isConnected && el !== root) continue;
    if (holds.has(el)) {
      if (!opts.rescue) for (const run of looseRuns(el, holds)) trimRun(run, el, placeOf(run), true, trace);
    } else if (isBlockTag(el.tagName) && elementsByTags(el, BR).length) {
      const nodes = Array.from(el.childNodes);
      trimRun(nodes, el, placeOf(nodes), false, trace, opts.rescue);
    }
  }
}

/** Runs of a container's children that are not blocks and hold none: its anonymous blocks, with text. */
function looseRuns(el: Element, holds: ReadonlySet<Element>): Node[][] {
  const runs: Node[][] = [];
  let run: Node[] = [];
  const close = (): void => {
    if (run.some((n) => /\S/.test(n.textContent ?? ''))) runs.push(run);
    run = [];
  };
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const e = n as Element;
      if (isBlockTag(e.tagName) || holds.has(e)) {
        close();
        continue;
      }
      if (SKIP.has(e.tagName)) continue;
    } else if (n.nodeType !== 3) continue;
    run.push(n);
  }
  close();
  return runs;
}

/**
 * Judge a run's lines and remove the furniture at its edges. A block whose every line is furniture is left
 * whole (the block rules judged it as one and kept it); a loose run of nothing but furniture goes.
 */
function trimRun(nodes: Node[], holder: Element, place: LinePlace, loose: boolean, trace: Trace, rescue = false): void {
  const lines = splitLines(nodes, holder);
  const textLines = lines.filter((l) => l.text);
  if (!textLines.length || (!loose && textLines.length < 2)) return;
  const rules = textLines.map((l) => furnitureLine(l.text, l.linkLen / l.text.length, place));
  let first = 0;
  while (first < rules.length && rules[first]) first++;
  let last = rules.length - 1;
  while (last >= first && rules[last]) last--;
  if (first > last && !loose) return;
  // Before the block rules only a block with prose among its kept lines is trimmed: that prose is what a block
  // rule would take with the furniture. A box of short lines (a sign-up's pitch, a date and its categories) is
  // left whole for the block rules to take whole.
  if (rescue && !textLines.slice(first, last + 1).some(isProse)) return;
  const gone = textLines.filter((_, k) => k < first || k > last);
  if (!gone.length) return;
  const what = loose ? 'loose-line' : 'br-line';
  for (const l of gone) trace?.(`${what}: ${rules[textLines.indexOf(l)]}`, l.text);
  if (first > last) {
    for (const l of lines) removeLine(l);
    return;
  }
  const keepFrom = lines.indexOf(textLines[first]!);
  const keepTo = lines.indexOf(textLines[last]!);
  // The opening lines go with the <br> that ends each; the closing ones with the <br> before each.
  for (const l of lines.slice(0, keepFrom)) removeLine(l);
  lines[keepTo]!.br?.remove();
  for (const l of lines.slice(keepTo + 1)) removeLine(l);
}

function isProse(l: Line): boolean {
  return l.text.length >= P.proseMinChars && l.linkLen / l.text.length < P.proseLinkDensity && /[.!?]/.test(l.text);
}

export function removeLine(l: Line): void {
  for (const n of l.nodes) n.parentNode?.removeChild(n);
  l.br?.remove();
}

/**
 * The lines of `nodes`, split at their <br>s. A line's nodes are the largest subtrees holding no <br>: an
 * inline element that holds one (a <span> around two lines) is entered, so its lines split too.
 */
export function splitLines(nodes: readonly Node[], holder: Element): Line[] {
  const lines: Line[] = [];
  let cur: Line = { text: '', nodes: [], br: null, linkLen: 0 };
  const visit = (list: readonly Node[]): void => {
    for (const n of list) {
      if (n.nodeType === 1) {
        const e = n as Element;
        if (e.localName === 'br') {
          cur.br = e;
          lines.push(finish(cur));
          cur = { text: '', nodes: [], br: null, linkLen: 0 };
          continue;
        }
        if (SKIP.has(e.tagName)) continue;
        if (elementsByTags(e, BR).length) {
          visit(Array.from(e.childNodes));
          continue;
        }
      } else if (n.nodeType !== 3) continue;
      cur.nodes.push(n);
      cur.text += n.textContent ?? '';
      cur.linkLen += linkText(n, holder);
    }
  };
  visit(nodes);
  lines.push(finish(cur));
  return lines;
}

function finish(l: Line): Line {
  l.text = collapseSpace(l.text);
  return l;
}

/** Characters of link text in `n` (all of it if `n` sits inside a link below `holder`). */
function linkText(n: Node, holder: Element): number {
  for (let p = n.parentElement; p && p !== holder; p = p.parentElement)
    if (p.localName === 'a') return collapsed(n.textContent ?? '');
  if (n.nodeType !== 1) return 0;
  return elementsByTags(n as Element, A).reduce((a, x) => a + collapsed(x.textContent ?? ''), 0);
}

const collapsed = (s: string): number => collapseSpace(s).length;

/** Where each text node starts in the text of `root`: the place (head, tail) of a line. */
function textOffsets(root: Element): { total: number; of: (nodes: readonly Node[]) => number } {
  const at = new Map<Node, number>();
  let total = 0;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    at.set(n, total);
    total += n.nodeValue?.length ?? 0;
  }
  const of = (nodes: readonly Node[]): number => {
    for (const n of nodes) {
      if (at.has(n)) return at.get(n)!;
      const w = root.ownerDocument.createTreeWalker(n, SHOW_TEXT);
      const t = w.nextNode();
      if (t && at.has(t)) return at.get(t)!;
    }
    return 0;
  };
  return { total, of };
}
