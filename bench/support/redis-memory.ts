// What one prefix costs in Redis, by key family: MEMORY USAGE of every key under the prefix (exact for our
// keys even on a shared server), grouped by what the key holds.
import type { Redis } from 'ioredis';

export interface FamilyUsage {
  family: string;
  keys: number;
  bytes: number;
}

/** `prefix:article:ID:versions` -> "article:versions"; `prefix:dedup:lsh:...` -> "dedup:lsh"; `prefix:raw:ID` -> "raw". */
export function keyFamily(prefix: string, k: string): string {
  const parts = k.slice(prefix.length + 1).split(':');
  const [head = '?', second, third] = parts;
  if (head === 'article') return third ? `article:${third}` : 'article';
  if (head === 'dedup' || head === 'wh' || head === 'bull' || head === 'topic')
    return `${head}:${head === 'topic' ? (third ?? 'state') : (second ?? '')}`;
  return head;
}

export async function prefixMemory(redis: Redis, prefix: string): Promise<FamilyUsage[]> {
  const families = new Map<string, FamilyUsage>();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (!keys.length) continue;
    const p = redis.pipeline();
    for (const k of keys) p.call('MEMORY', 'USAGE', k, 'SAMPLES', '0');
    const res = (await p.exec()) ?? [];
    keys.forEach((k, i) => {
      const bytes = Number(res[i]?.[1] ?? 0);
      const fam = keyFamily(prefix, k);
      const f = families.get(fam) ?? { family: fam, keys: 0, bytes: 0 };
      f.keys++;
      f.bytes += bytes;
      families.set(fam, f);
    });
  } while (cursor !== '0');
  return [...families.values()].sort((a, b) => b.bytes - a.bytes);
}

export async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  const m = /^used_memory:(\d+)/m.exec(info);
  return m ? Number(m[1]) : NaN;
}

export async function deleteKeys(redis: Redis, pattern: string): Promise<number> {
  let cursor = '0';
  let n = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (keys.length) n += await redis.unlink(...keys);
  } while (cursor !== '0');
  return n;
}

/**
 * Deletes the keys matching `pattern` whose expiry (PEXPIRETIME) has come by `clockMs`: for a stream run faster
 * than real time, whose index counts expiries from the stream's clock (RedisDedupIndexOptions.clock) and so
 * sets them far ahead of the server's. Answers the keys deleted.
 */
export async function expireBy(redis: Redis, pattern: string, clockMs: number): Promise<number> {
  let cursor = '0';
  let n = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 2000);
    cursor = next;
    if (!keys.length) continue;
    const p = redis.pipeline();
    for (const k of keys) p.call('PEXPIRETIME', k);
    const res = (await p.exec()) ?? [];
    const due = keys.filter((_, i) => {
      const at = Number(res[i]?.[1] ?? -1);
      return at > 0 && at <= clockMs;
    });
    if (due.length) n += await redis.unlink(...due);
  } while (cursor !== '0');
  return n;
}

/** Sum of HLEN over the hashes matching `pattern` (e.g. the article ids the dedup index still holds). */
export async function hashEntries(redis: Redis, pattern: string): Promise<number> {
  let cursor = '0';
  let n = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 2000);
    cursor = next;
    if (!keys.length) continue;
    const p = redis.pipeline();
    for (const k of keys) p.hlen(k);
    for (const [, v] of (await p.exec()) ?? []) n += Number(v ?? 0);
  } while (cursor !== '0');
  return n;
}
