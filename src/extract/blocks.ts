// Text blocks (paragraph-level elements) and their hashes. A host's templates repeat the same blocks on
// every page ("Sign up for our morning briefing", a standing disclaimer, an author's bio): the pipeline
// records each page's block hashes per host (store/templates.ts) and hands back the ones seen on many
// distinct pages, which are then removed here.
import { createHash } from 'node:crypto';
import { elementsByTags } from './document.js';
import { collapseSpace, isBlockTag } from './text.js';
import { BLOCKS } from './thresholds.js';

const T = BLOCKS;

/** Block elements that contain no other block element, in document order: the units of text. */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  // Backwards through document order every element comes after all of its descendants, so one pass
  // can mark the elements that hold a block element below them.
  const holdsBlock = new Set<Element>();
  const all = elementsByTags(root, null);
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    const block = isBlockTag(el.tagName);
    if (block && !holdsBlock.has(el)) out.push(el);
    if (block || holdsBlock.has(el)) {
      const parent = el.parentElement;
      if (parent) holdsBlock.add(parent);
    }
  }
  return out.reverse();
}

const A = new Set(['a']);

/**
 * Characters of link text (whitespace runs counted as one, ends trimmed) in each of `leaves`, from one
 * pass over the links of `root`: asking each block for its own links cost a query per block.
 */
export function linkLengths(root: Element, leaves: readonly Element[]): Map<Element, number> {
  const out = new Map<Element, number>();
  const isLeaf = new Set(leaves);
  for (const a of elementsByTags(root, A)) {
    for (let p = a.parentElement; p && p !== root; p = p.parentElement) {
      if (!isLeaf.has(p)) continue;
      out.set(p, (out.get(p) ?? 0) + collapseSpace(a.textContent ?? '').length);
      break;
    }
  }
  return out;
}

/** Text normalised so that markup, case, spacing and punctuation changes keep the same hash. */
export function normaliseBlockText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function blockHash(text: string): string | null {
  const norm = normaliseBlockText(text);
  if (norm.length < T.minBlockChars) return null;
  return createHash('sha1').update(norm).digest('base64url').slice(0, 16);
}

/** Distinct hashes of the article's blocks, in order. */
export function blockHashes(root: Element): string[] {
  const seen = new Set<string>();
  for (const el of leafBlocks(root)) {
    const h = blockHash(el.textContent ?? '');
    if (h) seen.add(h);
    if (seen.size >= T.maxBlocks) break;
  }
  return [...seen];
}

/**
 * Remove blocks the host's template is known to repeat. If they would take most of the text, the
 * learning is wrong for this page (the same article seen under many URLs, a host whose pages are
 * one template), and nothing is removed.
 */
export function dropBoilerplate(
  root: Element,
  boilerplate: ReadonlySet<string>,
  trace?: (rule: string, text: string) => void,
): number {
  const blocks = leafBlocks(root);
  let total = 0;
  let dropped = 0;
  const victims: Element[] = [];
  for (const el of blocks) {
    const text = el.textContent ?? '';
    total += text.length;
    const h = blockHash(text);
    if (h && boilerplate.has(h)) {
      victims.push(el);
      dropped += text.length;
    }
  }
  if (!victims.length || dropped > total * T.maxBoilerplateShare) return 0;
  for (const el of victims) {
    trace?.('learned-template', (el.textContent ?? '').replace(/\s+/g, ' ').trim());
    el.remove();
  }
  return victims.length;
}

const LOOSE_SEPARATOR = /^[\s\-–—|•·/>»›]*$/;

/**
 * Runs of bare links among running text ("<a>Headline</a> - <a>Headline</a> - ...", often after a label
 * and a lone dash at the end of the body) have no element of their own, so nothing can judge them as a
 * list. Each run of three or more such links, with only separators between them, is wrapped in a <div> of
 * its own and becomes one block. Returns the number of runs wrapped.
 */
export function wrapLooseLinks(root: Element): number {
  let wrapped = 0;
  const doc = root.ownerDocument;
  const parents = new Set<Element>();
  for (const a of root.getElementsByTagName('a')) {
    const item = looseItem(a);
    if (item.parentElement) parents.add(item.parentElement);
  }
  for (const parent of parents) {
    let run: Node[] = [];
    let links = 0;
    const close = (): void => {
      while (run.length && !isLooseLink(run[run.length - 1]!)) run.pop();
      const whole = run.length > 0 && !hasOtherContent(parent, run);
      if (links >= T.minLooseLinks && !whole) {
        const box = doc.createElement('div');
        parent.insertBefore(box, run[0]!);
        for (const n of run) box.appendChild(n);
        wrapped++;
      }
      run = [];
      links = 0;
    };
    for (const n of Array.from(parent.childNodes)) {
      if (isLooseLink(n)) {
        run.push(n);
        links++;
      } else if (
        (n.nodeType === 3 && LOOSE_SEPARATOR.test(n.nodeValue ?? '')) ||
        (n.nodeType === 1 && (n as Element).localName === 'br')
      ) {
        if (run.length) run.push(n);
      } else {
        close();
      }
    }
    close();
  }
  return wrapped;
}

/**
 * The same for blocks: runs of sibling paragraphs or headings that are each one link and nothing else
 * ("<p><a>Headline</a></p>" five times after "check out these articles!") are wrapped in a <div>, so the
 * run is judged as one list. Returns the number of runs wrapped.
 */
export function wrapLinkBlocks(root: Element): number {
  const doc = root.ownerDocument;
  let wrapped = 0;
  for (const parent of [root, ...elementsByTags(root, null)]) {
    // No element children, no run (most elements): their list is not built.
    if (!parent.firstElementChild) continue;
    let run: Element[] = [];
    const close = (): void => {
      if (run.length >= T.minLinkBlocks && run.length < parent.children.length) {
        const box = doc.createElement('div');
        parent.insertBefore(box, run[0]!);
        for (const n of run) box.appendChild(n);
        wrapped++;
      }
      run = [];
    };
    for (const el of Array.from(parent.children)) {
      if (isLinkBlock(el)) run.push(el);
      else close();
    }
    close();
  }
  return wrapped;
}

function isLinkBlock(el: Element): boolean {
  if (!/^(?:P|H[2-6])$/.test(el.tagName)) return false;
  const links = el.getElementsByTagName('a');
  if (links.length !== 1) return false;
  const text = (el.textContent ?? '').trim();
  return !!text && text === (links[0]!.textContent ?? '').trim();
}

/** The link itself, or the inline wrapper that holds nothing but it (<span><a>..</a></span>). */
function looseItem(a: Element): Element {
  const p = a.parentElement;
  if (
    p &&
    !isBlockTag(p.tagName) &&
    p.children.length === 1 &&
    (p.textContent ?? '').trim() === (a.textContent ?? '').trim()
  )
    return p;
  return a;
}

function isLooseLink(n: Node): boolean {
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  if (isBlockTag(el.tagName) || !(el.textContent ?? '').trim()) return false;
  const a = el.localName === 'a' ? el : el.children.length === 1 ? el.firstElementChild : null;
  // Headline-sized: a sentence's linked names ("A, B and C") are not a rail.
  return (
    !!a &&
    a.localName === 'a' &&
    looseItem(a) === el &&
    (a.textContent ?? '').trim().split(/\s+/).length >= T.looseLinkMinWords
  );
}

function hasOtherContent(parent: Element, run: Node[]): boolean {
  const inRun = new Set(run);
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (inRun.has(n)) continue;
    if (n.nodeType === 1 || (n.nodeType === 3 && /\S/.test(n.nodeValue ?? ''))) return true;
  }
  return false;
}
