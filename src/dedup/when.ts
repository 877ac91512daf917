// When an event happened, as the text says it: "Dec. 14", "14 December", "June 8th". Two incidents
// of one kind (two shootings in one city, two quakes on one island) share their words, rarely their day; the
// reports of one incident repeat it ("the shooting of Dec. 14"). Read as terms of the "y" kind (with years).
// Weekdays are left out: one article in seven shares each, and a lone shared weekday made the similarity of the
// "y" kind look perfect.
// Hand-written patterns rather than a date library: the day and month as written are the detail, not an
// instant (most reports give no year).

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}[ \t]+${DAY}\b|\b${DAY}[ \t]+(?:of[ \t]+)?${MONTH}(?![\p{L}])`, 'gu');

const monthOf = (m: string) => MONTHS[MONTHS.indexOf(m.slice(0, 3).toLowerCase() as (typeof MONTHS)[number])];

/** Days named in a text: "dec 14" for a month and day. */
export function daysOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = monthOf(m[1] ?? m[4]!);
    const day = Number(m[2] ?? m[3]);
    if (month) out.push(`${month} ${day}`);
  }
  return out;
}
