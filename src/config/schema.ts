// The configuration file's shape (CONTRACT §2). Every option has a default here, so a minimal file works,
// and every problem is reported by its path (see load.ts).
import { z } from 'zod';
import { IDF_PRIOR_DOCS } from '../dedup/story-vector.js';
import { parseSplitRule, SHIPPED_SPLIT_RULE, SplitRuleError } from '../dedup/story-split.js';
import { parseDuration, parseBytes } from './units.js';

const duration = (fallback: string) =>
  z
    .union([z.string(), z.number()])
    .default(fallback)
    .transform((v, ctx) => {
      const ms = parseDuration(v);
      if (ms === null) {
        ctx.addIssue({ code: 'custom', message: `expected a duration like "5m", got ${JSON.stringify(v)}` });
        return z.NEVER;
      }
      return ms;
    });

/** A deadline: 0 would fail every request at once (AbortSignal.timeout(0)). */
const timeout = (fallback: string) => duration(fallback).refine((ms) => ms > 0, 'expected a duration above 0');

const bytes = (fallback: string) =>
  z
    .union([z.string(), z.number()])
    .default(fallback)
    .transform((v, ctx) => {
      const n = parseBytes(v);
      if (n === null) {
        ctx.addIssue({ code: 'custom', message: `expected a size like "15MiB", got ${JSON.stringify(v)}` });
        return z.NEVER;
      }
      return n;
    });

const id = z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lowercase letters, digits and dashes');

const httpUrl = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}, 'expected an http(s) URL');

export const REDIS_URL_EXPECTED = 'expected a redis:// or rediss:// URL (or the path of a Unix socket)';

/** What ioredis can connect to: a redis(s) URL with a host, or a socket path. */
export function isRedisUrl(url: string): boolean {
  if (url.startsWith('/')) return true;
  try {
    const u = new URL(url);
    return (u.protocol === 'redis:' || u.protocol === 'rediss:') && u.hostname !== '';
  } catch {
    return false;
  }
}

const redisSchema = z
  .object({
    url: z
      .string()
      .default('redis://127.0.0.1:6379')
      .refine(isRedisUrl, { error: (iss) => `${REDIS_URL_EXPECTED}, got ${JSON.stringify(iss.input)}` }),
    prefix: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+$/, 'expected letters, digits, "_", "." or "-"')
      .default('deltafeed'),
  })
  .strict()
  .default({ url: 'redis://127.0.0.1:6379', prefix: 'deltafeed' });

const httpSchema = z
  .object({
    port: z.number().int().min(0).max(65535).default(8080),
    host: z.string().default('0.0.0.0'),
    publicUrl: httpUrl.default('http://localhost:8080'),
    token: z.string().min(1).nullable().default(null),
    tokenEnv: z.string().optional(),
    pageSize: z.number().int().min(1).max(500).default(50),
    /**
     * Makes the Atom feeds private: they then need `?key=FEED_TOKEN` (feed readers cannot send headers), and
     * every link inside a feed carries it. Unset, feeds are public. Keep it apart from `token`: it ends up in
     * readers' subscription lists.
     */
    feedToken: z.string().min(16, 'expected at least 16 characters').nullable().default(null),
    /** Read feedToken from this environment variable instead. */
    feedTokenEnv: z.string().optional(),
    /** Former feed tokens, still accepted (links carry the current one) until feedTokenPreviousUntil. */
    feedTokenPrevious: z.array(z.string().min(1)).default([]),
    /** End of the rotation's grace period (an ISO date-time); without it, previous tokens stay valid. */
    feedTokenPreviousUntil: z.iso.datetime({ offset: true }).nullable().default(null),
  })
  .strict()
  .prefault({});

