import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRepresentableTime, readDate, representableIso, timeOrFetched } from '../../src/util/dates.js';
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
