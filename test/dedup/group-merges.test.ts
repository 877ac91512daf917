// PendingMerges: the deduper's late merges pass through to its redirects and are held, by survivor, until taken.
import { describe, expect, it } from 'vitest';
import { PendingMerges } from '../../src/dedup/group-merges.js';
import { MemoryStoryRedirects } from '../../src/dedup/story-merge.js';

describe('PendingMerges', () => {
  it('notes each merge once per survivor, keeps the redirect, and empties on take', async () => {
    const base = new MemoryStoryRedirects();
    const pending = new PendingMerges();
    const r = pending.wrap(base);
    await r.merge('s-1', ['s-2', 's-1'], 'a9', 0);
    await r.merge('s-1', ['s-3', 's-2'], 'a9', 0);
    await r.merge('s-4', ['s-5'], 'a9', 0);
    expect((await r.resolve(['s-2', 's-5'])).get('s-2')).toBe('s-1');
    expect([...pending.take()]).toEqual([
      ['s-1', ['s-2', 's-3']],
      ['s-4', ['s-5']],
    ]);
    expect(pending.take().size).toBe(0);
  });

  it('holds nothing when the deduper merged nothing', async () => {
    const pending = new PendingMerges();
    const r = pending.wrap(new MemoryStoryRedirects());
    expect((await r.resolve(['s-1'])).size).toBe(0);
    expect(pending.take().size).toBe(0);
  });
});