const fetchSchema = z
  .object({
    timeout: timeout('20s'),
    maxBytes: bytes('15MiB'),
    userAgent: z
      .string()
      .min(1, 'expected a non-empty User-Agent')
      .default('deltafeed/1.0 (+https://github.com/deltafeed/deltafeed)'),
    allowPrivateNetworks: z.boolean().default(false),
    maxRedirects: z.number().int().min(0).max(10).default(5),
    /** Requests at once to one host, across all workers. */
    perHostConcurrency: z.number().int().min(1).default(2),
    /** Requests per second to one host, across all workers. */
    perHostRate: z.number().positive().default(2),
    /** Re-fetch ladder after an article is first seen. */
    recheck: z.array(duration('15m')).prefault(['15m', '1h', '6h', '24h', '72h']),
    /** Consecutive failed polls before a source.failing event. */
    failingAfter: z.number().int().min(1).default(5),
    /** Upper bound of the error backoff between polls. */
    maxBackoff: duration('24h'),
    /** Subscribe to the hub a source's feed advertises (WebSub); each source may override it. */
    websub: z.enum(['auto', 'off']).default('auto'),
  })
  .strict()
  .prefault({});

const sourceSchema = z
  .object({
    id,
    url: httpUrl,
    title: z.string().optional(),
    every: duration('5m').refine((ms) => ms >= 10_000, 'expected 10s or more'),
    allowPrivateNetworks: z.boolean().optional(),
    /** New or changed items fetched per poll, newest first; the rest follow on later polls. */
    maxItemsPerPoll: z.number().int().min(1).max(100_000).default(200),
    /** WebSub for this source; default fetch.websub. */
    websub: z.enum(['auto', 'off']).optional(),
  })
  .strict();

const statusRuleSchema = z.object({ id, label: z.string().min(1), when: z.string().min(1) }).strict();

const topicSchema = z
  .object({
    id,
    title: z.string().min(1),
    query: z.string().min(1),
    statuses: z.array(statusRuleSchema).default([]),
  })
  .strict();

