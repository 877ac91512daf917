// Dates the pipeline can represent: from 1970 (the dedup index keeps times as unsigned minutes since the epoch)
// up to the end of year 9999 (RFC 3339, which feeds and the API speak, has four-digit years). Anything else a
// feed or page says (1900, 1969-12-31T23:59:59Z, +275760-01-01, "yesterday-ish") is an unknown date: the
// pipeline uses the fetch time and keeps what the publisher wrote as text.

export const EARLIEST_MS = 0;
/** 10000-01-01T00:00:00Z, excluded. */
export const END_MS = Date.UTC(10000, 0, 1);

/** Milliseconds since the epoch when `ms` is a time the pipeline can represent. */
export function isRepresentableTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_MS && ms < END_MS;
}

/**
 * Zone abbreviations feeds write after an RFC 822 time that Date.parse does not know (it reads only GMT, UT, UTC
 * and the US zones). Only unambiguous ones: IST, AST and the like mean different offsets in different places.
 * BST is British Summer Time, the only reading in English-language news feeds.
 */
const ZONE_OFFSETS: Record<string, string> = {
  WET: '+0000',
  WEST: '+0100',
  BST: '+0100',
  CET: '+0100',
  MET: '+0100',
  CEST: '+0200',
  MEST: '+0200',
  EET: '+0200',
  EEST: '+0300',
  MSK: '+0300',
  HKT: '+0800',
  SGT: '+0800',
  AWST: '+0800',
  JST: '+0900',
  KST: '+0900',
  ACST: '+0930',
  ACDT: '+1030',
  AEST: '+1000',
  AEDT: '+1100',
  NZST: '+1200',
  NZDT: '+1300',
  AKST: '-0900',
  AKDT: '-0800',
  HST: '-1000',
};
const TRAILING_ZONE = /\s([A-Za-z]{3,4})$/;

/** Milliseconds since the epoch, or NaN: Date.parse, then once more with a known zone name as an offset. */
export function parseDateText(value: string): number {
  const text = value.trim();
  const t = Date.parse(text);
  if (!Number.isNaN(t)) return t;
  const zone = TRAILING_ZONE.exec(text);
  const offset = zone ? ZONE_OFFSETS[(zone[1] as string).toUpperCase()] : undefined;
  return offset ? Date.parse(`${text.slice(0, zone?.index)} ${offset}`) : NaN;
}

/** ISO 8601 of a representable date, else null (missing, unreadable, before 1970 or after year 9999). */
export function representableIso(value: string | null | undefined): string | null {
  if (!value || !value.trim()) return null;
  const t = parseDateText(value);
  return isRepresentableTime(t) ? new Date(t).toISOString() : null;
}

export interface ReadDate {
  /** ISO 8601 when representable, else null. */
  iso: string | null;
  /** What the publisher wrote, when it was given but is not a representable date (kept for people to read). */
  text: string | null;
}

/** Cap on the text kept of an unreadable date: it is shown, never parsed again. */
const TEXT_MAX = 200;

export function readDate(value: string | null | undefined): ReadDate {
  const iso = representableIso(value);
  const given = value?.trim() ?? '';
  return { iso, text: iso === null && given ? given.slice(0, TEXT_MAX) : null };
}

/** The time to use for an item: its date when representable, else the fetch time. */
export function timeOrFetched(value: string | null | undefined, fetchedAt: string): string {
  return representableIso(value) ?? fetchedAt;
}

/**
 * An article's publication date: the page's declared date, else the feed's, else a day the page only shows in its
 * text (a byline's date, as 00:00 UTC: right day, no time), else null. Each must be representable.
 */
export function articleDate(
  page: { published: string | null; publishedShown?: true },
  feedPublished: string | null | undefined,
): string | null {
  const fromPage = representableIso(page.published);
  return (page.publishedShown ? null : fromPage) ?? representableIso(feedPublished) ?? fromPage;
}
