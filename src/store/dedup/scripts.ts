// The dedup index's Lua scripts (lua/*.lua), each one round trip: loaded once, given the prelude of constants
// (constants.ts) and their arguments as named locals, and called through a typed argument builder, so that no
// one counts ARGV positions. Key names are built in the scripts from the base ("<prefix>:dedup:"): a hundred
// key-name arguments cost the client more CPU than the server spends on the reads. That needs a standalone
// Redis (or one slot); the app's keys carry no hash tags for a cluster anyway. Lists of numbers travel as
// comma-separated strings: hundreds of small arguments cost the client more than the server spends splitting one.
import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import { luaConstants } from './constants.js';

type Arg = string | number | Buffer;
export type Reply = number | Buffer | null | Reply[];

interface ScriptSpec<A extends readonly string[]> {
  /** The ioredis command name. */
  command: string;
  /** lua/<file>.lua */
  file: string;
  /** Whether the script uses the helpers of lua/common.lua. */
  common: boolean;
  /** The arguments, in ARGV order: each is a local of that name in the script (a string, as Redis passes it). */
  argv: A;
}

/** A script's arguments by name. */
export type ArgsOf<S> = S extends ScriptSpec<infer A> ? { readonly [K in A[number]]: Arg } : never;

const spec = <const A extends readonly string[]>(s: ScriptSpec<A>) => s;

/**
 * base; buckets "b,b" (the copies') and storyBuckets (the stories'); fpShard, fingerprint (its field, binary) and fpText (its field in the layout before), all "" for none; bands "shard,field,..."; dfGeneration (articles per
 * generation); dfCounters "#a,#b,..." (two per term, terms ordered by id); for the stories ("" for none)
 * termFactors "factor,...", termKeys ("1" for a key term, "0" for another, a character each) and termIds "id,..."
 * (split in the script, for the few terms the query picks) parallel to the terms, storyLimit, and
 * idfPrior (see IDF_PRIOR_DOCS); shards, the count bands and postings are split for (a bucket of another count is
 * read at its own, see lua/common.lua).
 */
export const LOOKUP = spec({
  command: 'dedupLookup',
  file: 'lookup',
  common: true,
  argv: [
    'base',
    'buckets',
    'storyBuckets',
    'fpShard',
    'fingerprint',
    'fpText',
    'bands',
    'dfGeneration',
    'dfCounters',
    'termFactors',
    'termKeys',
    'termIds',
    'storyLimit',
    'idfPrior',
    'shards',
  ],
});

/** base; buckets "b,b"; terms "shard,field,weight,..." (integer weights, split for `shards`); limit; shards. */
export const STORIES = spec({
  command: 'dedupStories',
  file: 'stories',
  common: true,
  argv: ['base', 'buckets', 'terms', 'limit', 'shards'],
});

/**
 * base; now (the clock expiries count from, ms; "" for the server's); ttl (ms, as every ttl here) of the
 * article's slot and id, and its bucket; storyTtl of the story's slot, storyBucket of its
 * postings and storyShardTtl of their hashes; the story's slot (bytes, handle in base 36) and postings "shard,field,..."; the article's (docBlock "" for none): slot, handle, id, fingerprint shard and
 * fingerprint, bands "shard,field,..."; dfGeneration and dfCounters as for the lookup; shardTtl (the sharded
 * hashes' expiry) and shards (per bucket); memKey ("mem:<bucket>:<shard>", "" for none), memRecord and memTtl: the
 * story's long-memory signature (story-memory.ts).
 */
export const COMMIT = spec({
  command: 'dedupCommit',
  file: 'commit',
  common: true,
  argv: [
    'base',
    'now',
    'ttl',
    'bucket',
    'storyTtl',
    'storyBucket',
    'storyShardTtl',
    'storySlot',
    'storyHandle',
    'postings',
    'docBlock',
    'docOffset',
    'docSlot',
    'docHandle',
    'docId',
    'fpShard',
    'fingerprint',
    'bands',
    'dfGeneration',
    'dfCounters',
    'shardTtl',
    'shards',
    'memKey',
    'memRecord',
    'memTtl',
  ],
});

