// Text blocks (paragraph-level elements) and their hashes. A host's templates repeat the same blocks on
// every page ("Sign up for our morning briefing", a standing disclaimer, an author's bio): the pipeline
// records each page's block hashes per host (store/templates.ts) and hands back the ones seen on many
// distinct pages, which are then removed here.
import { createHash } from 'node:crypto';
import { isBlockTag } from './text.js';

const MAX_BLOCKS = 400;
const MIN_BLOCK_CHARS = 12;

/** Block elements that contain no other block element, in document order: the units of text. */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  // Elements known to have a block element below them, filled bottom-up by a post-order walk.
  const holdsBlock = new Set<Element>();
  const stack: [Element, boolean][] = [[root, false]];
  while (stack.length) {
    const [el, exit] = stack.pop()!;
    if (!exit) {
      stack.push([el, true]);
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, false]);
      continue;
    }
    const block = isBlockTag(el.tagName);
    if (block && el !== root && !holdsBlock.has(el)) out.push(el);
    if ((block || holdsBlock.has(el)) && el.parentElement) holdsBlock.add(el.parentElement);
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
  if (norm.length < MIN_BLOCK_CHARS) return null;
  return createHash('sha1').update(norm).digest('base64url').slice(0, 16);
}

/** Distinct hashes of the article's blocks, in order. */
export function blockHashes(root: Element): string[] {
  const seen = new Set<string>();
  for (const el of leafBlocks(root)) {
    const h = blockHash(el.textContent ?? '');
    if (h) seen.add(h);
    if (seen.size >= MAX_BLOCKS) break;
  }
  return [...seen];
}

/**
 * Remove blocks the host's template is known to repeat. If they would take most of the text, the
 * learning is wrong for this page (the same article seen under many URLs, a host whose pages are
 * one template), and nothing is removed.
 */
export function dropBoilerplate(root: Element, boilerplate: ReadonlySet<string>): number {
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
  if (!victims.length || dropped > total * 0.5) return 0;
  for (const el of victims) el.remove();
  return victims.length;
}
