// Author bios at the end of a story: "Jane Doe is a senior reporter who ...", "Courts correspondent Jane Doe
// has reported ...", "About the writer: ...". The wording is judged here; where (the last few blocks) is
// decided by prune-article.ts.
import { leafBlocks } from './blocks.js';
import { BIO_LABEL } from './chrome-lines.js';
import type { Trace } from './document.js';
import { BIO_ROLE, BIO_START } from './junk-text.js';
import { PRUNE_ARTICLE as T } from './thresholds.js';
import { collapseSpace } from './text.js';

/** Bios that do not name the author: "The author is a lecturer in ...". */
const AUTHOR_IS = /^(?:the )?(?:authors?|writers?) (?:is|are|was|were) (?:a|an|the)\b/i;

/**
 * `bylineName` is the first author of the byline, `nameHead` their first name. At the end of the story (`tail`)
 * any bio-shaped block counts; at its head (a byline box under the standfirst) only one that opens with the
 * author's name: "Jane is Courts Editor at the Courier. She ...".
 */
export function isBio(text: string, bylineName: string, nameHead: string, tail = true): boolean {
  const t = text.replace(BIO_LABEL, '');
  // The role has to be said in the opening: "Jane Doe is a senior reporter who ...".
  const opening = t.slice(0, T.bioOpeningChars);
  if (tail && (BIO_START.test(t) || AUTHOR_IS.test(t)) && BIO_ROLE.test(opening)) return true;
  if (!nameHead || nameHead.length < T.bioMinNameChars) return false;
  const startsWithAuthor = t.startsWith(bylineName) || t.startsWith(`${nameHead} `);
  if (!tail) return startsWithAuthor && authorVerb(t, bylineName, nameHead) && BIO_ROLE.test(opening);
  return (startsWithAuthor || rolePrefixed(t, bylineName)) && BIO_ROLE.test(opening);
}

/** At the head, the author's name is followed by a bio's verb: "Jane is", "Jane Doe has covered". A list of the
 * authors of a paper ("Jane Doe, PhD; ...") is not a bio. */
function authorVerb(t: string, name: string, head: string): boolean {
  const rest = t.startsWith(name) ? t.slice(name.length) : t.slice(head.length);
  return /^,?\s+(?:is|was|has|covers|writes|reports|joined)\b/.test(rest);
}

/** "Courts correspondent Jane Doe has reported ...": a role of a few words, the author's full name, a verb. */
function rolePrefixed(t: string, name: string): boolean {
  const at = name.includes(' ') ? t.indexOf(name) : -1;
  if (at <= 0 || at > T.bioNameChars) return false;
  const before = t.slice(0, at).trim();
  return (
    before.split(/\s+/).length <= T.bioRoleWords &&
    BIO_ROLE.test(before) &&
    /^,?\s+(?:has|is|was|covers|writes|reports|joined)\b/.test(t.slice(at + name.length))
  );
}

/** A person's name as a byline gives it: two to four capitalised words, none of them a team's or a firm's. */
const PERSON = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|van|von|de|del|da|la|le|bin|al)){1,3}$/u;
const NOT_PERSON =
  /\b(?:team|staff|editors?|editorial|desk|news|media|group|inc|llc|ltd|company|agency|official|online|magazine|journal|press|wire|contributor|admin|the)\b/i;
/** What a bio says right after the name: "Jane Doe has covered", "Sarah joined", "Kathy founded". */
const BIO_VERB =
  /^(?:,? (?:\([^)]{1,40}\) )?)?(?:is|was|has|had|joined|founded|co-founded|holds|covers|writes|reports|leads|lives|serves|works|specializes|specialises|started|brings|loves|began)\b/;
/** A blog's author box greeting the reader: "Hi there! I'm Shivya, and ...", "Hey, I'm Jessica!". */
const GREETING =
  /^(?:hi|hey|hello|howdy)(?: there| friends?| everyone| y'all)?[,!.]?\s+(?:i['’]m|i am|my name is) \p{Lu}/iu;
