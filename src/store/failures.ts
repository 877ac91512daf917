// Recorded failures of a source's items: an item that failed a stage after its retries, or was refused
// (blocked address, too large, not an article, bad content type). Three keys per source:
//   failures:recent  capped list, newest first, for /api/sources and the dashboard
//   failures:open    url -> failure with what to send again; `retry --failed` takes them, accounting reads them
//   failures:counts  "stage\tcode" -> count since the source was first seen failing
import type { QueuePayloads } from '../queues.js';
import { key, type StoreCtx } from './context.js';

/** `websub`: our subscription to the source's hub, or content it pushed (see workers/websub-source.ts). */
export type FailureStage = 'fetch' | 'extract' | 'dedup' | 'topics' | 'websub';

export interface ItemFailure {
  url: string;
  stage: FailureStage;
  /** Stable code (BLOCKED_ADDRESS, TOO_LARGE, NOT_AN_ARTICLE, HTTP_STATUS, RangeError, ...): metrics and counts. */
  code: string;
  /** The reason in words, for a person. */
  reason: string;
  at: string;
  attempts: number;
}

/** What `retry --failed` enqueues to send the item through again. */
export type FailureRetry =
  { queue: 'fetch'; data: QueuePayloads['fetch'] } | { queue: 'topics'; data: QueuePayloads['topics'] };

export interface OpenFailure extends ItemFailure {
  sourceId: string;
  retry: FailureRetry | null;
}

export interface FailureCounts {
  total: number;
  byStage: Record<string, number>;
  byReason: Record<string, number>;
}

/** Recent failures kept per source; the counts keep the whole history. */
export const RECENT_FAILURES = 50;

const recentKey = (ctx: StoreCtx, id: string) => key(ctx, 'source', id, 'failures', 'recent');
const openKey = (ctx: StoreCtx, id: string) => key(ctx, 'source', id, 'failures', 'open');
const countsKey = (ctx: StoreCtx, id: string) => key(ctx, 'source', id, 'failures', 'counts');

export async function recordFailure(ctx: StoreCtx, f: OpenFailure): Promise<void> {
  const { sourceId, retry: _retry, ...shown } = f;
  await ctx.redis
    .multi()
    .lpush(recentKey(ctx, sourceId), JSON.stringify(shown))
    .ltrim(recentKey(ctx, sourceId), 0, RECENT_FAILURES - 1)
    .hset(openKey(ctx, sourceId), f.url, JSON.stringify(f))
    .hincrby(countsKey(ctx, sourceId), `${f.stage}\t${f.code}`, 1)
    .exec();
}

export async function recentFailures(ctx: StoreCtx, sourceId: string, limit = RECENT_FAILURES): Promise<ItemFailure[]> {
  const values = await ctx.redis.lrange(recentKey(ctx, sourceId), 0, Math.max(0, limit - 1));
  return values.map((v) => JSON.parse(v) as ItemFailure);
}

export async function failureCounts(ctx: StoreCtx, sourceId: string): Promise<FailureCounts> {
  const raw = await ctx.redis.hgetall(countsKey(ctx, sourceId));
  const out: FailureCounts = { total: 0, byStage: {}, byReason: {} };
  for (const [field, value] of Object.entries(raw)) {
    const [stage = '', code = ''] = field.split('\t');
    const n = Number(value);
    out.total += n;
    out.byStage[stage] = (out.byStage[stage] ?? 0) + n;
    out.byReason[code] = (out.byReason[code] ?? 0) + n;
  }
  return out;
}

/** Failures not sent through again since they were recorded, by URL. */
export async function openFailures(ctx: StoreCtx, sourceId: string): Promise<OpenFailure[]> {
  const raw = await ctx.redis.hvals(openKey(ctx, sourceId));
  return raw.map((v) => JSON.parse(v) as OpenFailure);
}

/** Remove and return the open failures (for a retry): each is recorded again if it fails again. */
export async function takeOpenFailures(ctx: StoreCtx, sourceId: string): Promise<OpenFailure[]> {
  const res = await ctx.redis.multi().hvals(openKey(ctx, sourceId)).unlink(openKey(ctx, sourceId)).exec();
  const values = (res?.[0]?.[1] ?? []) as string[];
  return values.map((v) => JSON.parse(v) as OpenFailure);
}

/** An item that now made it (a retry, a later poll): it is no longer an open failure. */
export async function resolveFailure(ctx: StoreCtx, sourceId: string, ...urls: string[]): Promise<void> {
  if (urls.length) await ctx.redis.hdel(openKey(ctx, sourceId), ...urls);
}
