// A Lua script as a named ioredis command, defined once per connection (ioredis keeps the script's SHA and falls
// back to EVAL after a Redis restart flushed its script cache).
import type { Redis } from 'ioredis';

const defined = new WeakMap<Redis, Set<string>>();

/** `redis` with the command `name` defined on it, typed as `T` (an interface naming the command's signature). */
export function luaCommand<T>(redis: Redis, name: string, numberOfKeys: number, lua: string): T {
  let names = defined.get(redis);
  if (!names) defined.set(redis, (names = new Set()));
  if (!names.has(name)) {
    redis.defineCommand(name, { numberOfKeys, lua });
    names.add(name);
  }
  return redis as unknown as T;
}
