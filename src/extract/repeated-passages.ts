// The same passage twice in the story's container: a page that renders its text twice (a mobile and a desktop
// copy, a tab panel and its print view, an FAQ shown both as an accordion and as a plain list) hands Readability
// both copies, and a reader sees one. A long run of blocks that repeats an earlier run block for block, with
// prose in it, is such a copy: the later one goes. Short repeats stay: a table's rows, a spec list under each
// product, a pros/cons pair, a chorus or a refrain repeat a few blocks on purpose, and the ground truths keep them.
import { leafBlocks } from './blocks.js';
import { removeLine, splitLines } from './br-lines.js';
import { elementsByTags, type Trace } from './document.js';
import { collapseSpace } from './text.js';

const BR = new Set(['br']);

export const REPEATS = {
  /** Fewest blocks in a copy: a product's spec sheet or a table's few rows repeat on purpose. */
  minBlocks: 8,
  /** Fewest characters in a copy. */
  minChars: 1000,
  /** A copy holds at least one prose block of this length: a run of labels or cells is a layout's, not a copy. */
  proseChars: 120,
} as const;

const T = REPEATS;

/** Text as compared: case, spacing and punctuation do not tell two copies apart. */
const key = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

interface Item {
  /** The text as compared. */
  key: string;
  /** The text as found (collapsed for the trace only when a copy goes). */
  text: string;
  remove: () => void;
}

/**
 * Blocks, and the lines of a block written with <br> (a page pasted into one paragraph, its lines repeating the
 * same way), lose their later copies.
 */
export function removeRepeatedPassages(root: Element, trace?: Trace): void {
  const blocks = leafBlocks(root);
  // Fewer blocks than two copies need: nothing to compare, so their texts are not read.
  if (blocks.length >= 2 * T.minBlocks)
    dropCopies(
      blocks.map((el) => item(el.textContent ?? '', () => el.remove())),
      'repeated-passage',
      trace,
    );
  for (const el of blocks) {
    if (!el.isConnected || elementsByTags(el, BR).length < 2 * T.minBlocks) continue;
    const lines = splitLines(Array.from(el.childNodes), el);
    dropCopies(
      lines.map((l) => item(l.text, () => removeLine(l))),
      'repeated-lines',
      trace,
    );
  }
}

function item(text: string, remove: () => void): Item {
  return { key: key(text), text, remove };
}

function dropCopies(all: readonly Item[], rule: string, trace: Trace): void {
  const items = all.filter((b) => b.key);
  const n = items.length;
  if (n < 2 * T.minBlocks) return;
  const first = new Map<string, number>();
  for (let j = 0; j + T.minBlocks <= n; j++) {
    const window = items
      .slice(j, j + T.minBlocks)
      .map((b) => b.key)
      .join('\n');
    const i = first.get(window);
    if (i === undefined || i + T.minBlocks > j) {
      if (i === undefined) first.set(window, j);
      continue;
    }
    let len = T.minBlocks;
    while (j + len < n && i + len < j && items[i + len]!.key === items[j + len]!.key) len++;
    const copy = items.slice(j, j + len);
    const chars = copy.reduce((a, b) => a + b.key.length, 0);
    if (chars < T.minChars || !copy.some((b) => b.key.length >= T.proseChars)) continue;
    trace?.(
      rule,
      copy
        .map((b) => collapseSpace(b.text))
        .join(' | ')
        .slice(0, 2000),
    );
    for (const b of copy) b.remove();
    j += len - 1;
  }
}
