// Short lines of English-language news sites outside the US mainstream that the earlier line rules read too
// narrowly (the tenth red team): South Asian and African portals, British tabloids, South-East Asian sites and
// papers that republish wire copy. Each is told by its words and shape alone, on a short block:
// - a pointer: a label ("READ:", "Don’t Miss:", "Also Read |") and a link that is most of the line, wherever it
//   stands (junk-text.ts's inline teasers know "don't miss" with a straight quote only, and no "READ:");
// - a "First published: <date>" stamp at the head or tail (stamp-lines.ts reads "Published <date>" only);
// - a plug after a short label ("Stay updated: Join our Telegram channel ..."), which promo-lines.ts and
//   network-lines.ts read only from the block's first word;
// - a publisher's rights notice that lists what may not be done with its material ("may not be reproduced,
//   published, broadcast, rewritten or redistributed"), in any order, or opens with "All rights reserved.";
// - a bare contact line: "Contact:" or "Tips:" and an e-mail address, nothing else;
// - a "For more news ..., visit <site>" line (news, stories, updates; "For more information, visit ..." is a
//   local story's own closing line and stays);
// second wave: a portal's note that the story comes unedited from a syndicated feed, a call for readers' stories
// that asks and then says how to send them ("Do you have a story to share? Get in touch ..."), and an offer to
// subscribe to the site's bundle "to get access to" its titles.
import { networkLine } from './network-lines.js';
import { promoLine } from './promo-lines.js';
import { stampLine } from './stamp-lines.js';

const T = {
  /** Longest block any of these rules judges. */
  maxChars: 400,
  /** A pointer's link holds at least this share of its text. */
  pointerDensity: 0.5,
  /** Every line but the rights notice: a label and a headline, a plug, a stamp, a contact. */
  lineMaxChars: 200,
} as const;

/** Labels that hand over to another page, then a colon or a bar ("Also Read |", "Don’t Miss:"). */
const POINTER =
  /^(?:also read|read also|read more|must read|don['’]?t miss|do not miss|see also|also see|also watch|top stories|in case you missed it|icymi|recommended|suggested)\s*[:|]\s*\S/i;
/** "READ:" in capitals, a Philippine and Indian portal's habit. "Read: <a>" in mixed case is also how a story
 * points to a document it quotes, and ground truths keep it (on the devset it took three such lines). */
const READ_CAPS = /^READ\s*[:|]\s*\S/;
const FIRST_STAMP = /^first (?=(?:published|posted)\b)/i;
/** A short label before a plug: "Stay updated:", "Stay informed.", "Never miss a story -". */
const LABEL = /^[\p{L}'’ ]{2,24}[:.!–—-]\s+(?=\p{L})/u;
const VERBS = '(?:re)?produced|published|broadcast|rewritten|redistributed|copied|distributed|transmitted|republished';
const RIGHTS = new RegExp(`\\bmay not be (?:${VERBS})(?:,? (?:or |and )?(?:${VERBS})){2,}\\b`, 'i');
const ALL_RIGHTS = /^all rights reserved\b[.,]?/i;
/** Only a contact label and an e-mail address: "Phone: ..." and "Email: ..." lines are a listing's or a
 * notice's own details (on the devset, a page's ground truth kept them). */
const CONTACT =
  /^(?:contact(?: us)?|news ?desk|tips?|send (?:us )?(?:your )?(?:news|tips|stories)(?: to)?)\s*[:|-]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/i;
const MORE_NEWS =
  /^for (?:more|the latest|all the latest|more of the latest|further) (?:[\p{L}'’-]+ ){0,2}(?:news|stories|updates|headlines|reports)\b[^.!?]{0,80}\b(?:visit|go to|log on to|head to|check out|follow|click)\b/iu;

/** About this story ("this story ... syndicated feed"): a story may well report on some other feed. */
const FEED_NOTE = /\b(?:this|the) (?:story|article|report|copy|news item)\b[^.!?]{0,100}\bsyndicated (?:news )?feed\b/i;
const FEED_EDIT = /\b(?:not been edited|auto-?generated|published from|sourced from)\b/i;
const STORY_CALL =
  /^(?:do you have|have you got|got|have) (?:a|any) (?:story|news story|tip|news tip)s?\b[^?]{0,60}\?\s*(?:get in touch|e-?mail|contact|call|send|write to|drop us|let us know|whatsapp)\b/i;
const BUNDLE =
  /^subscribe (?:now )?to [^.!?]{2,40}? to (?:get|enjoy|unlock) (?:unlimited |full |exclusive )?access to\b/i;

/** Plugs for the site's channels and apps (not its price widgets or counts). */
const PLUGS = new Set([
  'promo: follow-us',
  'promo: channel-plug',
  'promo: app-plug',
  'promo: click-plug',
  'messenger-plug',
  'intl-app-plug',
]);

/** The rule that removes this short block, or null. `edge`: the block is at the story's head or tail. */
export function portalLine(text: string, len: number, density: number, edge: boolean): string | null {
  if (len > T.maxChars) return null;
  const t = text.trim();
  if (RIGHTS.test(t) || ALL_RIGHTS.test(t)) return 'rights-notice';
  if (len > T.lineMaxChars) return null;
  if (density >= T.pointerDensity && (POINTER.test(t) || READ_CAPS.test(t))) return 'pointer-line';
  if (edge && FIRST_STAMP.test(t) && stampLine(t.replace(FIRST_STAMP, ''), len) === 'date-line') return 'date-line';
  if (CONTACT.test(t)) return 'contact-line';
  if (MORE_NEWS.test(t)) return 'more-news-plug';
  if (FEED_NOTE.test(t) && FEED_EDIT.test(t)) return 'feed-note';
  if (STORY_CALL.test(t)) return 'story-call';
  if (BUNDLE.test(t)) return 'subscription-offer';
  const m = LABEL.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length);
  const plug = promoLine({ text: rest, len: rest.length }) ?? networkLine(rest, rest.length);
  return plug && PLUGS.has(plug) ? 'labelled-plug' : null;
}
