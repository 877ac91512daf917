// A linked line set in a <div> of its own, right over a block of the story's prose: a briefing's bold linked
// headline over its summary, a standfirst that is one linked sentence over the first paragraph (guards 9 and 10).
// Readability wraps the div's text in a <p> inside the div and its conditional clean then drops the div, all one
// link: plain Readability loses those lines too. As a <p> the line reaches our own rules, which judge links by
// what they are (a teaser between paragraphs, a rail, a closing card still go).
import { elementsByTags } from './document.js';
import { collapseSpace } from './text.js';

const T = {
  /** The link's text has at least this many words ("Print version", "Download PDF" are buttons). */
  minWords: 5,
  /** Linked headlines in one container, each over its text, that make a briefing. */
  minItems: 2,
  /** ...and it is this long at most (a headline or one sentence). */
  maxChars: 220,
  /** The block under it: text of its own (no link), a sentence of at least this many characters. */
  ownMinChars: 60,
} as const;

const DIV = new Set(['div']);
const PHRASING = new Set(['a', 'b', 'strong', 'em', 'i', 'span', 'u', 'mark', 'small', 'br']);
const SENTENCE_END = /[.!?:]["”’)]*$/;
const SENTENCE = /[.!?]["”’)]*$/;
/** Beside the link, only a bullet or separators: a label ("Read next", "À lire aussi") makes it a teaser. */
const BULLETS = /^[\s•·*–—|-]*$/;

export function headlineDivsAsParagraphs(body: Element): void {
  const found: Element[] = [];
  const perParent = new Map<Element | null, number>();
  for (const div of elementsByTags(body, DIV)) {
    if (!isLinkedLine(div)) continue;
    found.push(div);
    perParent.set(div.parentElement, (perParent.get(div.parentElement) ?? 0) + 1);
  }
  for (const div of found) {
    // A linked sentence (a standfirst), or one of a briefing's items: a lone linked headline stays Readability's.
    const sentence = SENTENCE.test(collapseSpace(div.textContent ?? ''));
    if (!sentence && (perParent.get(div.parentElement) ?? 0) < T.minItems) continue;
    const p = div.ownerDocument.createElement('p');
    for (const { name, value } of [...div.attributes]) p.setAttribute(name, value);
    p.append(...div.childNodes);
    div.replaceWith(p);
  }
}

/** One link of a headline's or a sentence's length, with nothing beside it but a bullet, over its own text. */
function isLinkedLine(div: Element): boolean {
  // Cheap first (every div of the page is asked): a chain of single phrasing elements down to one link.
  let a: Element | null = div;
  while (a && a.localName !== 'a') {
    if (a.childElementCount !== 1) return false;
    a = a.firstElementChild;
    if (a && !PHRASING.has(a.localName)) return false;
  }
  if (!a || a.childElementCount > 2 || [...a.children].some((c) => !PHRASING.has(c.localName))) return false;
  const href = a.getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || !overOwnText(div.nextElementSibling)) return false;
  const text = collapseSpace(div.textContent ?? '');
  const link = collapseSpace(a.textContent ?? '');
  if (text.length > T.maxChars || link.split(' ').length < T.minWords) return false;
  return BULLETS.test(text.replace(link, ''));
}

/** A block of the story's own text: no link, a sentence or more. */
function overOwnText(next: Element | null): boolean {
  if (!next || !/^(?:p|div)$/.test(next.localName) || next.getElementsByTagName('a').length) return false;
  const text = collapseSpace(next.textContent ?? '');
  return text.length >= T.ownMinChars && SENTENCE_END.test(text);
}
