// The three Atom feeds, paged (RFC 5005) from the store and rendered by the pure renderers in publish/atom.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiDeps } from './api.js';
import { listTopicUpdates } from '../store/topics.js';
import { listStories } from '../store/stories.js';
import { listRevisions } from '../store/revisions.js';
import { renderTopicFeed } from '../publish/atom/topic-feed.js';
import { renderStoriesFeed } from '../publish/atom/stories-feed.js';
import { renderRevisionsFeed } from '../publish/atom/revisions-feed.js';
import { HttpError, sendConditional } from './respond.js';

const ATOM = 'application/atom+xml; charset=utf-8';

function pageOf(url: URL): number {
  const v = url.searchParams.get('page');
  if (v === null) return 1;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new HttpError(400, `page: expected a whole number from 1, got "${v}"`);
  return n;
}

function newestTime(times: string[]): Date | null {
  const ms = times.map((t) => Date.parse(t)).filter(Number.isFinite);
  return ms.length ? new Date(Math.max(...ms)) : null;
}

export async function serveFeed(d: ApiDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const size = d.config.http.pageSize;
  const publicUrl = d.config.http.publicUrl;
  const topicMatch = /^\/feeds\/topics\/([^/]+)\.atom$/.exec(url.pathname);
  if (topicMatch) {
    const topic = d.config.topics.find((t) => t.id === decodeURIComponent(topicMatch[1] as string));
    if (!topic) throw new HttpError(404, `unknown topic "${topicMatch[1]}"`);
    const page = pageOf(url);
    const { items, total } = await listTopicUpdates(d.ctx, topic.id, (page - 1) * size, size);
    const xml = renderTopicFeed({ topic: { id: topic.id, title: topic.title, statuses: topic.statuses.map((s) => ({ id: s.id, label: s.label })) }, updates: items, page, hasNext: page * size < total, publicUrl });
    sendConditional(req, res, xml, ATOM, newestTime(items.map((u) => u.at)));
    return true;
  }
  if (url.pathname === '/feeds/stories.atom') {
    const page = pageOf(url);
    const { items, total } = await listStories(d.ctx, (page - 1) * size, size);
    const xml = renderStoriesFeed({ stories: items, page, hasNext: page * size < total, publicUrl });
    sendConditional(req, res, xml, ATOM, newestTime(items.map((s) => s.updated)));
    return true;
  }
  if (url.pathname === '/feeds/revisions.atom') {
    const page = pageOf(url);
    const { items, total } = await listRevisions(d.ctx, (page - 1) * size, size);
    const xml = renderRevisionsFeed({ revisions: items, page, hasNext: page * size < total, publicUrl });
    sendConditional(req, res, xml, ATOM, newestTime(items.map((r) => r.at)));
    return true;
  }
  return false;
}
