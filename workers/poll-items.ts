// The items of a feed, polled or pushed by a WebSub hub, to fetch jobs: those never seen or whose entry changed,
// newest first up to sources[].maxItemsPerPoll. Shared by workers/poll.ts and workers/websub-source.ts so a
// pushed feed is taken exactly as a polled one.
import type { PipelineDeps } from '../src/deps.js';
import type { SourceConfig } from '../src/config/schema.js';
import type { FeedItem } from '../src/model.js';
import { newestFirst } from '../src/sources/backlog.js';
import { getSeenItems, markItemsSeen, type SeenItem } from '../src/store/sources.js';
import { shortHash } from '../src/util/hash.js';
import { recordItemFailure } from './failures.js';

export interface TakenItems {
  fresh: number;
  updated: number;
  /** Candidates left for later polls (over the cap). */
  left: number;
}

export async function takeFeedItems(deps: PipelineDeps, source: SourceConfig, items: FeedItem[]): Promise<TakenItems> {
  const seen = await getSeenItems(
    deps.ctx,
    source.id,
    items.map((i) => i.key),
  );
  const candidates = items
    .map((item) => ({ item, prev: seen.get(item.key) }))
    .filter(({ item, prev }) => !prev || prev.entryHash !== item.entryHash);
  const changed = new Map<string, SeenItem>();
  // Nothing to fetch: an item with no http(s) link (nor a permalink guid) is a failure of its source, recorded
  // once per version of the entry (a later version that gains a link is fetched), never dropped in silence.
  for (const { item } of candidates.filter(({ item }) => !item.link)) {
    // Failures are kept by URL: the feed's, told apart per item by a fragment.
    const url = `${source.url.split('#')[0]}#item-${shortHash(item.key, 12)}`;
    await recordItemFailure(deps, {
      sourceId: source.id,
      url,
      stage: 'fetch',
      code: 'NO_LINK',
      detail: item.title ? `"${item.title.slice(0, 120)}"` : '',
      attempts: 0,
      retry: null,
    });
    changed.set(item.key, { entryHash: item.entryHash, url });
  }
  const { take, left } = newestFirst(
    candidates.filter(({ item }) => item.link),
    source.maxItemsPerPoll,
  );
  let fresh = 0;
  let updated = 0;
  for (const { item, prev } of take) {
    const reason = prev ? 'entry-changed' : 'new';
    await deps.enqueue(
      'fetch',
      { sourceId: source.id, url: item.link, item, reason, step: 0 },
      { jobId: `fetch-${shortHash(`${source.id}\n${item.key}\n${item.entryHash}`, 24)}` },
    );
    changed.set(item.key, { entryHash: item.entryHash, url: item.link });
    if (prev) updated++;
    else fresh++;
  }
  // Marked after enqueueing: a crash in between re-enqueues on the next poll (the job id stops doubles).
  await markItemsSeen(deps.ctx, source.id, changed);
  return { fresh, updated, left };
}
