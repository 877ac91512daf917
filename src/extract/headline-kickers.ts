// The section label a theme sets right over the headline, in the headline's own container: "Business" in an
// <h3> over a magazine theme's <h1>, "World / Wire" in a <span> over a republished wire story's. Readability
// takes the header with the story when the two share a container and drops the headline itself (it is the
// title), so the label is left as the story's first line. A line over the <h1> is never the story's text: a
// story's first paragraph comes after its headline. newsroom-lines.ts (`kickerLine`) knows only genre words
// ("Opinion", "Analysis") anywhere at the head, since section words there are also linked subheadings; here the
// place tells, so any short label goes.
import type { Trace } from './document.js';
import { kickerLine } from './newsroom-lines.js';
import { collapseSpace } from './text.js';

const T = {
  /** A label of a few words... */
  maxWords: 4,
  /** ...and this many characters at most. */
  maxChars: 40,
  /** The <h1> is the headline when the page's <title> holds its first this many characters. */
  titleChars: 40,
} as const;

/** Words and separators only: a date, a figure or a sentence's stop is no section label. */
const LABEL = /^[\p{L}&'’]+(?:\s*[/|•·>»›,-]?\s*[\p{L}&'’]+)*$/u;
/** Elements a label is set in; a paragraph or a list over the headline is left alone. */
const LABEL_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'span', 'div', 'a', 'strong', 'b', 'small']);

const fold = (s: string): string => collapseSpace(s).toLowerCase();

/** Removes the short label right before the page's first <h1>, in the same parent, when that is the headline. */
export function removeHeadlineKickers(body: Element, trace: Trace): void {
  const h1 = body.getElementsByTagName('h1')[0];
  const prev = h1?.previousElementSibling;
  if (!h1 || !prev || !LABEL_TAGS.has(prev.localName) || prev.getElementsByTagName('img').length) return;
  // A chapter's <h1> on a page whose headline is set otherwise has the story's own lines before it.
  const head = fold(h1.textContent ?? '').slice(0, T.titleChars);
  if (!head || !fold(body.ownerDocument.title).includes(head)) return;
  const text = collapseSpace(prev.textContent ?? '');
  if (!text || text.length > T.maxChars || text.split(' ').length > T.maxWords || !LABEL.test(text)) return;
  // A genre word ("Opinion") is the `kicker` rule's, wherever it stands at the head.
  if (kickerLine(text, text.length, true)) return;
  // The headline must say more than the label: a page whose <h1> is a section name has no story headline here.
  if (head.split(' ').length <= T.maxWords) return;
  trace?.('headline-kicker', text);
  prev.remove();
}
