// Per-source polling state and the items already seen (item key -> entry hash and article).
import type { SourceState } from '../model.js';
import { key, type StoreCtx } from './context.js';
import { getJson } from './json.js';

const stateKey = (ctx: StoreCtx, id: string) => key(ctx, 'source', id, 'state');
const itemsKey = (ctx: StoreCtx, id: string) => key(ctx, 'source', id, 'items');

export function emptySourceState(id: string, url: string): SourceState {
  return {
    id,
    url,
    lastPollAt: null,
    lastStatus: null,
    lastError: null,
    consecutiveFailures: 0,
    nextPollAt: null,
    items: 0,
    etag: null,
    lastModified: null,
    bodyHash: null,
    disabled: null,
    failingNotified: false,
  };
}

export async function getSourceState(ctx: StoreCtx, id: string, url: string): Promise<SourceState> {
  const s = await getJson<SourceState>(ctx, stateKey(ctx, id));
  // A changed URL in the config starts afresh: the old validators belong to another document.
  if (!s || s.url !== url) return emptySourceState(id, url);
  return s;
}

export async function saveSourceState(ctx: StoreCtx, s: SourceState): Promise<void> {
  await ctx.redis.set(stateKey(ctx, s.id), JSON.stringify(s));
}

export interface SeenItem {
  entryHash: string;
  url: string;
}

export async function getSeenItems(
  ctx: StoreCtx,
  sourceId: string,
  itemKeys: string[],
): Promise<Map<string, SeenItem>> {
  const out = new Map<string, SeenItem>();
  if (!itemKeys.length) return out;
  const values = await ctx.redis.hmget(itemsKey(ctx, sourceId), ...itemKeys);
  values.forEach((v, i) => {
    if (v !== null) out.set(itemKeys[i] as string, JSON.parse(v) as SeenItem);
  });
  return out;
}

export async function markItemsSeen(ctx: StoreCtx, sourceId: string, items: Map<string, SeenItem>): Promise<void> {
  if (!items.size) return;
  const fields: Record<string, string> = {};
  for (const [k, v] of items) fields[k] = JSON.stringify(v);
  await ctx.redis.hset(itemsKey(ctx, sourceId), fields);
}

export function countSeenItems(ctx: StoreCtx, sourceId: string): Promise<number> {
  return ctx.redis.hlen(itemsKey(ctx, sourceId));
}

/** Every item seen of a source (item key -> entry hash and link); for accounting checks and tools. */
export async function listSeenItems(ctx: StoreCtx, sourceId: string): Promise<Map<string, SeenItem>> {
  const raw = await ctx.redis.hgetall(itemsKey(ctx, sourceId));
  return new Map(Object.entries(raw).map(([k, v]) => [k, JSON.parse(v) as SeenItem]));
}
