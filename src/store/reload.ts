// Config reloads across processes: a reload request is published on one channel per prefix, every process
// subscribed to it re-reads its own config, and each answers in a hash per request (field: the process, value:
// its result), which `deltafeed reload` reads back. The answers expire after a day.
import type { Redis } from 'ioredis';
import { key, type StoreCtx } from './context.js';

const channel = (ctx: StoreCtx) => key(ctx, 'reload', 'requests');
const answersKey = (ctx: StoreCtx, requestId: string) => key(ctx, 'reload', 'answers', requestId);
const ANSWER_TTL_S = 86_400;

export interface ReloadRequest {
  id: string;
  /** Who asked: "cli" or a process id (a SIGHUP). */
  from: string;
}

export interface ReloadAnswer {
  process: string;
  roles: string[];
  /** "reloaded" (changes applied), "unchanged", or "refused" (the old config keeps running). */
  result: 'reloaded' | 'unchanged' | 'refused';
  /** What changed, one line per kind (describeChanges), or the config's problems when refused. */
  lines: string[];
  at: string;
}

/** Publishes a request; returns how many processes are listening (each should answer). */
export function publishReload(ctx: StoreCtx, req: ReloadRequest): Promise<number> {
  return ctx.redis.publish(channel(ctx), JSON.stringify(req));
}

export async function answerReload(ctx: StoreCtx, requestId: string, answer: ReloadAnswer): Promise<void> {
  const k = answersKey(ctx, requestId);
  await ctx.redis.multi().hset(k, answer.process, JSON.stringify(answer)).expire(k, ANSWER_TTL_S).exec();
}

export async function reloadAnswers(ctx: StoreCtx, requestId: string): Promise<ReloadAnswer[]> {
  const all = await ctx.redis.hgetall(answersKey(ctx, requestId));
  return Object.values(all)
    .map((v) => JSON.parse(v) as ReloadAnswer)
    .sort((a, b) => a.process.localeCompare(b.process));
}

/**
 * Calls `onRequest` for every reload request. Subscribing takes a connection of its own (a subscribed
 * connection can do nothing else); it reconnects and resubscribes by itself. Resolves once subscribed; the
 * returned function unsubscribes and closes it.
 */
export async function subscribeReloads(
  ctx: StoreCtx,
  onRequest: (req: ReloadRequest) => void,
  onError: (err: Error) => void,
): Promise<() => void> {
  const sub: Redis = ctx.redis.duplicate();
  sub.on('error', onError);
  const name = channel(ctx);
  sub.on('message', (ch: string, message: string) => {
    if (ch !== name) return;
    try {
      const req = JSON.parse(message) as ReloadRequest;
      if (typeof req.id === 'string') onRequest(req);
    } catch {
      onError(new Error(`ignored a malformed reload request: ${message.slice(0, 200)}`));
    }
  });
  await sub.subscribe(name);
  return () => sub.disconnect();
}
