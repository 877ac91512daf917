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

/** The keys matching `pattern`, a SCAN batch at a time. */
async function* scanBatches(redis: Redis, pattern: string, count = 1000): AsyncGenerator<string[]> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', count);
    cursor = next;
    if (keys.length) yield keys;
  } while (cursor !== '0');
}

/** Each key of a batch with the answer of one command about it, sent in one pipeline. */
async function askEach(redis: Redis, keys: string[], command: string[]): Promise<Array<[string, unknown]>> {
  const p = redis.pipeline();
  for (const k of keys) p.call(command[0]!, ...command.slice(1).map((a) => (a === '$KEY' ? k : a)));
  const res = (await p.exec()) ?? [];
  return keys.map((k, i) => [k, res[i]?.[1]]);
}

export async function prefixMemory(redis: Redis, prefix: string): Promise<FamilyUsage[]> {
  const families = new Map<string, FamilyUsage>();
  for await (const keys of scanBatches(redis, `${prefix}:*`)) {
    for (const [k, v] of await askEach(redis, keys, ['MEMORY', 'USAGE', '$KEY', 'SAMPLES', '0'])) {
      const fam = keyFamily(prefix, k);
      const f = families.get(fam) ?? { family: fam, keys: 0, bytes: 0 };
      f.keys++;
      f.bytes += Number(v ?? 0);
      families.set(fam, f);
    }
  }
  return [...families.values()].sort((a, b) => b.bytes - a.bytes);
}

export async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  const m = /^used_memory:(\d+)/m.exec(info);
  return m ? Number(m[1]) : NaN;
}

export async function deleteKeys(redis: Redis, pattern: string): Promise<number> {
  let n = 0;
  for await (const keys of scanBatches(redis, pattern)) n += await redis.unlink(...keys);
  return n;
}

/**
 * Deletes the keys matching `pattern` whose expiry (PEXPIRETIME) has come by `clockMs`: for a stream run faster
 * than real time, whose index counts expiries from the stream's clock (RedisDedupIndexOptions.clock) and so
 * sets them far ahead of the server's. Answers the keys deleted.
 */
export async function expireBy(redis: Redis, pattern: string, clockMs: number): Promise<number> {
  let n = 0;
  for await (const keys of scanBatches(redis, pattern, 2000)) {
    const due = (await askEach(redis, keys, ['PEXPIRETIME', '$KEY']))
      .filter(([, at]) => Number(at ?? -1) > 0 && Number(at) <= clockMs)
      .map(([k]) => k);
    if (due.length) n += await redis.unlink(...due);
  }
  return n;
}

/** Sum of HLEN over the hashes matching `pattern` (e.g. the article ids the dedup index still holds). */
export async function hashEntries(redis: Redis, pattern: string): Promise<number> {
  let n = 0;
  for await (const keys of scanBatches(redis, pattern, 2000))
    for (const [, v] of await askEach(redis, keys, ['HLEN', '$KEY'])) n += Number(v ?? 0);
  return n;
}
