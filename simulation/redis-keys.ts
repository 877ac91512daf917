// Tests and benches each write under a key prefix of their own and remove it afterwards; SCAN + UNLINK in
// batches never blocks the shared Redis the way KEYS would.
import type { Redis } from 'ioredis';

export async function deleteMatching(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.unlink(...keys);
  } while (cursor !== '0');
}
