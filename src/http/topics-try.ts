// GET /api/try?query=Q&topic=ID&since=30d&limit=50, and the dashboard's "try a query" box: the topic backtest
// (src/topics/backtest.ts) over the stored articles, read-only. Input is bounded (query length, window, limit,
// articles read), and one backtest runs at a time per process: another request meanwhile gets a 429.
import type { ApiDeps } from './api.js';
import { HttpError } from './respond.js';
import { parseDuration } from '../config/units.js';
import { forEachArticleSince } from '../store/articles.js';
import {
  backtestTopic,
  topicToTry,
  toBacktestArticle,
  type BacktestArticle,
  type BacktestReport,
} from '../topics/backtest.js';
import { DeltafeedError } from '../errors.js';

export const MAX_QUERY_LENGTH = 1000;
const MAX_SINCE_MS = 365 * 86_400_000;
/** Articles one request reads at most (the CLI reads up to 200,000): past it, narrow the window. */
export const MAX_TRY_ARTICLES = 50_000;
const MAX_TRY_LIMIT = 500;

export interface TryParams {
  query: string | undefined;
  topic: string | undefined;
  since: string;
  limit: number;
}

export interface TryResult extends BacktestReport {
  since: string;
  /** Whether the window held more than MAX_TRY_ARTICLES articles (only the oldest were read). */
  cut: boolean;
}

/** Whether the request asks for a backtest at all (the dashboard shows the box empty otherwise). */
export function wantsTry(params: URLSearchParams): boolean {
  return Boolean(params.get('query')?.trim() || params.get('topic'));
}

export function parseTryParams(params: URLSearchParams): TryParams {
  const query = params.get('query')?.trim() || undefined;
  const topic = params.get('topic') || undefined;
  if (!query && !topic)
    throw new HttpError(400, 'give ?query=... (a query to try) or ?topic=ID (a configured topic), or both');
  if (query && query.length > MAX_QUERY_LENGTH)
    throw new HttpError(400, `the query is ${query.length} characters; at most ${MAX_QUERY_LENGTH}`);
  const since = params.get('since')?.trim() || '30d';
  const ms = parseDuration(since);
  if (ms === null || ms <= 0 || ms > MAX_SINCE_MS)
    throw new HttpError(400, `since: expected a duration up to 365d like "30d" or "12h", got "${since.slice(0, 40)}"`);
  const rawLimit = params.get('limit');
  const limit = rawLimit === null || rawLimit === '' ? 50 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TRY_LIMIT)
    throw new HttpError(400, `limit: expected a whole number from 1 to ${MAX_TRY_LIMIT}`);
  return { query, topic, since, limit };
}

let running = false;

export async function runTry(d: ApiDeps, p: TryParams): Promise<TryResult> {
  const base = p.topic === undefined ? undefined : d.config.topics.find((t) => t.id === p.topic);
  if (p.topic !== undefined && !base) throw new HttpError(404, `unknown topic "${p.topic.slice(0, 100)}"`);
  let topic;
  try {
    topic = topicToTry(base, p.query);
  } catch (err) {
    if (err instanceof DeltafeedError) throw new HttpError(400, `query: ${err.message}`);
    throw err;
  }
  if (running) throw new HttpError(429, 'another backtest is running in this process; try again in a few seconds');
  running = true;
  try {
    const since = Date.now() - (parseDuration(p.since) as number);
    const articles: BacktestArticle[] = [];
    const scanned = await forEachArticleSince(d.ctx, since, MAX_TRY_ARTICLES, (a) =>
      articles.push(toBacktestArticle(a)),
    );
    const report = backtestTopic(topic, articles, p.limit);
    return { since: new Date(since).toISOString(), cut: scanned >= MAX_TRY_ARTICLES, ...report };
  } finally {
    running = false;
  }
}
