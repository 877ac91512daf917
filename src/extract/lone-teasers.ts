// Pointers to another article set into the story with no label or class. A lone teaser: a block between two
// paragraphs whose whole text is one link to another article, shaped as a headline ("Growers count the cost
// of a wet winter"), bold or plain. A quoted card: a <blockquote> that opens with such a linked headline and
// holds only that post's short excerpt (WordPress's embed fallback without its class, pasted cards). Sites set
// them between paragraphs to send the reader on; the story's own links sit inside its sentences, and its own
// pointers to documents end in a file type or read as a sentence. A teaser list (red team 8): a bulleted list of
// one or two such linked headlines, with no label, set between two paragraphs.
import { followsAnnouncement } from './announced-lists.js';
import { elementsByTags, type Trace } from './document.js';
import { collapseSpace } from './text.js';

const T = {
  /** A headline has this many words at least... */
  minWords: 4,
  /** ...and at most this many. */
  maxWords: 18,
  /** A paragraph of the story on either side: this long, ending a sentence. */
  proseMinChars: 120,
  /** A post's slug has at least this many words ("growers-count-the-cost"). */
  slugWords: 3,
  /** More linked headlines than this between paragraphs are the article's own structure. */
  maxTeasers: 2,
  /** A heading whose words the next paragraph repeats this much is the paragraph's own heading. */
  echoShare: 0.5,
  /** Longest quoted card: a headline and an excerpt of a sentence or two. */
  cardMaxChars: 400,
} as const;

const A = new Set(['a']);
const QUOTE = new Set(['blockquote']);
const LISTS = new Set(['ul', 'ol']);
const TEASER_TAGS = new Set(['p', 'div', 'h3', 'h4', 'h5', 'h6']);
const BRACKETED = /^\[\s*([^\]]*?)\s*\]$/;
/** A sentence or a label, not a headline. */
const NOT_HEADLINE = /[.!?:;…]["”’)]*$/;
/** A document, not an article: "/files/ruling.pdf". */
const FILE = /\.(?:pdf|docx?|xlsx?|csv|pptx?|zip|jpe?g|png|mp3|mp4)(?:$|[?#])/i;

export function removeLoneTeasers(root: Element, trace?: Trace): void {
  for (const q of elementsByTags(root, QUOTE)) {
    if (!q.isConnected || !isQuotedCard(q)) continue;
    trace?.('quoted-card', collapseSpace(q.textContent ?? ''));
    q.remove();
  }
  const found = betweenParagraphs(elementsByTags(root, TEASER_TAGS), (el) => loneLink(el) !== null);
  // Many linked headlines each over its own paragraph are the article's shape (a roundup of deals, a guide's
  // linked subheadings), not teasers set into a story; so is one the next paragraph goes on to tell.
  if (found.length > T.maxTeasers) return;
  for (const el of found) {
    if (echoed(el) || followsAnnouncement(el)) continue;
    trace?.('lone-teaser', collapseSpace(el.textContent ?? ''));
    el.remove();
  }
  const lists = betweenParagraphs(elementsByTags(root, LISTS), isTeaserList);
  if (lists.length > T.maxTeasers) return;
  for (const el of lists) {
    trace?.('teaser-list', collapseSpace(el.textContent ?? ''));
    el.remove();
  }
}

/** The blocks set between two paragraphs of prose that pass `test` (cheapest test first: most blocks are not). */
function betweenParagraphs(blocks: Element[], test: (el: Element) => boolean): Element[] {
  return blocks.filter(
    (el) =>
      el.previousElementSibling?.localName === 'p' &&
      el.nextElementSibling?.localName === 'p' &&
      test(el) &&
      betweenProse(el),
  );
}

/** One or two list items, each wholly a linked headline (a longer list is rails.ts's to judge). */
function isTeaserList(el: Element): boolean {
  const items = [...el.children];
  return (
    items.length > 0 &&
    items.length <= T.maxTeasers &&
    items.every((li) => li.localName === 'li' && loneLink(li) !== null) &&
    !echoed(el)
  );
}

/** The one link that is the whole text of `el`, when it reads as another article's headline. */
function loneLink(el: Element): Element | null {
  const links = elementsByTags(el, A);
  if (links.length !== 1) return null;
  const a = links[0]!;
  // "[Headline]": some sites bracket the pointer, in italics or not.
  const text = collapseSpace(el.textContent ?? '').replace(BRACKETED, '$1');
  if (!text || collapseSpace(a.textContent ?? '') !== text) return null;
  if (!isHeadlineLink(a, text)) return null;
  const href = a.getAttribute('href') ?? '';
  const path = href.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '';
  const slug = path.split('/').filter(Boolean).pop() ?? '';
  return slug.split(/[-_]/).length >= T.slugWords ? a : null;
}

/** Story paragraphs right before and right after `el`: the teaser interrupts the story, it does not close it. */
function betweenProse(el: Element): boolean {
  return isProse(el.previousElementSibling) && isProse(el.nextElementSibling);
}

/**
 * `text`, the whole text of link `a`, reads as another article's headline (4 to 18 words, capitalised, not a
 * sentence or a label), and `a` goes to another page, not to an anchor or a file.
 */
export function isHeadlineLink(a: Element, text: string): boolean {
  const words = text.split(' ').length;
  if (words < T.minWords || words > T.maxWords || NOT_HEADLINE.test(text) || !/^\p{Lu}/u.test(text)) return false;
  const href = a.getAttribute('href') ?? '';
  return !!href && !href.startsWith('#') && !FILE.test(href);
}

/** A paragraph of the story: a <p> this long that ends a sentence. */
export function isProse(el: Element | null): boolean {
  if (!el || el.localName !== 'p') return false;
  const text = collapseSpace(el.textContent ?? '');
  return text.length >= T.proseMinChars && /[.!?]["”’)]*$/.test(text);
}

/** A blockquote whose first block is one linked headline, and which is no longer than a card. */
function isQuotedCard(q: Element): boolean {
  const first = q.firstElementChild;
  if (!first || !loneLink(first)) return false;
  return collapseSpace(q.textContent ?? '').length <= T.cardMaxChars && elementsByTags(q, A).length <= 2;
}

/** The paragraph after `el` repeats most of its words: `el` is that paragraph's heading, not another story's. */
function echoed(el: Element): boolean {
  const words = contentWords(el.textContent ?? '');
  if (!words.length) return true;
  const next = new Set(contentWords(el.nextElementSibling?.textContent ?? ''));
  return words.filter((w) => next.has(w)).length >= words.length * T.echoShare;
}

/** Words of four letters or more, lower-cased: names and nouns, not "the", "a", "to". */
function contentWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
}
