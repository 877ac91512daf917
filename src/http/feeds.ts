// The three feeds, paged (RFC 5005) from the store, each as Atom (.atom) and as its JSON Feed 1.1 twin (.json),
// rendered from one page description by the pure renderers in publish/.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiDeps } from './api.js';
import type { FeedFormat, FeedRef } from '../publish/atom/ids.js';
import { loadFeedPage, renderFeed } from '../publish/feed-pages.js';
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

/** Serves /feeds/...; false when no feed is at that path. The caller has checked the feed key. */
export async function serveFeed(
  d: ApiDeps,
  req: IncomingMessage,
  res: ServerResponse,
  r: ParsedRequest,
): Promise<boolean> {
  const { page, segments } = r;
  const file = segments.length === 2 ? splitFormat(segments[1] as string) : null;
  const topicFile = segments.length === 3 && segments[1] === 'topics' ? splitFormat(segments[2] as string) : null;
  let ref: FeedRef;
  let format: FeedFormat;
  if (topicFile) {
    ref = { kind: 'topic', topicId: topicFile[0] };
    format = topicFile[1];
  } else if (file?.[0] === 'stories' || file?.[0] === 'revisions') {
    ref = { kind: file[0] };
    format = file[1];
  } else return false;
  const found = await loadFeedPage(d, ref, page, format);
  if (!found) throw new HttpError(404, `unknown topic "${(topicFile?.[0] ?? '').slice(0, 100)}"`);
  const { body, contentType } = renderFeed(found.doc, format);
  sendConditional(req, res, body, contentType, newestTime(found.times));
  return true;
}
