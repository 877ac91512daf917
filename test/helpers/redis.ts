// A real Redis per test file, isolated by a unique key prefix and cleaned afterwards.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { StoreCtx } from '../../src/store/context.js';
import { deleteMatching } from '../../simulation/redis-keys.js';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function uniquePrefix(name: string): string {
  return `dftest-${name}-${randomBytes(4).toString('hex')}`;
}

export interface TestRedis extends StoreCtx {
  cleanup(): Promise<void>;
}

/** A connection and a fresh prefix; cleanup() deletes every key under the prefix and disconnects. */
export function testRedis(name: string): TestRedis {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const prefix = uniquePrefix(name);
  return {
    redis,
    prefix,
    async cleanup() {
      await deletePrefix(redis, prefix);
      redis.disconnect();
    },
  };
}

export async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  await deleteMatching(redis, `${prefix}*`);
}
