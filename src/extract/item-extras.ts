// What a rail sets beside each item's link (red team 9): a date ("Mar 4, 2019"), an age ("3 hours ago",
// "2h"), an outlet ("(Reuters)", "— The Guardian"), a comment count ("12 comments"), a rank ("1.", "2)"), a
// kicker before the link ("Politics |").
// Text between two links that is only such extras and separators keeps a run of links a list; any other word
// makes it running text.

/** A month's name, whole or cut ("Mar", "March", "Sept"), for case-blind patterns. */
export const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';

const DATE_AGE_COUNT = new RegExp(
  [
    String.raw`\b${MONTH_NAME}\.? \d{1,2},? \d{4}\b`,
    String.raw`\b\d{1,2} ${MONTH_NAME} \d{4}\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,3} (?:mins?|minutes?|hours?|hrs?|days?|weeks?) ago\b`,
    String.raw`\b\d{1,2} ?(?:h|hr|m|min|d)\b`,
    String.raw`\b\d{1,5} comments?\b`,
  ].join('|'),
  'gi',
);
/** "(Reuters)", "— The Guardian": capitalised words in brackets or after a dash. */
const OUTLET = new RegExp(
  [
    String.raw`\(\s*\p{Lu}[\p{L}.&'’]*(?: \p{Lu}[\p{L}.&'’]*){0,2}\s*\)`,
    String.raw`[—–] (?:The )?\p{Lu}[\p{L}.&'’]*(?: \p{Lu}[\p{L}.&'’]*){0,2}`,
  ].join('|'),
  'gu',
);
/** A kicker: one or two capitalised words and a separator, before the link ("Politics | ", "Local News •"). */
const KICKER = /(?:^|\s)\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? ?[|•·](?=\s|$)/gu;
/** A rank number standing alone: "1.", "12)". */
const RANK = /(?:^|\s)\d{1,2}[.)](?=\s|$)/g;

/**
 * `t` (text between or after items) is only extras and `separators`. `leading`: the text before the first item,
 * where only a rank or a kicker may stand.
 */
export function isItemExtra(t: string, separators: RegExp, leading = false): boolean {
  const lead = t.replace(RANK, ' ').replace(KICKER, ' ');
  const rest = leading ? lead : lead.replace(DATE_AGE_COUNT, ' ').replace(OUTLET, ' ');
  return rest !== t && separators.test(rest);
}

/** What a rail counts beside a headline: views, shares, likes, reading time. */
const TALLY = /\b\d[\d,.]*k? ?(?:views?|shares?|reads?|likes?|min(?:ute)?s? read)\b/gi;

/**
 * `t` (an item's text outside its link) holds a figure of the item's own: a share, a score, a count of votes
 * ("– 96%", "(Labour) 1,274"). A list whose every item has one is a table of results (guards 9), not a rail: a
 * rail sets dates, ages, ranks and tallies beside its links, never a figure that ranks them.
 */
export function holdsFigure(t: string): boolean {
  const rest = t.replace(RANK, ' ').replace(DATE_AGE_COUNT, ' ').replace(TALLY, ' ');
  return /\d/.test(rest);
}
