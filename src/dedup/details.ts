// Detail terms: the dates and numbers an article's prose tells (a day, a year, a toll, a score, an age). Two
// incidents of one kind (two bank bombings, two rehab check-ins) share their words; these details differ.
// Only prose counts: a page's own stamps ("Updated 10:32 AM, March 3, 2011", "Posted: 04/9/2012 8:33 am",
// "May 02, 2013" alone on a line), bylines and credits fall on the day of publication, which in a live stream
// is the same day for two different incidents and years apart for two reports of one. They are told apart by
// shape, not by site: a stamp is a line of dates, times and stamp words, or a date glued to a clock time.
//   d:<day>   a month and day ("March 3", "3 March", "Mar. 3", "June 8th"), as the day of a 365-day year, so
//             that termId can keep the day itself in the id and two dates a few days apart can be compared
//             (story-score.ts) where only ids are kept (a story centroid)
//   n:<n>     numbers as numbersOf reads them, and counts: "five people", "5 dead" (one digit or a number
//             word before a lowercase word)
//   y:<year>  years (1900 to 2099)

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
/** First day of each month in a 365-day year: the same day of the month is the same term, whatever the year. */
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
export const DAYS_IN_YEAR = 365;

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const MONTH_DAY = new RegExp(
  String.raw`(?<![\p{L}])${MONTH}[ \t]+${DAY}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])${DAY}[ \t]+(?:of[ \t]+)?${MONTH}(?![\p{L}])`,
  'giu',
);
const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?`;
// A clock time as pages print it, ECB+'s spaced colons included: "10:32 AM", "4: 16 PM", "11: 55p", "13: 38 GMT".
// "10.32am" too, but not "2.44 million" or "$46.64".
const CLOCK = String.raw`(?<![\p{N}.$])\d{1,2}(?:[ \t]?:[ \t]?\d\d(?:[ \t]?:[ \t]?\d\d)?(?:[ \t]*[AaPp]\.?[ \t]?[Mm]?\.?(?![\p{L}]))?|\.\d\d[ \t]*[AaPp]\.?[ \t]?[Mm]\.?(?![\p{L}]))(?:[ \t]*(?:[A-Z]{1,3}T|UTC|IST)(?![\p{L}]))?`;
const NUMERIC_DATE = String.raw`(?<![\p{N}])\d{1,4}[ \t]?[/-][ \t]?\d{1,2}[ \t]?[/-][ \t]?(?:\d{4}|\d{2})(?![\p{N}])`;
const LONG_DATE = String.raw`(?:${WEEKDAY},?[ \t]+)?(?:${MONTH}[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}|\d{1,2}[ \t]+${MONTH},?[ \t]+\d{4}|${NUMERIC_DATE})`;
/** A date with a clock time before or after it, or a clock time alone: a stamp wherever it stands. */
const STAMP = new RegExp(
  String.raw`(?:${LONG_DATE}[ \t,.|-]*(?:at[ \t]+)?)?${CLOCK}(?:[ \t,|-]*(?:on[ \t]+)?${LONG_DATE})?|${NUMERIC_DATE}`,
  'giu',
);
/** Words a stamp, byline or credit line is made of, besides dates and times. */
const STAMP_WORDS = new Set(
  `updated update published posted last modified on at by and am pm a p et gmt utc est edt cst cdt pst pdt ist bst
  cet cest photo photos credit image images copyright file filed source staff writer reporter editor wire
  jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october
  nov november dec december mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat
  saturday sun sunday th st nd rd`.split(/\s+/),
);
const STAMP_OPENER =
  /^[ \t]*(?:last[ \t]+)?(?:updated|published|posted|modified|photo|credit|copyright|©|image|by)\b/iu;
const WORD = /\p{L}+/gu;

/**
 * The prose lines of a text, stamps cut out: a line that is only dates, times and stamp words, or opens as a
 * stamp, byline or credit does ("Updated ...", "By ...", "Photo: ..."), is dropped whole; elsewhere a date with a
 * clock time is cut out of the line ("charged againJuly 23, 2008. 4: 49 pm").
 */
export function proseOf(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (STAMP_OPENER.test(line)) continue;
    const cut = line.replace(STAMP, ' ');
    const words = cut.match(WORD) ?? [];
    const own = words.filter((w) => !STAMP_WORDS.has(w.toLowerCase())).length;
    if (own === 0 || (own < 2 && !/[.!?]["”’)]?[ \t]*$/u.test(cut))) continue;
    out.push(cut);
  }
  return out.join('\n');
}

/** Days named in prose: a month and a day, as the day of the year (see MONTH_START). */
export function daysOf(prose: string): number[] {
  const out: number[] = [];
  for (const m of prose.matchAll(MONTH_DAY)) {
    const month = MONTHS.indexOf((m[1] ?? m[4]!).slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
    const day = Number(m[2] ?? m[3]);
    if (month >= 0) out.push(MONTH_START[month]! + day - 1);
  }
  return out;
}

const NUMBER = /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{N}])/gu;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
// A count: a single digit or a number word, then a lowercase word ("5 people", "five dead", "three-year").
const COUNT_WORDS = Object.keys(NUMBER_WORDS).flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
const COUNT = new RegExp(String.raw`(?<![\p{L}\p{N}.,$])(\d|${COUNT_WORDS.join('|')})(?:[ \t]+|-)(?=\p{Ll})`, 'gu');
const YEAR = /^(?:19|20)\d\d$/;

/** Numbers of prose as terms: "n:23", "y:2011"; counts told in words or one digit as "n:5". */
export function numberTermsOf(prose: string): string[] {
  const out: string[] = [];
  for (const m of prose.matchAll(NUMBER)) {
    const n = m[0].replace(/,/g, '');
    if (n.replace(/\.\d+$/, '').length >= 2 || n.includes('.')) out.push(YEAR.test(n) ? `y:${n}` : `n:${n}`);
  }
  for (const m of prose.matchAll(COUNT)) {
    const w = m[1]!;
    const n = w.length === 1 && w >= '0' && w <= '9' ? Number(w) : NUMBER_WORDS[w.toLowerCase()];
    if (n !== undefined && n >= 2) out.push(`n:${n}`);
  }
  return out;
}

/** Detail terms of one stretch of prose: its days and its numbers. */
export function detailTermsOf(prose: string): string[] {
  return [...daysOf(prose).map((d) => `d:${d}`), ...numberTermsOf(prose)];
}

/** Days apart on a 365-day year, across the new year too (Dec 30 and Jan 2 are 3 days apart). */
export function daysApart(a: number, b: number): number {
  const d = Math.abs(a - b) % DAYS_IN_YEAR;
  return Math.min(d, DAYS_IN_YEAR - d);
}
