// The page's JSON-LD articleBody as a guide to the cleaned article (issue 17). Two uses:
//   - cut: the visible text is a teaser or stops at a paywall / "continue reading", and the body the page
//     declares holds it and much more: the body's text replaces it.
//   - guide: the body is the article (it holds nearly all of the extracted prose): blocks whose words it does
//     not hold are the container's chrome (promos, captions, product widgets, related links, bios) and are
//     removed; body paragraphs ahead of the extracted text (a lead Readability left in another container)
//     are put back.
// The body is only trusted on that evidence: sites also put a summary, a truncated body or the whole page's
// text (widgets included) there, and the rules below then change nothing or too little to hurt.
// Long blocks are never removed for being absent: bodies leave out ledes, interludes and whole sections.
import { bodyParagraphs, ShingleIndex, words } from './article-body.js';
import { leafBlocks } from './blocks.js';
import type { Trace } from './document.js';

export const BODY_GUIDE = {
  /** A body shorter than this is a summary or a teaser: never a guide. */
  minBodyWords: 150,
  /** Blocks of this many words are prose for the coverage measure. */
  proseWords: 15,
  /** Guide: the share of the extracted prose's shingles the body must hold. */
  trustCoverage: 0.8,
  /** A block with less than this share of its shingles in the body is not the body's. */
  absentShare: 0.25,
  /** Absent blocks this long are kept: they are prose the body left out, not chrome. */
  keepWords: 40,
  /** So are absent whole sentences of this many words (a teaser cut with "..." is not one). */
  keepSentenceWords: 15,
  /** Cut: the body has this many times the extracted words, and this many more. */
  cutRatio: 2,
  cutExtraWords: 120,
  /** Cut: the body opens as the extracted text does and holds this share of its prose (the rest: the gate). */
  cutCoverage: 0.5,
  /** Words of the body's opening looked for in the extracted text, and how many of its shingles must match. */
  openingWords: 10,
  openingShare: 0.5,
  /** Lead: body paragraphs of this many words, absent from the extraction, ahead of its first body text. */
  leadWords: 20,
} as const;

const T = BODY_GUIDE;

export interface BodyFacts {
  /** Words in the declared body. */
  bodyWords: number;
  /** Words in the extracted text. */
  textWords: number;
  /** Share of the extracted prose's shingles that the body holds (0 when there is no prose). */
  coverage: number;
  /** The body's opening words are in the extracted text. */
  opensTogether: boolean;
}

/** What the body may be used for on this page: the trust rule, pure and on figures alone. */
export function bodyVerdict(f: BodyFacts): 'cut' | 'guide' | null {
  if (f.bodyWords < T.minBodyWords) return null;
  const longer = f.bodyWords >= f.textWords * T.cutRatio && f.bodyWords - f.textWords >= T.cutExtraWords;
  // A body that does not open as the visible text does may be the whole page's text, widgets and all.
  if (longer && f.opensTogether && f.coverage >= T.cutCoverage) return 'cut';
  return f.coverage >= T.trustCoverage ? 'guide' : null;
}

interface Leaf {
  el: Element;
  tokens: string[];
  /** Share of its shingles the body holds. */
  share: number;
  heading: boolean;
  /** A table row or code: plain-text bodies seldom carry them, so their absence says nothing. */
  tabular: boolean;
}

