// Load and validate the configuration once, at start. The resolved Config is passed to whoever needs it.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { configSchema, isRedisUrl, REDIS_URL_EXPECTED, type ParsedConfig, type WebhookConfigRaw } from './schema.js';
import { ConfigError } from '../errors.js';
import { compileQuery, QuerySyntaxError } from '../topics/query.js';
import { parseSplitRule, SplitRuleError } from '../dedup/story-split.js';

export interface WebhookConfig extends Omit<WebhookConfigRaw, 'secret' | 'secretEnv'> {
  /** Every current secret ("whsec_..."); all are used to sign, for rotation. */
  secrets: string[];
}

export interface Config extends Omit<ParsedConfig, 'webhooks'> {
  webhooks: WebhookConfig[];
  /** Where the config came from, for messages. */
  file: string | null;
}

export const DEFAULT_CONFIG_FILE = 'config/deltafeed.yaml';

export function resolveConfigPath(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.DELTAFEED_CONFIG ?? DEFAULT_CONFIG_FILE;
}

export function loadConfigFile(file: string, env: NodeJS.ProcessEnv = process.env): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(
      [`cannot read the config file (${code ?? String(err)}); pass --config FILE or set DELTAFEED_CONFIG`],
      file,
    );
  }
  return parseConfigText(text, env, file);
}

/** A config is a page or two of YAML; a bigger file is a mistake (or an attack), refused before parsing. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Aliases one file may expand; a real config uses a handful, an alias bomb ("billion laughs") millions. */
const MAX_ALIASES = 100;

export function parseConfigText(
  text: string,
  env: NodeJS.ProcessEnv = process.env,
  file: string | null = null,
): Config {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_CONFIG_BYTES) {
    throw new ConfigError(
      [`the file is ${bytes} bytes; a config may be at most ${MAX_CONFIG_BYTES} bytes (1 MiB)`],
      file ?? undefined,
    );
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    throw new ConfigError(
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return `${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${e.message.split('\n')[0]}`;
      }),
      file ?? undefined,
    );
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    const msg = (err as Error).message;
    if (/alias/i.test(msg))
      throw new ConfigError(
        [`YAML aliases expand too far (${msg}); write the values out instead of nesting aliases`],
        file ?? undefined,
      );
    throw new ConfigError([`the YAML cannot be read: ${msg.split('\n')[0]}`], file ?? undefined);
  }
  return validateConfig(raw ?? {}, env, file);
}

export function validateConfig(raw: unknown, env: NodeJS.ProcessEnv = process.env, file: string | null = null): Config {
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    // List the problems the later checks would find too (ids, queries), read from the raw values, so that one
    // run shows every problem of the file.
    const problems = [...formatIssues(parsed.error.issues), ...rawChecks(raw)];
    list((raw as Record<string, unknown> | null)?.webhooks).forEach((w, i) => webhookSecrets(w, i, env, problems));
    problems.push(...redisUrlEnvProblems(env));
    throw new ConfigError([...new Set(problems)], file ?? undefined);
  }
  const cfg = parsed.data;
  const problems: string[] = [];

  problems.push(...rawChecks(cfg));

  const webhooks: WebhookConfig[] = cfg.webhooks.map((w, i) => {
    const { secret: _secret, secretEnv: _secretEnv, ...rest } = w;
    const secrets = webhookSecrets(w, i, env, problems);
    for (const topicId of rest.topics) {
      if (topicId !== '*' && !cfg.topics.some((t) => t.id === topicId)) {
        problems.push(`webhooks[${i}].topics: unknown topic "${topicId}"`);
      }
    }
    return { ...rest, secrets };
  });

  const http = { ...cfg.http };
  if (http.tokenEnv) {
    const v = env[http.tokenEnv];
    if (!v) problems.push(`http.tokenEnv: environment variable ${http.tokenEnv} is not set`);
    else http.token = v;
  }
  if (http.feedTokenEnv) {
    const v = env[http.feedTokenEnv];
    if (!v) problems.push(`http.feedTokenEnv: environment variable ${http.feedTokenEnv} is not set`);
    else if (v.length < 16) problems.push(`http.feedTokenEnv: ${http.feedTokenEnv} must hold at least 16 characters`);
    else http.feedToken = v;
  }
  if (http.feedTokenPrevious.length && !http.feedToken)
    problems.push('http.feedTokenPrevious: set http.feedToken (the current key) too');
  if (env.PORT !== undefined && env.PORT !== '') {
    const port = Number(env.PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      problems.push(`PORT: expected a port number, got "${env.PORT}"`);
    else http.port = port;
  }
  const redis = { ...cfg.redis };
  problems.push(...redisUrlEnvProblems(env));
  if (env.REDIS_URL) redis.url = env.REDIS_URL;
  if (env.DELTAFEED_PREFIX) {
    if (!/^[A-Za-z0-9_.-]+$/.test(env.DELTAFEED_PREFIX))
      problems.push(`DELTAFEED_PREFIX: expected letters, digits, "_", "." or "-"`);
    else redis.prefix = env.DELTAFEED_PREFIX;
  }

  const dedup = { ...cfg.dedup };
  if (env.DELTAFEED_STORY_SPLIT !== undefined && env.DELTAFEED_STORY_SPLIT !== '') {
    try {
      parseSplitRule(env.DELTAFEED_STORY_SPLIT);
      dedup.split = env.DELTAFEED_STORY_SPLIT;
    } catch (err) {
      if (!(err instanceof SplitRuleError)) throw err;
      problems.push(err.message);
    }
  }

  if (problems.length) throw new ConfigError(problems, file ?? undefined);
  return { ...cfg, dedup, http, redis, webhooks, file };
}

