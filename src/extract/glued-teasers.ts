// A teaser glued to the end of a story paragraph: "... the district said. READ MORE: <Headline>", the label and
// the link in a bold or italic run that closes the paragraph (or the label as the paragraph's last loose words
// and the link after it). The label is INLINE_TEASER's ("Read more:", "Related:", "See also:") and the rest of
// the run is exactly one link's text, so what goes is the pointer and never the sentence before it, which must
// end as a sentence does. A run that is not labelled, or whose link is only part of what follows the label
// ("Read more: the study is <a>on the county's site</a>"), stays.
import { elementsByTags, type Trace } from './document.js';
import { INLINE_TEASER } from './junk-text.js';
import { collapseSpace } from './text.js';

const PARAS = new Set(['p']);
const RUNS = new Set(['strong', 'b', 'em', 'i', 'span']);
const A = new Set(['a']);
/** The story's sentence before the pointer: at least this long, ending a sentence. */
const MIN_PROSE_CHARS = 40;
const SENTENCE_END = /[.!?…]["”’)]?$/;
const LABEL = /^(.*?)\s*[:|>»–—-]\s*/;

export function removeGluedTeasers(root: Element, trace?: Trace): void {
  for (const p of elementsByTags(root, PARAS)) {
    if (!p.isConnected) continue;
    const last = lastContent(p);
    if (!last) continue;
    // The bold run ("<strong>READ MORE: <a>..</a></strong>"), or the loose label then the link.
    const run = last.nodeType === 1 && RUNS.has((last as Element).localName) ? (last as Element) : null;
    const link = run
      ? onlyLink(run)
      : last.nodeType === 1 && (last as Element).localName === 'a'
        ? (last as Element)
        : null;
    if (!link) continue;
    const whole = collapseSpace(p.textContent ?? '');
    const pointer = run ? collapseSpace(run.textContent ?? '') : looseLabel(link, whole);
    if (!pointer || !isPointer(pointer, collapseSpace(link.textContent ?? ''))) continue;
    const before = whole.slice(0, whole.length - pointer.length).trim();
    if (before.length < MIN_PROSE_CHARS || !SENTENCE_END.test(before)) continue;
    trace?.('glued-teaser', pointer);
    if (run) run.remove();
    else dropLooseLabel(link, pointer);
  }
}

/** The paragraph's last child that holds text (trailing spaces skipped). */
function lastContent(p: Element): ChildNode | null {
  for (let n = p.lastChild; n; n = n.previousSibling) if (collapseSpace(n.textContent ?? '')) return n;
  return null;
}

function onlyLink(run: Element): Element | null {
  const links = elementsByTags(run, A);
  return links.length === 1 ? (links[0] ?? null) : null;
}

/** "READ MORE: <headline>": a teaser label, then the link's text and nothing else. */
function isPointer(pointer: string, linkText: string): boolean {
  if (!linkText || !INLINE_TEASER.test(pointer)) return false;
  const m = LABEL.exec(pointer);
  return !!m && pointer.slice(m[0].length) === linkText;
}

/** The label in the text node before a bare link, with the link's text: "Read more: <headline>". */
function looseLabel(link: Element, whole: string): string | null {
  const prev = link.previousSibling;
  if (!prev || prev.nodeType !== 3) return null;
  const m = /(?:^|[.!?…]["”’)]?\s+)([^.!?…]{2,30}[:|>»–—-]\s*)$/.exec(prev.textContent ?? '');
  if (!m?.[1]) return null;
  const pointer = collapseSpace(`${m[1]}${link.textContent ?? ''}`);
  return whole.endsWith(pointer) ? pointer : null;
}

function dropLooseLabel(link: Element, pointer: string): void {
  const prev = link.previousSibling;
  const label = pointer.slice(0, pointer.length - collapseSpace(link.textContent ?? '').length).trim();
  if (prev?.textContent) {
    const at = prev.textContent.lastIndexOf(label.split(/\s+/)[0] ?? label);
    if (at >= 0) prev.textContent = prev.textContent.slice(0, at);
  }
  link.remove();
}