/**
 * base; probes "<bucket>:<shard>,..." and checks (3 bytes each, parallel): the remembered stories' signatures
 * (story-memory.ts) that start with each probe's check. Answers { probe number, story id bytes, ... }.
 */
export const RECALL = spec({
  command: 'dedupRecall',
  file: 'recall',
  common: false,
  argv: ['base', 'probes', 'checks'],
});

/** fpKey (the fingerprint hash), fingerprint, handle of the original (base 36), now and ttl as for the commit. */
export const DUPLICATE = spec({
  command: 'dedupDuplicate',
  file: 'duplicate',
  common: true,
  argv: ['fpKey', 'fingerprint', 'handle', 'now', 'ttl'],
});

/** base; dfGeneration and dfCounters as for the lookup. Answers { DF articles, { df... } }. */
export const DF = spec({
  command: 'dedupDf',
  file: 'df',
  common: true,
  argv: ['base', 'dfGeneration', 'dfCounters'],
});

export const SCRIPTS = [LOOKUP, STORIES, COMMIT, DUPLICATE, RECALL, DF] as const;

const luaFile = (name: string) => readFileSync(new URL(`./lua/${name}.lua`, import.meta.url), 'utf8');

/** The script as Redis runs it: constants, named arguments, the common helpers, the script's own body. */
export function scriptSource(s: ScriptSpec<readonly string[]>): string {
  const args = s.argv.map((name, i) => `local ${name} = ARGV[${i + 1}]\n`).join('');
  return `${luaConstants()}${args}${s.common ? luaFile('common') : ''}${luaFile(s.file)}`;
}

function argv<A extends readonly string[]>(s: ScriptSpec<A>, args: ArgsOf<ScriptSpec<A>>): Arg[] {
  const values = args as Record<string, Arg>;
  return s.argv.map((name) => values[name]!);
}

type Scripted = Redis & {
  dedupLookupBuffer(...args: Arg[]): Promise<Reply[]>;
  dedupStoriesBuffer(...args: Arg[]): Promise<Reply[]>;
  dedupCommit(...args: Arg[]): Promise<number>;
  dedupDuplicate(...args: Arg[]): Promise<number>;
  dedupRecallBuffer(...args: Arg[]): Promise<Reply[]>;
  dedupDf(...args: Arg[]): Promise<Reply[]>;
};

/** The scripts on one connection (defined on it once; ioredis runs them by EVALSHA). */
export class DedupScripts {
  private readonly redis: Scripted;

  constructor(redis: Redis) {
    const r = redis as Scripted;
    if (typeof r.dedupLookupBuffer !== 'function')
      for (const s of SCRIPTS) redis.defineCommand(s.command, { lua: scriptSource(s), numberOfKeys: 0 });
    this.redis = r;
  }

  lookup(a: ArgsOf<typeof LOOKUP>): Promise<Reply[]> {
    return this.redis.dedupLookupBuffer(...argv(LOOKUP, a));
  }

  stories(a: ArgsOf<typeof STORIES>): Promise<Reply[]> {
    return this.redis.dedupStoriesBuffer(...argv(STORIES, a));
  }

  commit(a: ArgsOf<typeof COMMIT>): Promise<number> {
    return this.redis.dedupCommit(...argv(COMMIT, a));
  }

  duplicate(a: ArgsOf<typeof DUPLICATE>): Promise<number> {
    return this.redis.dedupDuplicate(...argv(DUPLICATE, a));
  }

  recall(a: ArgsOf<typeof RECALL>): Promise<Reply[]> {
    return this.redis.dedupRecallBuffer(...argv(RECALL, a));
  }

  df(a: ArgsOf<typeof DF>): Promise<Reply[]> {
    return this.redis.dedupDf(...argv(DF, a));
  }
}
