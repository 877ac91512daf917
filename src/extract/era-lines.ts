// Short lines of the blog and CMS templates of 2016-2020 that the eighth red team found, told by their wording and
// shape alone (whole short lines, never words inside a sentence):
// - a post stamp: Blogger's "Posted by <Name> at 6:45 PM" and Drupal's "Submitted by <Name> on Tue, 06/12/2018 -
//   09:14" (the whole line: a name, then only a time or a date; "Posted by the mayor at 6:45 PM, the message ..."
//   goes on and stays);
// - a comment system's line: "blog comments powered by Disqus", "Please enable JavaScript to view the comments
//   powered by Disqus.";
// - a comment policy: "Please keep comments civil and on topic. Comments are moderated and may take a few minutes
//   to appear." (it opens on a moderator's phrase, every sentence speaks of comments, and one names the policy;
//   "Please keep comments coming, the mayor said ..." names no policy and stays, and a line with figures or
//   reported speech is a report about comments);
// - a row of page actions: "Print this article | Email this article", "E-mail this story", "Send by email";
// - a field label left alone at the very end when its value was a link that went: "Section:", "Tags:".

/** Longest line each rule judges. */
const MAX_CHARS = 200;

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
const CLOCK = String.raw`\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?`;
const DAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?,? )?`;
const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9}\.? \d{4})`;
const POSTED_STAMP = new RegExp(
  String.raw`^(?:posted by ${NAME} at ${CLOCK}|submitted by ${NAME} on ${DAY}${DATE}(?:\s*[-–—,|@]?\s*(?:at )?${CLOCK})?)$`,
  'iu',
);
const POWERED_COMMENTS =
  /^(?:(?:blog )?comments powered by(?: disqus)?|please enable javascript to view the comments(?: powered by disqus)?)[.!]?$/i;
const POLICY_OPENER =
  /^(?:please (?:keep (?:your )?comments|be respectful in (?:the |your )?comments|read our comment)|comments (?:are|will be|may be) (?:moderated|reviewed|approved|held)|all comments (?:are|must|will)|we reserve the right to (?:remove|delete|edit) comments)\b/i;
const POLICY_WORD =
  /\b(?:civil|respectful|on[- ]topic|moderat\w*|review(?:ed)?|approv\w*|guidelines|policy|appear|offensive|abusive)\b/i;
const REPORTED = /\d|\b(?:said|says|told|according to)\b/i;
const ACTION =
  /^(?:(?:print|e-?mail|send|share|forward) this (?:article|story|page|post)(?: to a friend)?|printer[- ]friendly (?:version|page)|send (?:by|via) e-?mail|write a letter to the editor)$/i;
const FIELD_LABEL =
  /^(?:section|sections|category|categories|tags?|topics?|keywords|labels?|filed under|posted in|region|location)\s*:$/i;

/** The rule that removes this short block, or null. */
export function eraLine(text: string, len: number, last: boolean): string | null {
  if (len > MAX_CHARS) return null;
  const t = text.trim();
  if (POSTED_STAMP.test(t)) return 'posted-stamp';
  if (POWERED_COMMENTS.test(t)) return 'comment-system';
  if (isCommentPolicy(t)) return 'comment-policy';
  if (isActionRow(t)) return 'action-row';
  if (last && FIELD_LABEL.test(t)) return 'field-label';
  return null;
}

function isCommentPolicy(t: string): boolean {
  // A report about comments ("Comments are moderated by volunteers, who said 412 came in") counts or quotes.
  if (!POLICY_OPENER.test(t) || !POLICY_WORD.test(t) || REPORTED.test(t)) return false;
  const sentences = t.split(/(?<=[.!?])\s+/).filter(Boolean);
  return sentences.every((s) => /\bcomments?\b|\bmoderat/i.test(s));
}

function isActionRow(t: string): boolean {
  const items = t.split(/\s*[|•·]\s*/).filter(Boolean);
  return items.length > 0 && items.every((x) => ACTION.test(x));
}