/**
 * A webhook's signing secrets, from `secret` and the variables `secretEnv` names; what is wrong goes to problems.
 * Also run on the raw value when the schema fails, so a bad secret is listed with the file's other problems.
 */
function webhookSecrets(
  w: { secret?: unknown; secretEnv?: unknown },
  i: number,
  env: NodeJS.ProcessEnv,
  problems: string[],
): string[] {
  const strings = (v: unknown): string[] =>
    (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  const secrets = strings(w.secret);
  const envNames = strings(w.secretEnv);
  for (const name of envNames) {
    const v = env[name];
    if (!v) problems.push(`webhooks[${i}].secretEnv: environment variable ${name} is not set`);
    else secrets.push(...v.split(/\s+/).filter(Boolean));
  }
  if (!secrets.length && !envNames.length)
    problems.push(`webhooks[${i}]: give a secret ("whsec_..." ) or secretEnv: NAME`);
  secrets.forEach((s) => {
    if (!/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(s) || Buffer.from(s.slice(6), 'base64').length < 16) {
      problems.push(`webhooks[${i}].secret: expected "whsec_" followed by at least 16 base64-encoded bytes`);
    }
  });
  return secrets;
}

function redisUrlEnvProblems(env: NodeJS.ProcessEnv): string[] {
  const url = env.REDIS_URL;
  return url && !isRedisUrl(url) ? [`REDIS_URL: ${REDIS_URL_EXPECTED}, got "${url}"`] : [];
}

const list = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.map((x) => (x !== null && typeof x === 'object' ? (x as Record<string, unknown>) : {})) : [];
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Duplicate ids and topic query syntax, checked on whatever parts of the value have the right shape. */
function rawChecks(raw: unknown): string[] {
  const problems: string[] = [];
  const top = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  for (const key of ['sources', 'topics', 'webhooks']) {
    const seen = new Map<string, number>();
    list(top[key]).forEach((item, i) => {
      const id = str(item.id);
      if (id === null) return;
      const first = seen.get(id);
      if (first !== undefined) problems.push(`${key}[${i}].id: "${id}" is already used by ${key}[${first}]`);
      else seen.set(id, i);
    });
  }
  list(top.topics).forEach((t, i) => {
    const id = str(t.id) ?? String(i);
    const q = str(t.query);
    if (q !== null) checkQuery(q, `topics[${i}].query`, `topic "${id}"`, problems);
    // A status change is told by its ids (webhooks' status.from/to): two rules of one id could not be told apart.
    const statusIds = new Map<string, number>();
    list(t.statuses).forEach((s, j) => {
      const sid = str(s.id);
      if (sid === null) return;
      const first = statusIds.get(sid);
      if (first !== undefined)
        problems.push(`topics[${i}].statuses[${j}].id: "${sid}" is already used by topics[${i}].statuses[${first}]`);
      else statusIds.set(sid, j);
    });
    list(t.statuses).forEach((s, j) => {
      const when = str(s.when);
      if (when !== null)
        checkQuery(when, `topics[${i}].statuses[${j}].when`, `topic "${id}" status "${str(s.id) ?? j}"`, problems);
    });
  });
  return problems;
}

function checkQuery(q: string, path: string, what: string, problems: string[]): void {
  try {
    compileQuery(q);
  } catch (err) {
    if (err instanceof QuerySyntaxError) problems.push(`${path}: ${what}: column ${err.column}: ${err.detail}`);
    else throw err;
  }
}

function formatIssues(issues: z.core.$ZodIssue[]): string[] {
  return issues.map((iss) => {
    const path = iss.path.reduce<string>(
      (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
      '',
    );
    let msg = iss.message;
    if (iss.code === 'unrecognized_keys')
      msg = `unknown option${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k}"`).join(', ')}`;
    return `${path || '(top level)'}: ${msg}`;
  });
}