export const EVENT_TYPES = ['topic.updated', 'article.revised', 'source.failing'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const webhookSchema = z
  .object({
    id,
    url: httpUrl,
    secret: z.union([z.string(), z.array(z.string())]).optional(),
    secretEnv: z.union([z.string(), z.array(z.string())]).optional(),
    events: z.array(z.enum(EVENT_TYPES)).default([...EVENT_TYPES]),
    topics: z.array(z.string()).default(['*']),
    allowPrivateNetworks: z.boolean().optional(),
    timeout: timeout('15s'),
    /** Delay before each retry; the last one ends the schedule. Jitter is added. */
    retrySchedule: z
      .array(duration('5s'))
      // prefault, not default: zod 4 returns a default as is, so the strings would never become milliseconds.
      .prefault(['5s', '30s', '2m', '10m', '30m', '1h', '2h', '4h', '8h', '8h', '8h']),
    concurrency: z.number().int().min(1).max(64).default(4),
  })
  .strict();

/** A hindsight-split rule as text, checked here so a bad one stops start-up naming the option. */
const splitRule = z
  .string()
  .default(SHIPPED_SPLIT_RULE)
  .superRefine((v, ctx) => {
    try {
      parseSplitRule(v, 'dedup.split');
    } catch (err) {
      if (!(err instanceof SplitRuleError)) throw err;
      ctx.addIssue({ code: 'custom', message: err.reason });
    }
  });

const dedupSchema = z
  .object({
    /** Query parameters dropped from URLs besides utm_* and the usual click ids. */
    stripParams: z.array(z.string()).default([]),
    /** Jaccard similarity of shingles above which a text is a near-duplicate. */
    nearDuplicate: z.number().min(0).max(1).default(0.5),
    /**
     * How far back stories reach from their newest article (copies: at most 3 days); a gap beyond 3 days weighs
     * against the story (src/dedup/story-time.ts). A story stays reachable while articles keep joining it.
     */
    storyWindow: duration('14d'),
    /**
     * Background articles the story similarity's IDF counts as seen before the first real one, so that the
     * document frequencies of a young stream's first articles do not decide alone (see IDF_PRIOR_DOCS).
     */
    idfPrior: z.number().min(0).max(1_000_000).default(IDF_PRIOR_DOCS),
    /**
     * How long a story is remembered after its last article, past the reach: a compact signature (its two rarest
     * names and its id, 9 bytes) that a later article naming both continues under the story's id
     * (src/dedup/story-memory.ts). 0: no memory.
     */
    storyMemory: duration('60d').refine((ms) => ms <= 400 * 86_400_000, 'expected at most 400d (0: off)'),
    /**
     * A story of one article is joined at once only when the model is sure of the pair; a weaker pair waits for
     * a third article to settle it by a late merge (src/dedup/young-stories.ts). false: join at the plain bar.
     */
    loneStoryWait: z.boolean().default(true),
    /**
     * Hindsight splits (src/dedup/story-groups.ts): each story is kept as groups of its articles, and a group that
     * turns out to be two incidents of one kind far apart is cut into two public stories (the moved articles'
     * story changes; the stories answer with splitFrom / splitInto). The rule in parseSplitRule's syntax (default
     * SHIPPED_SPLIT_RULE), or "off". DELTAFEED_STORY_SPLIT, when set, overrides it (for benches).
     */
    split: splitRule,
  })
  .strict()
  .prefault({});

const retentionSchema = z
  .object({
    rawHtml: duration('1h'),
    versions: duration('90d'),
    deliveries: duration('30d'),
  })
  .strict()
  .prefault({});

/** deltafeed's own WebSub hub (POST {publicUrl}/websub): leases, verification and content distribution. */
const websubSchema = z
  .object({
    /** Lease given when a subscriber asks for none; requested leases are clamped to [leaseMin, leaseMax]. */
    leaseDefault: duration('10d'),
    leaseMin: duration('1h').refine((ms) => ms >= 1000, 'expected 1s or more'),
    leaseMax: duration('30d'),
    /** Deadline of the verification GET to a subscriber's callback. */
    verifyTimeout: timeout('10s'),
    /** Deadline of one content delivery POST. */
    timeout: timeout('10s'),
    /** Content deliveries in flight at once, per worker process; a slow subscriber holds one of them. */
    concurrency: z.number().int().min(1).max(256).default(32),
    /** Delay before each retry of a content delivery; the last one ends the schedule. Jitter is added. */
    retrySchedule: z.array(duration('5s')).prefault(['5s', '30s', '2m', '10m', '30m', '1h', '2h', '4h']),
    /** Subscription requests accepted per callback host per minute; more are answered 429. */
    subscribeRate: z.number().int().min(1).max(100_000).default(30),
    /** Verifications in flight at once in one API process; beyond it requests are answered 503. */
    maxPendingVerifications: z.number().int().min(1).max(100_000).default(200),
  })
  .strict()
  .refine((w) => w.leaseMin <= w.leaseDefault && w.leaseDefault <= w.leaseMax, {
    message: 'expected leaseMin <= leaseDefault <= leaseMax',
  })
  .prefault({});

const workerSchema = z
  .object({
    concurrency: z.number().int().min(1).max(256).default(8),
    extractThreads: z.number().int().min(0).max(64).optional(),
    /**
     * Heap limit of each extraction thread, MB. V8 lets a heap grow towards its limit before it collects in
     * earnest, so a high limit is resident memory held by garbage; a page needs a few tens of MB. A page that
     * needs more ends its thread (replaced) and is recorded as the source's failure.
     */
    extractHeapMb: z.number().int().min(48).max(8192).default(80),
    /**
     * How long a job stays claimed without a heartbeat from its worker (BullMQ lockDuration), and how often
     * workers look for jobs whose worker died (stalledInterval). A killed worker's jobs are taken up again
     * within about lockDuration + stalledInterval. Every process on one Redis should use the same values.
     */
    lockDuration: duration('30s').refine((ms) => ms >= 1000, 'expected 1s or more'),
    stalledInterval: duration('30s').refine((ms) => ms >= 1000, 'expected 1s or more'),
  })
  .strict()
  .prefault({});

export const configSchema = z
  .object({
    redis: redisSchema,
    http: httpSchema,
    fetch: fetchSchema,
    sources: z.array(sourceSchema).default([]),
    topics: z.array(topicSchema).default([]),
    webhooks: z.array(webhookSchema).default([]),
    websub: websubSchema,
    dedup: dedupSchema,
    retention: retentionSchema,
    workers: workerSchema,
    log: z
      .object({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info') })
      .strict()
      .prefault({}),
  })
  .strict();

export type ConfigInput = z.input<typeof configSchema>;
export type ParsedConfig = z.output<typeof configSchema>;
export type SourceConfig = ParsedConfig['sources'][number];
export type TopicConfig = ParsedConfig['topics'][number];
export type StatusRule = TopicConfig['statuses'][number];
export type WebhookConfigRaw = ParsedConfig['webhooks'][number];
export type WebsubConfig = ParsedConfig['websub'];
