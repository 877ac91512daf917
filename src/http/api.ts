// The JSON API (CONTRACT §4). Lists are newest first and take ?limit= (default 100).
import type { Config } from '../config/load.js';
import type { StoreCtx } from '../store/context.js';
import type { ArticleRecord, StoryRecord } from '../model.js';
import { getArticle, findArticleIdByUrl } from '../store/articles.js';
import { listArticleRevisions } from '../store/revisions.js';
import { listStories } from '../store/stories.js';
import { getStoryFollowed } from '../store/story-merges.js';
import { getTopicState, listTopicUpdates } from '../store/topics.js';
import { getSourceState } from '../store/sources.js';
import { failureCounts, recentFailures, type FailureCounts, type ItemFailure } from '../store/failures.js';
import { listDeliveries } from '../store/deliveries.js';
import { canonicalizeUrl } from '../dedup/url.js';
import { HttpError } from './respond.js';
import { subscriptionView } from './websub-callback.js';
import { isSubscriptionId } from '../publish/websub/content.js';

export interface ApiDeps {
  config: Config;
  ctx: StoreCtx;
}

export async function topicsList(d: ApiDeps, limit: number): Promise<unknown[]> {
  return Promise.all(d.config.topics.map((t) => topicDetail(d, t.id, Math.min(limit, 10))));
}

export async function topicDetail(d: ApiDeps, id: string, limit: number): Promise<Record<string, unknown>> {
  const topic = d.config.topics.find((t) => t.id === id);
  if (!topic) throw new HttpError(404, `unknown topic "${id}"`);
  const [state, updates] = await Promise.all([getTopicState(d.ctx, id), listTopicUpdates(d.ctx, id, 0, limit)]);
  const claims = [...(state?.claims ?? [])].sort(
    (a, b) => b.sources.length - a.sources.length || b.lastSeen.localeCompare(a.lastSeen),
  );
  return {
    id: topic.id,
    title: topic.title,
    query: topic.query,
    status: state?.status ?? null,
    statuses: topic.statuses.map((s) => ({ id: s.id, label: s.label, when: s.when })),
    claims: claims.slice(0, limit).map((c) => ({
      id: c.id,
      text: c.text,
      sources: c.sources,
      firstSeen: c.firstSeen,
      lastSeen: c.lastSeen,
      corroboration: new Set(c.sources.map((s) => s.source)).size,
    })),
    claimCount: claims.length,
    updates: updates.items,
    updateCount: updates.total,
    feed: `${d.config.http.publicUrl}/feeds/topics/${topic.id}.atom`,
  };
}

const STORY_ID = /^s-[0-9a-f]{12}$/;

const storyJson = (s: StoryRecord) => ({
  ...s,
  articles: s.articles.map((a) => ({ id: a.id, url: a.url, source: a.source, title: a.title, joinedAt: a.joinedAt })),
});

export async function storiesList(d: ApiDeps, limit: number): Promise<unknown[]> {
  const { items } = await listStories(d.ctx, 0, limit);
  return items.map(storyJson);
}

/** One story; one absorbed by a late merge answers with `mergedInto` (the story that lists its articles now). */
export async function storyDetail(d: ApiDeps, id: string): Promise<unknown> {
  const s = STORY_ID.test(id) ? await getStoryFollowed(d.ctx, id) : null;
  if (!s) throw new HttpError(404, `unknown story "${id}"`);
  return storyJson(s);
}

export async function articleDetail(d: ApiDeps, id: string): Promise<Record<string, unknown>> {
  const a = await getArticle(d.ctx, id);
  if (!a) throw new HttpError(404, `unknown article "${id}"`);
  return articleJson(d, a);
}

export async function articleByUrl(d: ApiDeps, url: string): Promise<Record<string, unknown>> {
  let canonical = url;
  try {
    canonical = canonicalizeUrl(url, { stripParams: d.config.dedup.stripParams });
  } catch {
    throw new HttpError(400, `url: not a valid URL: "${url}"`);
  }
  const id = await findArticleIdByUrl(d.ctx, url, canonical);
  if (!id) throw new HttpError(404, `no article known under ${url}`);
  return articleDetail(d, id);
}

async function articleJson(d: ApiDeps, a: ArticleRecord): Promise<Record<string, unknown>> {
  const revisions = await listArticleRevisions(d.ctx, a.id, a.revisions);
  return {
    id: a.id,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    urls: a.urls,
    source: a.source,
    title: a.title,
    byline: a.byline,
    published: a.published,
    publishedText: a.publishedText ?? null,
    modified: a.modified,
    lang: a.lang,
    image: a.image,
    text: a.text,
    storyId: a.storyId,
    duplicateOf: a.duplicateOf,
    dedup: a.dedupWhy,
    firstSeen: a.firstSeen,
    updatedAt: a.updatedAt,
    revisionCount: a.revisions,
    revisions: revisions.map((r) => ({
      n: r.n,
      at: r.at,
      labels: r.labels,
      title: r.title,
      added: r.added,
      removed: r.removed,
      diffHtml: r.diffHtml,
    })),
  };
}

export interface SourceHealth {
  id: string;
  url: string;
  lastPollAt: string | null;
  lastStatus: number | string | null;
  lastError: string | null;
  nextPollAt: string | null;
  items: number;
  consecutiveFailures: number;
  disabled: string | null;
  movedTo: string | null;
  /** Recent items that failed a stage or were refused, newest first. */
  failures: ItemFailure[];
  failureCounts: FailureCounts;
  /** More new items than sources[].maxItemsPerPoll were waiting: `backlog` of them follow on later polls. */
  catchingUp: boolean;
  backlog: number;
  /** Our WebSub subscription to the feed's hub (state, hub, topic, lease, pushes), or null. */
  websub: Record<string, unknown> | null;
}

/** Failures shown per source in /api/sources and the dashboard; the counts cover them all. */
const SHOWN_FAILURES = 10;

export async function sourcesList(d: ApiDeps): Promise<SourceHealth[]> {
  return Promise.all(
    d.config.sources.map(async (src) => {
      const [s, failures, counts, websub] = await Promise.all([
        getSourceState(d.ctx, src.id, src.url),
        recentFailures(d.ctx, src.id, SHOWN_FAILURES),
        failureCounts(d.ctx, src.id),
        subscriptionView(d.ctx, src.id),
      ]);
      return {
        id: s.id,
        url: s.url,
        lastPollAt: s.lastPollAt,
        lastStatus: s.lastStatus,
        lastError: s.lastError,
        nextPollAt: s.nextPollAt,
        items: s.items,
        consecutiveFailures: s.consecutiveFailures,
        disabled: s.disabled,
        movedTo: s.movedTo ?? null,
        failures,
        failureCounts: counts,
        catchingUp: (s.backlog ?? 0) > 0,
        backlog: s.backlog ?? 0,
        websub,
      };
    }),
  );
}

export async function deliveriesList(d: ApiDeps, webhookId: string | null, limit: number): Promise<unknown[]> {
  if (webhookId === '') throw new HttpError(400, 'webhook: give a webhook id (?webhook=ID), or leave it out for all');
  // A WebSub subscription's pushes are listed under its id (wsub_...), like an endpoint's deliveries.
  if (webhookId !== null && !d.config.webhooks.some((w) => w.id === webhookId) && !isSubscriptionId(webhookId))
    throw new HttpError(404, `unknown webhook "${webhookId}"`);
  return listDeliveries(d.ctx, { webhookId: webhookId ?? undefined, limit });
}