/** A title before the name ("Dr Jane Doe"): the bio says "Jane Doe leads ..." (red team 6). */
const HONORIFIC = /^(?:[Dd]r|[Pp]rof|Mr|Mrs|Ms|Mx)\.?\s+(?=\p{Lu})/u;
const SHORT_LINE = 60;
/** A role said as a sentence of its own before the bio: "Education reporter. ", "Sports editor. ". */
const ROLE_FIRST = /^([^.!?]{2,40})\.\s+/;
const SENTENCE_END = /[.!?]["”’)]?$/;

/**
 * The author's card at the end of the story, whatever its wording: the author's name alone on a line over a
 * bio that names them, a paragraph that opens with the author's name and a bio's verb, or a blog's greeting
 * ("Hi, I'm Jess!"), with the rest of the card after it (more paragraphs naming the author, "View all posts",
 * the author's site). Only a run that reaches the end of the story goes, and only when it is short.
 */
export function removeBioCard(root: Element, byline: string | null, trace: Trace): void {
  // The first author, without the date or role some bylines run on with ("Jane Doe MW 22 June 2020").
  const full =
    byline
      ?.split(/\s*(?:,| and |&|\||•|\bReviewed by\b)\s*/)[0]
      ?.replace(/\s+\d.*$/, '')
      .trim()
      .replace(HONORIFIC, '') ?? '';
  const person = PERSON.test(full) && !NOT_PERSON.test(full);
  const first = person ? full.split(' ')[0]! : '';
  const blocks = leafBlocks(root)
    .map((el) => ({ el, text: collapseSpace(el.textContent ?? '') }))
    .filter((b) => b.text);
  const names = (t: string) => person && (t.includes(full) || new RegExp(`\\b${escape(first)}\\b`).test(t));
  const opens = (t: string) => {
    if (GREETING.test(t)) return true;
    if (!person || t.length > T.bioMaxChars) return false;
    const at = t.indexOf(full);
    if (at >= 0 && at <= T.bioNameChars) return BIO_VERB.test(t.slice(at + full.length));
    if (first.length >= T.bioMinNameChars && t.startsWith(`${first} `) && BIO_VERB.test(t.slice(first.length)))
      return true;
    // The role first, as a sentence of its own: "Education reporter. Jane joined the Courier in 2015 ...".
    const role = ROLE_FIRST.exec(t);
    if (!role || role[1]!.split(' ').length > T.bioRoleWords || !BIO_ROLE.test(role[1]!)) return false;
    const after = t.slice(role[0].length);
    const name = after.startsWith(full) ? full : first.length >= T.bioMinNameChars ? first : '';
    return !!name && after.startsWith(`${name} `) && BIO_VERB.test(after.slice(name.length));
  };
  const isNameLine = (t: string) => person && t.replace(/^(?:by|about)\s+/i, '').replace(HONORIFIC, '') === full;
  const rest = (t: string) =>
    (t.length <= T.bioMaxChars && names(t)) ||
    (t.length <= SHORT_LINE && !SENTENCE_END.test(t)) ||
    /^https?:\/\/\S+$/.test(t);
  const n = blocks.length;
  let start = -1;
  for (let i = Math.max(0, n - T.bioCardBlocks); i < n && start < 0; i++) {
    const t = blocks[i]!.text;
    // A name line's next block is its bio when it names the author, says a role or speaks as the author.
    const next = blocks[i + 1]?.text ?? '';
    const bio = (b: string) =>
      b.length <= T.bioMaxChars && (opens(b) || names(b) || BIO_ROLE.test(b.slice(0, T.bioOpeningChars)));
    const after = blocks.slice(i + 1).map((b) => b.text);
    if (opens(t) && after.every((b) => rest(b) || opens(b))) start = i;
    else if (isNameLine(t) && (!next || bio(next)) && after.slice(1).every((b) => rest(b) || opens(b))) start = i;
  }
  if (start < 0) return;
  const card = blocks.slice(start);
  const cardLen = card.reduce((a, b) => a + b.text.length, 0);
  const storyLen = blocks.slice(0, start).reduce((a, b) => a + b.text.length, 0);
  if (cardLen > T.bioCardMaxChars || storyLen < cardLen) return;
  const parents = new Set(card.map((b) => b.el.parentElement));
  for (const b of card) {
    trace?.('bio-card', b.text);
    b.el.remove();
  }
  // The card's loose text, outside any block of its own (a bare "Read more by Jane Doe" link in the box).
  for (const p of parents) {
    const left = p && p !== root && p.isConnected ? collapseSpace(p.textContent ?? '') : '';
    if (!left || left.length > SHORT_LINE || !(names(left) || !SENTENCE_END.test(left))) continue;
    trace?.('bio-card', left);
    p!.remove();
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
