// The three feeds, paged (RFC 5005) from the store, each as Atom (.atom) and as its JSON Feed 1.1 twin (.json),
// rendered from one page description by the pure renderers in publish/.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiDeps } from './api.js';
import { listTopicUpdates } from '../store/topics.js';
import { listStories } from '../store/stories.js';
import { listRevisions } from '../store/revisions.js';
import { topicFeedDoc } from '../publish/atom/topic-feed.js';
import { storiesFeedDoc } from '../publish/atom/stories-feed.js';
import { revisionsFeedDoc } from '../publish/atom/revisions-feed.js';
import { renderAtom, type AtomFeedDoc } from '../publish/atom/build.js';
import { FEED_MEDIA_TYPE, type FeedFormat } from '../publish/atom/ids.js';
import { renderJsonFeed } from '../publish/jsonfeed/render.js';
import { HttpError, sendConditional } from './respond.js';
import type { ParsedRequest } from './request.js';

function newestTime(times: string[]): Date | null {
  const ms = times.map((t) => Date.parse(t)).filter(Number.isFinite);
  return ms.length ? new Date(Math.max(...ms)) : null;
}

/** "x.atom" -> ["x", "atom"]; null for any other extension. */
function splitFormat(file: string): [string, FeedFormat] | null {
  const m = /^(.*)\.(atom|json)$/s.exec(file);
  return m ? [m[1] as string, m[2] as FeedFormat] : null;
}

function send(req: IncomingMessage, res: ServerResponse, doc: AtomFeedDoc, format: FeedFormat, times: string[]): void {
  const body = format === 'atom' ? renderAtom(doc) : renderJsonFeed(doc);
  sendConditional(req, res, body, `${FEED_MEDIA_TYPE[format]}; charset=utf-8`, newestTime(times));
}

/** Serves /feeds/...; false when no feed is at that path. The caller has checked the feed key. */
export async function serveFeed(
  d: ApiDeps,
  req: IncomingMessage,
  res: ServerResponse,
  r: ParsedRequest,
): Promise<boolean> {
  const size = d.config.http.pageSize;
  const publicUrl = d.config.http.publicUrl;
  const feedKey = d.config.http.feedToken ?? undefined;
  const { page, segments } = r;
  const file = segments.length === 2 ? splitFormat(segments[1] as string) : null;
  const topicFile = segments.length === 3 && segments[1] === 'topics' ? splitFormat(segments[2] as string) : null;
  if (topicFile) {
    const [id, format] = topicFile;
    const topic = d.config.topics.find((t) => t.id === id);
    if (!topic) throw new HttpError(404, `unknown topic "${id.slice(0, 100)}"`);
    const { items, total } = await listTopicUpdates(d.ctx, topic.id, (page - 1) * size, size);
    const args = {
      topic: { id: topic.id, title: topic.title, statuses: topic.statuses.map((s) => ({ id: s.id, label: s.label })) },
      updates: items,
      page,
      hasNext: page * size < total,
      publicUrl,
      feedKey,
    };
    send(
      req,
      res,
      topicFeedDoc(args, format),
      format,
      items.map((u) => u.at),
    );
    return true;
  }
  if (file?.[0] === 'stories') {
    const { items, total } = await listStories(d.ctx, (page - 1) * size, size);
    send(
      req,
      res,
      storiesFeedDoc({ stories: items, page, hasNext: page * size < total, publicUrl, feedKey }, file[1]),
      file[1],
      items.map((s) => s.updated),
    );
    return true;
  }
  if (file?.[0] === 'revisions') {
    const { items, total } = await listRevisions(d.ctx, (page - 1) * size, size);
    send(
      req,
      res,
      revisionsFeedDoc({ revisions: items, page, hasNext: page * size < total, publicUrl, feedKey }, file[1]),
      file[1],
      items.map((x) => x.at),
    );
    return true;
  }
  return false;
}
