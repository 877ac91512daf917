// The pipeline's bookkeeping invariant, checked at the end of end-to-end tests: every item seen in a feed is an
// article, a duplicate, or a recorded failure of its source (items seen = articles + duplicates + failures).
// An item that is none of them was lost silently.
import { expect } from 'vitest';
import type { StoreCtx } from '../../src/store/context.js';
import { listSeenItems } from '../../src/store/sources.js';
import { findArticleIdByUrl, getArticle } from '../../src/store/articles.js';
import { openFailures } from '../../src/store/failures.js';

export interface ItemAccount {
  seen: number;
  articles: number;
  duplicates: number;
  failures: number;
  /** "source url" of every item that is none of the above. */
  lost: string[];
}

export async function accountItems(ctx: StoreCtx, sourceIds: string[]): Promise<ItemAccount> {
  const out: ItemAccount = { seen: 0, articles: 0, duplicates: 0, failures: 0, lost: [] };
  for (const sourceId of sourceIds) {
    const [seen, failed] = await Promise.all([listSeenItems(ctx, sourceId), openFailures(ctx, sourceId)]);
    const failedUrls = new Set(failed.map((f) => f.url));
    for (const item of seen.values()) {
      out.seen++;
      const id = await findArticleIdByUrl(ctx, item.url);
      const article = id ? await getArticle(ctx, id) : null;
      if (article?.duplicateOf) out.duplicates++;
      else if (article) out.articles++;
      else if (failedUrls.has(item.url)) out.failures++;
      else out.lost.push(`${sourceId} ${item.url}`);
    }
  }
  return out;
}

/** Asserts items seen = articles + duplicates + recorded failures, naming every lost item; returns the account. */
export async function expectNothingLost(ctx: StoreCtx, sourceIds: string[]): Promise<ItemAccount> {
  const a = await accountItems(ctx, sourceIds);
  expect(a.lost, `items seen but neither article, duplicate nor recorded failure`).toEqual([]);
  return a;
}
