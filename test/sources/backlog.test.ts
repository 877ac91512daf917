import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../src/sources/backlog.js';
import type { FeedItem } from '../../src/model.js';

const item = (key: string, published: string | null, updated: string | null = null): { item: FeedItem } => ({
  item: { key, link: `https://x.test/${key}`, title: key, published, updated, summary: null, entryHash: key },
});

describe('newestFirst (sources[].maxItemsPerPoll)', () => {
  it('takes everything under the cap, in feed order', () => {
    const c = [item('a', null), item('b', '2024-01-01T00:00:00Z')];
    expect(newestFirst(c, 2)).toEqual({ take: c, left: 0 });
  });

  it('takes the newest by published, else updated; undated after the dated, in feed order', () => {
    const c = [
      item('undated-1', null),
      item('old', '2020-01-01T00:00:00Z'),
      item('new', '2024-05-01T00:00:00Z'),
      item('updated-only', null, '2023-01-01T00:00:00Z'),
      item('undated-2', null),
    ];
    expect(newestFirst(c, 3).take.map((x) => x.item.key)).toEqual(['new', 'updated-only', 'old']);
    expect(newestFirst(c, 4)).toMatchObject({ left: 1 });
    expect(newestFirst(c, 4).take.map((x) => x.item.key)).toEqual(['new', 'updated-only', 'old', 'undated-1']);
  });
});
