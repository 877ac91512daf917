// Topic state (claims, status) and its updates. The state is one JSON document per topic, changed only under
// the topic's lock (see locks.ts), so concurrent workers never lose each other's claims.
import type { TopicUpdate } from '../model.js';
import type { TopicState } from '../topics/engine.js';
import { key, type StoreCtx } from './context.js';
import { getJson, getJsonMany, newestMembers } from './json.js';

const stateKey = (ctx: StoreCtx, topicId: string) => key(ctx, 'topic', topicId, 'state');
const updatesKey = (ctx: StoreCtx, topicId: string) => key(ctx, 'topic', topicId, 'updates');
const updateKey = (ctx: StoreCtx, topicId: string, updateId: string) => key(ctx, 'topic', topicId, 'update', updateId);

export function getTopicState(ctx: StoreCtx, topicId: string): Promise<TopicState | null> {
  return getJson<TopicState>(ctx, stateKey(ctx, topicId));
}

/** Save the state and, if any, the update it produced, in one transaction. */
export async function saveTopicState(ctx: StoreCtx, state: TopicState, update: TopicUpdate | null): Promise<void> {
  const tx = ctx.redis.multi().set(stateKey(ctx, state.topicId), JSON.stringify(state));
  if (update) {
    tx.set(updateKey(ctx, update.topicId, update.id), JSON.stringify(update));
    tx.zadd(updatesKey(ctx, update.topicId), Date.parse(update.at), update.id);
  }
  await tx.exec();
}

export function getTopicUpdate(ctx: StoreCtx, topicId: string, updateId: string): Promise<TopicUpdate | null> {
  return getJson<TopicUpdate>(ctx, updateKey(ctx, topicId, updateId));
}

export async function hasTopicUpdate(ctx: StoreCtx, topicId: string, updateId: string): Promise<boolean> {
  return (await ctx.redis.exists(updateKey(ctx, topicId, updateId))) === 1;
}

export function countTopicUpdates(ctx: StoreCtx, topicId: string): Promise<number> {
  return ctx.redis.zcard(updatesKey(ctx, topicId));
}

export async function listTopicUpdates(
  ctx: StoreCtx,
  topicId: string,
  offset: number,
  limit: number,
): Promise<{ items: TopicUpdate[]; total: number }> {
  const { members, total } = await newestMembers(ctx, updatesKey(ctx, topicId), offset, limit);
  return {
    items: await getJsonMany<TopicUpdate>(
      ctx,
      members.map((id) => updateKey(ctx, topicId, id)),
    ),
    total,
  };
}
