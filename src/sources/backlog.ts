// sources[].maxItemsPerPoll: a feed of 20,000 new items must not queue 20,000 fetches at once. Each poll takes
// the newest items up to the cap; the rest stay unseen, so a later poll finds them again and takes the next ones.
import type { FeedItem } from '../model.js';

const timeOf = (i: FeedItem) => {
  const t = Date.parse(i.published ?? i.updated ?? '');
  return Number.isFinite(t) ? t : null;
};

/**
 * The newest `max` candidates (by published, else updated; undated ones after the dated, in feed order) and how
 * many are left for later polls. Pure.
 */
export function newestFirst<T extends { item: FeedItem }>(candidates: T[], max: number): { take: T[]; left: number } {
  if (candidates.length <= max) return { take: candidates, left: 0 };
  const sorted = candidates
    .map((c, i) => ({ c, i, t: timeOf(c.item) }))
    .sort((a, b) =>
      a.t !== null && b.t !== null ? b.t - a.t || a.i - b.i : a.t !== null ? -1 : b.t !== null ? 1 : a.i - b.i,
    );
  return { take: sorted.slice(0, max).map((x) => x.c), left: candidates.length - max };
}
