import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleDate, isRepresentableTime, readDate, representableIso, timeOrFetched } from '../../src/util/dates.js';
import { toFeedItem } from '../../src/sources/item.js';

const FETCHED = '2026-03-01T10:00:00.000Z';

describe('dates the pipeline can represent', () => {
  it.each([
    ['1900-01-01T00:00:00Z', 'before 1970'],
    ['1969-12-31T23:59:59Z', 'one second before the epoch'],
    ['275760-01-01', 'past year 9999'],
    ['+010000-01-01T00:00:00Z', 'year 10000'],
    ['garbage', 'not a date'],
  ])('%s (%s) is unknown: fetch time used, text kept', (value) => {
    expect(representableIso(value)).toBeNull();
    expect(readDate(value)).toEqual({ iso: null, text: value });
    expect(timeOrFetched(value, FETCHED)).toBe(FETCHED);
  });

  it('keeps the dates it can represent', () => {
    expect(representableIso('1970-01-01T00:00:00Z')).toBe('1970-01-01T00:00:00.000Z');
    expect(representableIso('Tue, 03 Dec 2024 14:05:00 GMT')).toBe('2024-12-03T14:05:00.000Z');
    expect(representableIso('9999-12-31T23:59:59Z')).toBe('9999-12-31T23:59:59.000Z');
    expect(readDate('  ')).toEqual({ iso: null, text: null });
  });

  it('every representable time fits the unsigned 32-bit minutes the dedup index stores', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (ms) => {
        if (!isRepresentableTime(ms)) return;
        const buf = Buffer.alloc(4);
        buf.writeUInt32BE(Math.floor(ms / 60_000));
      }),
      { numRuns: 2000 },
    );
  });

  it('a feed item with an unrepresentable date has no published date and keeps the text', () => {
    const item = toFeedItem(
      {
        guid: 'g1',
        link: 'https://example.com/a',
        title: 'T',
        published: '1969-12-31T23:59:59Z',
        updated: null,
        summary: '',
      },
      'https://example.com/feed',
    );
    expect(item.published).toBeNull();
    expect(item.publishedText).toBe('1969-12-31T23:59:59Z');
  });
});

describe('zone names Date.parse does not know', () => {
  it.each([
    ['Wed, 04 Dec 2024 09:30:00 CET', '2024-12-04T08:30:00.000Z'],
    ['Wed, 04 Jun 2025 09:30:00 CEST', '2025-06-04T07:30:00.000Z'],
    ['Wed, 04 Jun 2025 09:30:00 bst', '2025-06-04T08:30:00.000Z'],
    ['Thu, 05 Dec 2024 18:00:00 AEDT', '2024-12-05T07:00:00.000Z'],
    ['2024-12-04 09:30 JST', '2024-12-04T00:30:00.000Z'],
  ])('%s is read with its offset', (value, iso) => {
    expect(representableIso(value)).toBe(iso);
  });

  it('leaves the zones Date.parse knows as they were, and ambiguous or unknown names unread', () => {
    expect(representableIso('Wed, 04 Dec 2024 09:30:00 EST')).toBe('2024-12-04T14:30:00.000Z');
    expect(representableIso('Wed, 04 Dec 2024 09:30:00 GMT')).toBe('2024-12-04T09:30:00.000Z');
    // IST is India, Ireland or Israel: better the fetch time than a guess hours off.
    expect(readDate('Wed, 04 Dec 2024 09:30:00 IST')).toEqual({ iso: null, text: 'Wed, 04 Dec 2024 09:30:00 IST' });
    expect(representableIso('Wed, 04 Dec 2024 09:30:00 XYZ')).toBeNull();
    expect(representableIso('yesterday CET')).toBeNull();
  });
});

describe("an article's publication date", () => {
  const feed = 'Mon, 03 Mar 2025 14:20:00 GMT';
  it("is the page's declared date first, then the feed's", () => {
    expect(articleDate({ published: '2025-03-03T08:15:00Z' }, feed)).toBe('2025-03-03T08:15:00.000Z');
    expect(articleDate({ published: null }, feed)).toBe('2025-03-03T14:20:00.000Z');
  });

  it("prefers the feed's date, with its time, to a day the page only shows in its text", () => {
    const shown = { published: '2025-03-03T00:00:00.000Z', publishedShown: true as const };
    expect(articleDate(shown, feed)).toBe('2025-03-03T14:20:00.000Z');
    expect(articleDate(shown, null)).toBe('2025-03-03T00:00:00.000Z');
    expect(articleDate(shown, 'not a date')).toBe('2025-03-03T00:00:00.000Z');
  });

  it('is null when nothing representable is given', () => {
    expect(articleDate({ published: 'someday' }, 'not a date')).toBeNull();
    expect(articleDate({ published: null }, undefined)).toBeNull();
  });
});
