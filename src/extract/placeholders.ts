// Template filler left in the page: an unfilled widget, a hidden mock-up or a draft block still holds the
// designer's dummy Latin ("Lorem ipsum dolor sit amet ...") and its stand-in headings ("Head Line 1"). No story
// is written in it, so a block that is mostly dummy words goes, with the part of the template around it that
// holds nothing but short labels. A text about the filler quotes it inside sentences of its own words, which
// keeps it under the share of dummy words a block needs.
import { leafBlocks } from './blocks.js';
import { collapseSpace } from './text.js';

const DUMMY = new Set(
  (
    'lorem ipsum dolor sit amet consectetur consectetuer adipiscing adipisicing elit sed do eiusmod tempor ' +
    'incididunt ut labore et dolore magna aliqua aliquam enim ad minim veniam quis nostrud exercitation ullamco ' +
    'laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum eu ' +
    'fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit ' +
    'anim id est laborum integer vitae nunc nibh mauris vel pellentesque habitant morbi tristique senectus netus ' +
    'malesuada fames ac turpis egestas vestibulum donec'
  ).split(' '),
);
/** The two phrases every filler text opens or runs with: without one of them, Latin is just Latin. */
const MARK = /\blorem ipsum\b|\bdolor sit amet\b/i;
/** Share of a block's words (digits aside) that must be dummy words. */
const MIN_DUMMY_SHARE = 0.7;
/** Text of the template around the filler that is not filler: short labels only, this much in all. */
const MAX_OTHER_CHARS = 200;
const MAX_LABEL_CHARS = 40;

/** True when `text` is dummy filler: it carries the filler's phrase and is mostly its words. */
export function isPlaceholder(text: string): boolean {
  if (!MARK.test(text)) return false;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.length) return false;
  return words.filter((w) => DUMMY.has(w)).length / words.length >= MIN_DUMMY_SHARE;
}

export function removePlaceholders(root: Element, trace?: (rule: string, text: string) => void): void {
  if (!MARK.test(root.textContent ?? '')) return;
  const leaves = leafBlocks(root);
  const filler = new Set(leaves.filter((el) => isPlaceholder(collapseSpace(el.textContent ?? ''))));
  if (!filler.size) return;
  for (const el of filler) {
    if (!el.isConnected) continue;
    const box = templateBox(el, root, leaves, filler);
    trace?.('placeholder', collapseSpace(box.textContent ?? '').slice(0, 300));
    box.remove();
  }
}

/** The largest ancestor of `el` below `root` whose other blocks are a few short labels ("Head Line 2"). */
function templateBox(el: Element, root: Element, leaves: readonly Element[], filler: ReadonlySet<Element>): Element {
  let box = el;
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    let other = 0;
    let ok = true;
    for (const leaf of leaves) {
      if (filler.has(leaf) || !p.contains(leaf)) continue;
      const t = collapseSpace(leaf.textContent ?? '');
      other += t.length;
      if (t.length > MAX_LABEL_CHARS || /[.!?]$/.test(t) || other > MAX_OTHER_CHARS) {
        ok = false;
        break;
      }
    }
    if (!ok) break;
    box = p;
  }
  return box;
}
