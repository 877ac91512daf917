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
import type { ParsedRequest } from './request.js';

const ATOM = 'application/atom+xml; charset=utf-8';


function newestTime(times: string[]): Date | null {
  const ms = times.map((t) => Date.parse(t)).filter(Number.isFinite);
  return ms.length ? new Date(Math.max(...ms)) : null;
}

/** Serves /feeds/...; false when no feed is at that path. The caller has checked the feed key. */
export async function serveFeed(d: ApiDeps, req: IncomingMessage, res: ServerResponse, r: ParsedRequest): Promise<boolean> {
  const size = d.config.http.pageSize;
  const publicUrl = d.config.http.publicUrl;
  const feedKey = d.config.http.feedToken ?? undefined;
  const { page, segments } = r;
  const name = segments.length === 2 ? segments[1] : null;
  const topicFile = segments.length === 3 && segments[1] === 'topics' ? (segments[2] as string) : null;
  if (topicFile?.endsWith('.atom')) {
    const id = topicFile.slice(0, -'.atom'.length);
    const topic = d.config.topics.find((t) => t.id === id);
    if (!topic) throw new HttpError(404, `unknown topic "${id.slice(0, 100)}"`);
    const { items, total } = await listTopicUpdates(d.ctx, topic.id, (page - 1) * size, size);
    const xml = renderTopicFeed({ topic: { id: topic.id, title: topic.title, statuses: topic.statuses.map((s) => ({ id: s.id, label: s.label })) }, updates: items, page, hasNext: page * size < total, publicUrl, feedKey });
    sendConditional(req, res, xml, ATOM, newestTime(items.map((u) => u.at)));
    return true;
  }
  if (name === 'stories.atom') {
    const { items, total } = await listStories(d.ctx, (page - 1) * size, size);
    const xml = renderStoriesFeed({ stories: items, page, hasNext: page * size < total, publicUrl, feedKey });
    sendConditional(req, res, xml, ATOM, newestTime(items.map((s) => s.updated)));
    return true;
  }
  if (name === 'revisions.atom') {
    const { items, total } = await listRevisions(d.ctx, (page - 1) * size, size);
    const xml = renderRevisionsFeed({ revisions: items, page, hasNext: page * size < total, publicUrl, feedKey });
    sendConditional(req, res, xml, ATOM, newestTime(items.map((r) => r.at)));
    return true;
  }
  return false;
}
