// Identity and addresses of the Atom feeds and their entries.
//
// Entry ids are tag: URIs (RFC 4151) under one fixed authority, so they never change when the service moves
// to another host or publicUrl:
//   feeds    tag:deltafeed,2024:topic/<topicId>      tag:deltafeed,2024:stories      tag:deltafeed,2024:revisions
//   entries  tag:deltafeed,2024:topic/<topicId>/update/<updateId>
//            tag:deltafeed,2024:story/<storyId>                     (one entry per story, updated in place)
//            tag:deltafeed,2024:article/<articleId>/revision/<n>
// Every page of a paged feed (RFC 5005) carries the feed's id; the pages differ by their self link.
// Record ids are percent-encoded so that any id the pipeline mints stays a valid tag "specific" part.

const TAG = 'tag:deltafeed,2024:';

const seg = (s: string | number): string => encodeURIComponent(String(s));

export const topicFeedId = (topicId: string): string => `${TAG}topic/${seg(topicId)}`;
export const storiesFeedId = (): string => `${TAG}stories`;
export const revisionsFeedId = (): string => `${TAG}revisions`;

export const topicUpdateEntryId = (topicId: string, updateId: string): string =>
  `${TAG}topic/${seg(topicId)}/update/${seg(updateId)}`;
export const storyEntryId = (storyId: string): string => `${TAG}story/${seg(storyId)}`;
export const revisionEntryId = (articleId: string, n: number): string =>
  `${TAG}article/${seg(articleId)}/revision/${seg(n)}`;

/** Every feed is served twice, as Atom and as its JSON Feed 1.1 twin: same path, other extension. */
export type FeedFormat = 'atom' | 'json';
export const FEED_FORMATS: readonly FeedFormat[] = ['atom', 'json'];
export const FEED_MEDIA_TYPE: Record<FeedFormat, string> = {
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/** Paths of the feeds (CONTRACT §4), relative to http.publicUrl. */
export const topicFeedPath = (topicId: string, format: FeedFormat = 'atom'): string =>
  `/feeds/topics/${seg(topicId)}.${format}`;
export const storiesFeedPath = (format: FeedFormat = 'atom'): string => `/feeds/stories.${format}`;
export const revisionsFeedPath = (format: FeedFormat = 'atom'): string => `/feeds/revisions.${format}`;
/** One of the feeds, independent of its format and page. */
export type FeedRef = { kind: 'topic'; topicId: string } | { kind: 'stories' } | { kind: 'revisions' };

export function feedPath(ref: FeedRef, format: FeedFormat): string {
  if (ref.kind === 'topic') return topicFeedPath(ref.topicId, format);
  return ref.kind === 'stories' ? storiesFeedPath(format) : revisionsFeedPath(format);
}

export const STORIES_FEED_PATH = storiesFeedPath('atom');
export const REVISIONS_FEED_PATH = revisionsFeedPath('atom');

/** Where deltafeed's own WebSub hub takes subscription requests (POST, form-encoded), relative to publicUrl. */
export const WEBSUB_HUB_PATH = '/websub';

/** publicUrl joined with an absolute path; a publicUrl with a path prefix keeps it. */
export function absoluteUrl(publicUrl: string, path: string): string {
  return publicUrl.replace(/\/+$/, '') + path;
}

/**
 * The URL of one page of a feed. Page 1 is the feed's plain URL (what subscribers put in their readers);
 * later pages add `?page=N`, which the HTTP layer must read back. A private feed (http.feedToken) adds
 * `key=`, since feed readers follow these links without sending headers.
 */
export function feedPageUrl(publicUrl: string, path: string, page: number, key?: string): string {
  const base = absoluteUrl(publicUrl, path);
  const query = [page > 1 ? `page=${page}` : '', key ? `key=${encodeURIComponent(key)}` : ''].filter(Boolean).join('&');
  return query ? `${base}?${query}` : base;
}

/** Where a topic update can be read on its own: its entry in the topic feed. Used as the webhook's entryUrl. */
export function topicUpdateUrl(publicUrl: string, topicId: string, updateId: string): string {
  return `${absoluteUrl(publicUrl, topicFeedPath(topicId))}#update-${seg(updateId)}`;
}