const HEADING = /^H[1-6]$/;
const TABULAR = new Set(['TABLE', 'PRE']);
const SENTENCE_BREAK = /(?<=[\p{Ll}\p{N}][.!?]["”’)]?)\s+(?=\p{Lu})/u;
const SENTENCE_END = /[^.…][.!?]["”’)]?\s*$/;

/** Cut text recovered, chrome removed or a missed lead restored, as the page's articleBody shows. */
export function applyArticleBody(content: Element, articleBody: string | null, trace: Trace): void {
  if (!articleBody) return;
  const paragraphs = bodyParagraphs(content.ownerDocument, articleBody);
  const body = new ShingleIndex(paragraphs);
  if (body.wordCount < T.minBodyWords) return;
  const leaves: Leaf[] = [];
  for (const el of leafBlocks(content)) {
    const tokens = words(el.textContent ?? '');
    if (!tokens.length) continue;
    const heading = HEADING.test(el.tagName);
    leaves.push({ el, tokens, share: body.share(tokens), heading, tabular: inTableOrCode(el, content) });
  }
  const extracted = new ShingleIndex(leaves.map((l) => l.tokens.join(' ')));
  const opening: string[] = [];
  for (let i = 0; i < paragraphs.length && opening.length < T.openingWords; i++) opening.push(...words(paragraphs[i]!));
  const verdict = bodyVerdict({
    bodyWords: body.wordCount,
    textWords: extracted.wordCount,
    coverage: coverage(leaves),
    opensTogether: extracted.share(opening.slice(0, T.openingWords)) >= T.openingShare,
  });
  if (verdict === 'cut') replaceCutText(content, leaves, paragraphs, trace);
  else if (verdict === 'guide') {
    removeAbsent(content, leaves, trace);
    restoreLead(content, paragraphs, extracted, trace);
  }
}

function coverage(leaves: readonly Leaf[]): number {
  const text = leaves.filter((l) => !l.heading);
  const prose = text.filter((l) => l.tokens.length >= T.proseWords);
  let all = 0;
  let held = 0;
  // A teaser of short lines has no prose block: its lines are then what the body must hold.
  for (const l of prose.length ? prose : text) {
    const n = Math.max(1, l.tokens.length - 3);
    all += n;
    held += n * l.share;
  }
  return all ? held / all : 0;
}

function replaceCutText(content: Element, leaves: readonly Leaf[], paragraphs: readonly string[], trace: Trace): void {
  for (const l of leaves) {
    trace?.(
      l.share < T.absentShare ? 'json-ld cut: not in articleBody' : 'json-ld cut: replaced by articleBody',
      snippet(l.el),
    );
  }
  content.replaceChildren(...paragraphs.map((p) => paragraph(content.ownerDocument, p)));
}

function removeAbsent(content: Element, leaves: readonly Leaf[], trace: Trace): void {
  const removed = new Set<Leaf>();
  for (const l of leaves) {
    if (l.heading || l.share >= T.absentShare || l.tokens.length >= T.keepWords || l.tabular) continue;
    if (l.tokens.length >= T.keepSentenceWords && SENTENCE_END.test(l.el.textContent ?? '')) continue;
    trace?.('json-ld: not in articleBody', snippet(l.el));
    removed.add(l);
  }
  // A heading goes with its section when every block under it went.
  for (let i = 0; i < leaves.length; i++) {
    const h = leaves[i]!;
    if (!h.heading || h.share >= T.absentShare) continue;
    let j = i + 1;
    while (j < leaves.length && !leaves[j]!.heading && removed.has(leaves[j]!)) j++;
    const sectionEnd = j === leaves.length || leaves[j]!.heading;
    if (j > i + 1 && sectionEnd) {
      trace?.('json-ld: heading over removed blocks', snippet(h.el));
      removed.add(h);
    }
  }
  for (const l of removed) removeWithEmptyParents(l.el, content);
}

/**
 * Body text ahead of the first sentence the extraction holds, absent from it: a lead Readability left in
 * another container. Read by sentences, since a body with its paragraph breaks lost runs lead and article on.
 */
function restoreLead(content: Element, paragraphs: readonly string[], extracted: ShingleIndex, trace: Trace): void {
  const lead: string[] = [];
  let reached = false;
  for (const p of paragraphs) {
    const kept: string[] = [];
    for (const sentence of p.split(SENTENCE_BREAK)) {
      if (extracted.share(words(sentence)) >= T.openingShare) {
        reached = true;
        break;
      }
      kept.push(sentence);
    }
    const text = kept.join(' ').trim();
    if (words(text).length >= T.leadWords) lead.push(text);
    if (reached) break;
  }
  if (!reached || !lead.length) return;
  trace?.('json-ld: lead restored from articleBody', lead.join(' ').slice(0, 200));
  content.prepend(...lead.map((p) => paragraph(content.ownerDocument, p)));
}

function inTableOrCode(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (TABULAR.has(e.tagName)) return true;
  return false;
}

function paragraph(doc: Document, text: string): Element {
  const p = doc.createElement('p');
  p.textContent = text;
  return p;
}

function removeWithEmptyParents(el: Element, root: Element): void {
  let node: Element | null = el;
  while (node && node !== root) {
    const parent: Element | null = node.parentElement;
    node.remove();
    if (!parent || parent === root || (parent.textContent ?? '').trim() || parent.getElementsByTagName('img').length)
      break;
    node = parent;
  }
}

function snippet(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
}
