// A short list the story announces itself: a paragraph of the story ending in a colon ("The documents behind
// this story can be read in full:") or pointing below ("..., each linked below."), then a few links. The links
// are the story's sources, not a rail, however headline-like their texts. A label ("Related:", "More from us:"), an invitation to read on, or a heading in
// title case is not such a sentence. bench's leak detector (leaks.ts) reads a list the same way. A list of links
// to documents (PDF, spreadsheets) is the story's sources too, announced or not.
import { MONTH_NAME } from './item-extras.js';
import { RAIL_INVITE, SECTION_LABEL } from './junk-text.js';
import { collapseSpace } from './text.js';

const T = {
  /** An announcing sentence has at least this many words; a label is shorter. */
  minWords: 5,
  /** A list of sources is short; a longer run of links after a colon is left to the rail rules. */
  maxItems: 8,
} as const;

/** The openings of a rail's invitation, which may end in a colon too ("You might also like these posts:"). */
const INVITE_START =
  /^(?:you (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested)|(?:learn|read|see|find|discover|explore|check out) more\b|more (?:from|in|on|about|stories|articles|posts|guides|reading)\b|related\b|also (?:read|see|on)\b|recommended\b|check out\b|further reading\b|don['’]?t miss\b)/i;

/** A sentence that closes on other articles ("... in the following comparison guides:") hands on to a rail. */
const OTHER_ARTICLES = /\b(?:articles|posts|guides|stories|reviews|reads|pieces|features)(?:\s+\S+){0,3}\s*:$/i;

/** A document's address, not an article's: "/files/ruling.pdf". */
const DOCUMENT = /\.(?:pdf|docx?|odt|rtf|xlsx?|ods|csv|pptx?)(?:$|[?#])/i;

/**
 * A list whose every item links to documents only (a ruling, a report, a data file): the story's sources,
 * whatever its label ("Sources", "Documents") or its length. No rail of other articles links to files.
 */
export function isDocumentList(list: Element): boolean {
  const items = [...list.children];
  if (items.length < 2) return false;
  if (items.length <= T.maxItems && sourcesLabelled(list)) return true;
  return items.every((it) => {
    const links = [...it.querySelectorAll('a')];
    return links.length > 0 && links.every((a) => DOCUMENT.test(a.getAttribute('href') ?? ''));
  });
}

/**
 * A label that names what follows as the documents the story cites: "Documents", "Read the report". "Sources" and
 * "References" are left out: on the devset such a closing list is not always the article's (red teams 8 and 9).
 */
const SOURCES_LABEL =
  /^(?:the |read the |source |key |original )?(?:documents?|court (?:filings|documents|records)|(?:full )?(?:report|ruling|filings?))[:.]?$/i;

/**
 * The list's own heading or label line says it is the story's sources (red team 9): its items may be headline-
 * shaped links to another site's pages, and they are still the article's, not a rail.
 */
function sourcesLabelled(list: Element): boolean {
  let prev = list.previousElementSibling;
  while (prev && !collapseSpace(prev.textContent ?? '')) prev = prev.previousElementSibling;
  if (!prev || prev.querySelector('a')) return false;
  return SOURCES_LABEL.test(collapseSpace(prev.textContent ?? ''));
}

/** A sentence that points down at the list instead of a colon: "... three public documents, each linked below." */
const POINTS_BELOW = /\b(?:linked|listed|collected|set out|given|shown) below\.$/i;

/**
 * A briefing's or a roundup's handover (guards 9): "Here is what you need to know before you start your day." A
 * handover to other articles ("Here are more stories you might like") is a rail's invitation instead.
 */
const HERE_IS = /^here(?:['’]s| is| are)\b/i;
const HERE_OTHER = /\b(?:more|other|related|similar|recommended|popular|trending|also|latest)\b/i;

/** `list` (of `items` entries) follows a sentence of the story that ends in a colon and announces it. */
export function isAnnouncedList(list: Element, items: number): boolean {
  if (items > T.maxItems) return false;
  let prev = list.previousElementSibling;
  while (prev && !collapseSpace(prev.textContent ?? '')) prev = prev.previousElementSibling;
  return !!prev && prev.localName === 'p' && announces(prev, false);
}

/**
 * `el` comes after a paragraph of its container that announces the linked items following it (guards 9: a
 * morning briefing, "What we're reading", a listicle): those items are the story's own, not teasers.
 */
export function followsAnnouncement(el: Element): boolean {
  for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
    const next = prev.nextElementSibling;
    if ((prev.localName === 'p' || prev.localName === 'div') && next?.querySelector('a') && announces(prev, true))
      return true;
  }
  return false;
}

/**
 * A paragraph of the story whose last sentence hands over to what follows (a colon, "linked below"; with `here`,
 * "Here is ..." too: a briefing's items, not a list that a rail rule would judge).
 */
function announces(p: Element, here: boolean): boolean {
  const text = collapseSpace(p.textContent ?? '');
  const sentence = (text.split(/(?<=[.!?])\s+/).pop() ?? '').trim();
  const handover = here && HERE_IS.test(sentence) && !HERE_OTHER.test(sentence);
  if (!text.endsWith(':') && !POINTS_BELOW.test(text) && !handover) return false;
  const words = sentence.split(' ');
  if (words.length < T.minWords || SECTION_LABEL.test(sentence) || RAIL_INVITE.test(sentence)) return false;
  if (INVITE_START.test(sentence) || OTHER_ARTICLES.test(sentence)) return false;
  // Title case past the first word: a heading set as a paragraph, not a sentence.
  const long = words.slice(1).filter((w) => /^\p{L}{4,}/u.test(w));
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return !(capitalised > 0 && capitalised * 2 >= long.length);
}

const MONTHS = `${MONTH_NAME}\\.?`;
/** An entry of a timeline: a date, then a colon or a dash, then the event ("Mar 4, 2025: The ferry ..."). */
const DATED_ENTRY = new RegExp(
  `^(?:${MONTHS} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTHS} \\d{4}|${MONTHS} \\d{4}|\\d{4})\\s*[:–—-]\\s*\\S`,
  'i',
);
/** ...or a date with its month set apart from the event by space alone ("June 2020 Fire destroys ...", guards 9). */
const SPACED_DATE = new RegExp(`^(?:${MONTHS} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTHS} \\d{4}|${MONTHS} \\d{4})\\s+`, 'i');

function datedEntry(t: string): boolean {
  if (DATED_ENTRY.test(t)) return true;
  const m = SPACED_DATE.exec(t);
  return !!m && /^\p{Lu}/u.test(t.slice(m[0].length));
}

/**
 * Every item opens on a date and tells an event: a timeline (red team 9). On the story's topic it is the story's
 * own chronology, however link-like its entries; a rail of other news rarely numbers its items by date.
 */
export function isTimeline(texts: string[]): boolean {
  return texts.length >= 2 && texts.every((t) => datedEntry(t.trim()));
}
