// GET /feeds/sources.opml (the configured sources, to move them into a feed reader or another deltafeed) and
// GET /feeds/topics.opml (every topic feed, for a reader to subscribe to all at once). The caller has checked
// the feed key; links to private feeds carry the current key, as links inside the feeds do.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/load.js';
import { formatDuration } from '../config/units.js';
import { absoluteUrl, feedPageUrl, topicFeedPath } from '../publish/atom/ids.js';
import { renderOpml } from '../sources/opml/write.js';
import { sendConditional } from './respond.js';

/** text/x-opml is what readers and browsers recognise; there is no registered type. */
const OPML = 'text/x-opml; charset=utf-8';

export function sourcesOpml(config: Config): string {
  return renderOpml({
    title: 'deltafeed sources',
    outlines: config.sources.map((s) => ({
      text: s.title ?? s.id,
      xmlUrl: s.url,
      ours: { id: s.id, every: formatDuration(s.every) },
    })),
  });
}

export function topicsOpml(config: Config): string {
  const { publicUrl, feedToken } = config.http;
  const outlines = config.topics.map((t) => ({
    text: t.title,
    xmlUrl: feedPageUrl(publicUrl, topicFeedPath(t.id), 1, feedToken ?? undefined),
    htmlUrl: absoluteUrl(publicUrl, '/'),
  }));
  return renderOpml({
    title: 'deltafeed topics',
    ...(outlines.length ? { folder: 'deltafeed topics' } : {}),
    outlines,
  });
}

/** Serves the two OPML documents; false for any other path. */
export function serveOpml(config: Config, req: IncomingMessage, res: ServerResponse, segments: string[]): boolean {
  if (segments.length !== 2) return false;
  const body =
    segments[1] === 'sources.opml' ? sourcesOpml(config) : segments[1] === 'topics.opml' ? topicsOpml(config) : null;
  if (body === null) return false;
  sendConditional(req, res, body, OPML, null);
  return true;
}
