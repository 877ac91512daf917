// A live blog's entry stamps. Each entry of a live page opens with a time element that the page's script
// turns into "5 minutes ago"; without the script the element shows its raw value, a Unix time
// ("1709412159"), on a line of its own or glued to the entry's author and time ("Jane Doe2 March 2024 21:44").
// These are the page's furniture, never the story's words: the time element is known by its tag or its
// datetime attribute, and the author stamp by its shape (a name glued or joined by a separator to a date with
// a clock time). A date alone on a line is judged by stamp-lines.ts, only at the head or tail of the story.
import { elementsByTags, type Trace } from './document.js';

/** Seconds (10 digits) or milliseconds (13) since 1970, from 2001 to 2033. */
const EPOCH = /^1\d{9}(?:\d{3})?$/;
/** Elements a page's script fills with a relative time. */
const TIME_TAG = /^(?:time|[\w-]*timeago|[\w-]*time-?ago|relative-time|local-time)$/;

/** Time elements (by tag or datetime attribute) whose whole text is a Unix time. */
export function removeLiveStamps(root: Element, trace?: Trace): void {
  for (const el of elementsByTags(root, null)) {
    // firstElementChild, not children.length: a live collection per element cost half of this rule.
    if (el.firstElementChild || !el.isConnected) continue;
    const text = (el.textContent ?? '').trim();
    if (!EPOCH.test(text)) continue;
    if (!TIME_TAG.test(el.localName) && !el.hasAttribute('datetime') && !el.hasAttribute('data-timestamp')) continue;
    trace?.('live-stamp', text);
    el.remove();
  }
}

// Case-sensitive on purpose (no i flag): with it, \p{Lu} would match lower-case letters too.
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4})`;
/** A clock time is required: "21:44", "9.05 pm", "at 10:17 a.m. ET". */
const CLOCK = '(?:,? (?:at )?\\d{1,2}[:.]\\d{2}\\s*(?:[aApP]\\.?[mM]\\.?)?(?:\\s*[A-Z]{2,4})?)';
/** One to four capitalised words: the entry's author. */
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}";
/**
 * An author joined to a date and clock time: glued ("Doe2 March"), or after "By" or a separator ("|", "•",
 * "-"). A name and a date with only a space between them is an events list's line too ("Town Hall 2 March
 * 2024 19:00"): not matched.
 */
const ENTRY_STAMP = new RegExp(
  `^(?:(?:[Bb]y )?${NAME}(?<=[\\p{L}'’.])(?=\\d)|[Bb]y ${NAME}\\s*[|•·,–—-]?\\s*|${NAME}\\s*[|•·–—-]\\s*)${DATE}${CLOCK}\\s*$`,
  'u',
);
/** Longest author stamp. */
const MAX_CHARS = 90;

/** 'entry-stamp' when the block is an entry's author and time and nothing else, or null. */
export function entryStamp(text: string, len: number): string | null {
  return len <= MAX_CHARS && ENTRY_STAMP.test(text) ? 'entry-stamp' : null;
}
