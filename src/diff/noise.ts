// What a sentence says once the noise a publisher changes on every render is taken out: timestamps
// ("Updated 3:15 p.m. ET"), relative dates ("2 hours ago"), engagement counters ("1,234 comments"), case,
// accents, whitespace and punctuation. Two sentences with equal keys are the same sentence for revision diffs.
import { fold } from '../text/words.js';

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s*\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:,?\s*\d{4})?|\d{4}-\d{2}-\d{2}(?:t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?|\d{1,2}/\d{1,2}/\d{2,4}|${MONTH}\s+\d{4})`;
const TIME = String.raw`(?:\d{1,2}(?:[:.]\d{2}){1,2}(?:\s*[ap]\.?\s?m\b\.?)?|\d{1,2}\s*[ap]\.?\s?m\b\.?)`;
const TZ = String.raw`(?:et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|gmt|utc|bst|cet|cest|eet|eest|msk|jst|aest|aedt)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\b`;
const STAMP_PART = String.raw`(?:${DATE}|${TIME}|${WEEKDAY}|${TZ}|at\b|on\b|today\b|yesterday\b)`;
const STAMP_RUN = String.raw`(?:${STAMP_PART}[\s,|\u00b7\u2013\u2014-]*)+`;

/** "Updated 3:15 p.m. ET", "Published: Dec. 3, 2024 at 10:02", "Last modified on Tuesday". */
const UPDATE_STAMP = new RegExp(
  String.raw`\b(?:last\s+)?(?:updated|published|posted|modified|edited)\b\s*:?\s*${STAMP_RUN}`,
  'gu',
);
/** "as of 10:00 UTC" on tickers and live widgets: the render time, not the story. */
const AS_OF_STAMP = new RegExp(String.raw`\bas\s+of\s+${STAMP_RUN}`, 'gu');
/** A sentence that is nothing but a date or time (a dateline line). */
const ONLY_STAMP = new RegExp(String.raw`^[\s,|\u00b7\u2013\u2014-]*${STAMP_RUN}$`, 'u');
const RELATIVE = new RegExp(
  String.raw`\b(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several)\s+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)|\d+\s*[smhdw])\s+ago\b|\b(?:just now|moments ago)\b`,
  'gu',
);
// "12 shares of the company" is news, not a counter.
const COUNTER =
  /\b\d[\d,.]*\s*[km]?\+?\s+(?:comments?|shares?|views?|likes?|reactions?|replies|reply|retweets?|reposts?|reads?)\b(?!\s+(?:of|in)\b)/gu;
const READ_TIME = /\b\d+\s*-?\s*min(?:ute)?s?\s+read\b/gu;

/** The comparable content of a sentence; empty when the sentence is only noise. */
export function noiseKey(sentence: string): string {
  let s = fold(sentence)
    // "1,234" and "1234", "Ukraine's" and "Ukraines" differ only by punctuation.
    .replace(/(\d)[,\u00a0\u202f](?=\d{3}\b)/gu, '$1')
    .replace(/['\u2018\u2019\u02bc`]/gu, '');
  if (ONLY_STAMP.test(s)) return '';
  s = s
    .replace(UPDATE_STAMP, ' ')
    .replace(AS_OF_STAMP, ' ')
    .replace(RELATIVE, ' ')
    .replace(COUNTER, ' ')
    .replace(READ_TIME, ' ');
  return s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The numbers a key mentions, in order. */
export function keyNumbers(key: string): string[] {
  return key.match(/\p{N}+/gu) ?? [];
}
