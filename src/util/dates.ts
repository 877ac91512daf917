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

/** ISO 8601 of a representable date, else null (missing, unreadable, before 1970 or after year 9999). */
export function representableIso(value: string | null | undefined): string | null {
  if (!value || !value.trim()) return null;
  const t = Date.parse(value.trim());
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
