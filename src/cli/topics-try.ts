// `deltafeed topics try [--config FILE] [--topic ID | --query Q] [--since 30d] [--json] [--limit N]`: a topic
// (or a query, alone or with a topic's status rules) tried on the stored articles. Reads Redis, writes nothing.
// Exit 0 with a report; 2 for usage, config, query or connection problems.
import { loadConfigOrExit, ExitError, ensureRedis } from './common.js';
import { parseDuration } from '../config/units.js';
import { createRedis } from '../store/redis.js';
import { forEachArticleSince } from '../store/articles.js';
import {
  backtestTopic,
  topicToTry,
  toBacktestArticle,
  type BacktestArticle,
  type BacktestReport,
} from '../topics/backtest.js';
import { DeltafeedError } from '../errors.js';

export interface TryOptions {
  config?: string;
  topic?: string;
  query?: string;
  since?: string;
  json?: boolean;
  limit?: string;
}

/** Far more than a month of a few hundred sources; past it, narrow --since. */
export const MAX_SCANNED = 200_000;

function report(r: BacktestReport, sinceIso: string, cut: boolean): string {
  const out: string[] = [];
  const t = r.topic;
  out.push(`topic "${t.title}" (${t.id}), query: ${t.query}`);
  out.push(
    `${r.articles.scanned} articles first seen since ${sinceIso}${cut ? ` (only the first ${MAX_SCANNED}: narrow --since)` : ''}, ${r.articles.duplicates} copies skipped: ${r.articles.matched} match`,
  );
  const s = r.status;
  out.push(s ? `status now: ${s.label} (${s.id}) since ${s.since}` : 'status now: none (no status rule fired)');
  if (r.statusChanges.length) {
    out.push('', `status changes (${r.statusChanges.length}):`);
    for (const c of r.statusChanges)
      out.push(`  ${c.at}  ${c.from ?? 'none'} -> ${c.to}  by rule ${c.rule}`, `      "${c.sentence}"  ${c.url}`);
  }
  out.push('', `updates that would have been announced (${r.updates.length + r.omitted.updates}), newest first:`);
  for (const u of r.updates) {
    const what = [
      ...(u.status ? [`status ${u.status.to}`] : []),
      ...(u.added.length ? [`${u.added.length} new claim${u.added.length > 1 ? 's' : ''}`] : []),
    ].join(', ');
    out.push(`  ${u.at}  ${u.article.source}: ${u.article.title}  [${what}]`);
    for (const c of u.added) out.push(`      + ${c}`);
  }
  out.push('', `claims (${r.claims.length + r.omitted.claims}), newest first:`);
  for (const c of r.claims) out.push(`  - ${c.text}  (${c.outlets.join(', ')})`);
  out.push('', `matching articles (${r.articles.matched}), newest first:`);
  for (const m of r.matches) {
    out.push(`  ${m.firstSeen}  ${m.source}: ${m.title}  ${m.url}`, `      terms: ${m.terms.join(', ')}`);
    for (const x of m.sentences.slice(0, 5)) out.push(`      [${x.reason}] ${x.text}`);
    if (m.sentences.length > 5) out.push(`      … ${m.sentences.length - 5} more sentences`);
  }
  const omitted = Object.entries(r.omitted).filter(([, n]) => n > 0);
  if (omitted.length)
    out.push('', `not shown: ${omitted.map(([k, n]) => `${n} older ${k}`).join(', ')} (raise --limit)`);
  return `${out.join('\n')}\n`;
}

export async function topicsTryCommand(positionals: string[], opts: TryOptions): Promise<number> {
  if (positionals.length)
    throw new ExitError(
      2,
      `topics try takes no positional arguments (got "${positionals[0]}"); use --topic ID or --query "..."`,
    );
  if (!opts.topic && !opts.query)
    throw new ExitError(
      2,
      'topics try: give --topic ID (a configured topic) or --query "..." (a query to try), or both (the query with that topic\'s status rules)',
    );
  const sinceMs = parseDuration(opts.since ?? '30d');
  if (sinceMs === null) throw new ExitError(2, `--since: expected a duration like "30d" or "12h", got "${opts.since}"`);
  const limit = opts.limit === undefined ? 50 : Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100_000)
    throw new ExitError(2, `--limit: expected a whole number from 1 to 100000, got "${opts.limit}"`);
  const config = loadConfigOrExit(opts.config);
  const base = opts.topic ? config.topics.find((t) => t.id === opts.topic) : undefined;
  if (opts.topic && !base)
    throw new ExitError(
      2,
      `--topic: unknown topic "${opts.topic}"; the config has: ${config.topics.map((t) => t.id).join(', ') || 'no topics'}`,
    );
  let topic;
  try {
    topic = topicToTry(base, opts.query);
  } catch (err) {
    if (err instanceof DeltafeedError) throw new ExitError(2, `--query: ${err.message}`);
    throw err;
  }

  await ensureRedis(config, { allowPrivate: false, say: () => undefined });
  const redis = createRedis(config.redis.url, { maxRetriesPerRequest: 1 });
  const since = Date.now() - sinceMs;
  const articles: BacktestArticle[] = [];
  let scanned: number;
  try {
    scanned = await forEachArticleSince({ redis, prefix: config.redis.prefix }, since, MAX_SCANNED, (a) => {
      articles.push(toBacktestArticle(a));
    });
  } finally {
    redis.disconnect();
  }
  const r = backtestTopic(topic, articles, limit);
  const sinceIso = new Date(since).toISOString();
  if (opts.json) process.stdout.write(`${JSON.stringify({ since: sinceIso, ...r }, null, 2)}\n`);
  else process.stdout.write(report(r, sinceIso, scanned >= MAX_SCANNED));
  return 0;
}
