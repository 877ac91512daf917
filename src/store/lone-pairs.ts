// The wait of stories of one in Redis (see HeldPair in src/dedup/story-merge.ts and src/dedup/young-stories.ts),
// one script call per article, the same steps as MemoryStoryRedirects.settleLone:
//   stories:lone:clock     string  the stream's clock (the latest article time seen, ms)
//   stories:lone:held      zset    JSON [lone, newer, articleId, p] -> the clock reading its wait ends at
//   stories:lone:decided   zset    story id turned down by a third article -> the clock reading it was
// All three expire together (LONE_TTL_S after the last article) and hold at most one wait's worth of entries.
import type { Redis } from 'ioredis';
import type { HeldPair, LoneStep } from '../dedup/story-merge.js';
import { key, type StoreCtx } from './context.js';
import { luaCommand } from './lua-command.js';

/** Seconds the wait's keys outlive the last article (a week: longer than the wait, the copies' window of 3 days at most). */
export const LONE_TTL_S = 7 * 86_400;

// KEYS: clock, held, decided. ARGV: time, waitMs, ttl, held pair ('' for none), decided ids...
const SETTLE = `
local now = tonumber(ARGV[1])
local was = tonumber(redis.call('GET', KEYS[1]) or '')
if was and was > now then now = was end
local wait = tonumber(ARGV[2])
redis.call('SET', KEYS[1], string.format('%d', now), 'EX', ARGV[3])
for i = 5, #ARGV do redis.call('ZADD', KEYS[3], string.format('%d', now), ARGV[i]) end
if ARGV[4] ~= '' then redis.call('ZADD', KEYS[2], string.format('%d', now + wait), ARGV[4]) end
local out = {}
local due = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', string.format('%d', now))
if #due > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', string.format('%d', now))
  for _, m in ipairs(due) do
    local p = cjson.decode(m)
    if not redis.call('ZSCORE', KEYS[3], p[1]) and not redis.call('ZSCORE', KEYS[3], p[2]) then out[#out + 1] = m end
  end
end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. string.format('%d', now - wait))
redis.call('EXPIRE', KEYS[2], ARGV[3])
redis.call('EXPIRE', KEYS[3], ARGV[3])
return out
`;

interface LoneCommands {
  deltafeedSettleLone(
    clock: string,
    held: string,
    decided: string,
    time: number,
    waitMs: number,
    ttl: number,
    hold: string,
    ...decidedIds: string[]
  ): Promise<string[]>;
}

const commands = (redis: Redis) => luaCommand<LoneCommands>(redis, 'deltafeedSettleLone', 3, SETTLE);

function parsePair(m: string): HeldPair | null {
  const v: unknown = JSON.parse(m);
  if (!Array.isArray(v) || v.length !== 4) return null;
  const [lone, newer, articleId, p] = v as unknown[];
  if (typeof lone !== 'string' || typeof newer !== 'string' || typeof articleId !== 'string') return null;
  return { lone, newer, articleId, p: typeof p === 'number' ? p : 0 };
}

/** One article's step in the wait: the held pairs whose wait ended and that no third article turned down. */
export async function settleLonePairs(ctx: StoreCtx, step: LoneStep): Promise<HeldPair[]> {
  const h = step.hold;
  const got = await commands(ctx.redis).deltafeedSettleLone(
    key(ctx, 'stories', 'lone', 'clock'),
    key(ctx, 'stories', 'lone', 'held'),
    key(ctx, 'stories', 'lone', 'decided'),
    Math.floor(step.time),
    Math.floor(step.waitMs),
    Math.max(LONE_TTL_S, Math.ceil((2 * step.waitMs) / 1000)),
    h ? JSON.stringify([h.lone, h.newer, h.articleId, h.p]) : '',
    ...step.decided,
  );
  return got.map(parsePair).filter((p): p is HeldPair => p !== null);
}
