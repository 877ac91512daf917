// The records that flow through the pipeline and are kept in Redis. Pure data: no IO here.

/** What the cleaner makes of one HTML page. */
export interface ExtractedArticle {
  title: string;
  byline: string | null;
  /** ISO 8601, or null when the page does not say. */
  published: string | null;
  /**
   * Set when `published` is a day read from the page's text (a byline's or a dateline's date, as 00:00 UTC), not
   * one the page declares: the pipeline then prefers its feed's date, which has the time.
   */
  publishedShown?: true;
  modified: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  image: string | null;
  /** The article's text alone, paragraphs separated by a blank line ("\n\n"). The headline is not part of it. */
  text: string;
  /** Sanitized HTML of the article body, for display. */
  html: string;
}

export type ExtractOutcome = { ok: true; article: ExtractedArticle } | { ok: false; reason: string };

/** One item of a polled feed. */
export interface FeedItem {
  /** Stable identity within its source: guid/id, else link, else title+date (hashed). */
  key: string;
  link: string;
  title: string;
  published: string | null;
  /** The feed's date as written, when it is not one the pipeline can represent (published is then null). */
  publishedText?: string;
  updated: string | null;
  summary: string | null;
  /** Hash of what the feed says of the item, to notice when its entry changes. */
  entryHash: string;
}

export interface ArticleSourceRef {
  articleId: string;
  url: string;
  source: string;
  title?: string;
}

export interface ArticleRecord {
  id: string;
  url: string;
  canonicalUrl: string;
  /** Every URL this article was seen under. */
  urls: string[];
  source: string;
  title: string;
  byline: string | null;
  published: string | null;
  /** The publisher's date as written when it could not be represented (before 1970, after 9999, unreadable). */
  publishedText?: string | null;
  modified: string | null;
  lang: string | null;
  image: string | null;
  text: string;
  html: string;
  /** Fingerprint of the normalized text: equal fingerprints are the same text. */
  fingerprint: string;
  storyId: string | null;
  duplicateOf: string | null;
  /** How the dedup stage decided (score, features), for explanation. */
  dedupWhy: Record<string, unknown> | null;
  /** Number of revisions after the first version (0 = unchanged since first seen). */
  revisions: number;
  firstSeen: string;
  updatedAt: string;
}

export interface StoryArticle {
  id: string;
  url: string;
  source: string;
  title: string;
  joinedAt: string;
  score?: number;
}

export interface StoryRecord {
  id: string;
  title: string;
  firstSeen: string;
  updated: string;
  articles: StoryArticle[];
  /** Set on a story absorbed by a late merge: the story that holds its articles now. */
  mergedInto?: string;
  /** On a surviving story: the stories merged into it, and the article that tied each to it. */
  merges?: StoryMerge[];
  /** Set on a story cut off another by a hindsight split (dedup.split): the story it was cut from. */
  splitFrom?: string;
  /** On a story that hindsight splits cut: the stories cut off it, oldest cut first. */
  splitInto?: string[];
}

export interface StoryMerge {
  id: string;
  articleId: string;
  at: string;
}

export interface ClaimSource {
  articleId: string;
  url: string;
  source: string;
  sentence: string;
  at: string;
}

export interface Claim {
  id: string;
  text: string;
  sources: ClaimSource[];
  firstSeen: string;
  lastSeen: string;
}

export interface TopicStatusValue {
  id: string;
  label: string;
  since: string;
  evidence: { sentence: string; articleId: string; url: string; source: string; rule: string } | null;
}

export interface TopicUpdate {
  id: string;
  topicId: string;
  at: string;
  story: { id: string; title: string } | null;
  article: { id: string; url: string; source: string; title: string };
  status: { from: string | null; to: string } | null;
  /** New claims, each with its sources. */
  added: { id: string; text: string; sources: { url: string; source: string }[] }[];
  /** Known claims that this story corroborated. */
  corroborated: { id: string; text: string; sources: { url: string; source: string }[] }[];
  briefBefore: string[];
  briefAfter: string[];
  /** The brief's change rendered with <ins>/<del>. */
  diffHtml: string;
  /** Why it fired: matched terms, novelty scores, the status rule. */
  why: Record<string, unknown>;
}

/** What the topic engine returns: an update without its HTML, plus the status labels that HTML shows. */
export interface TopicChange extends Omit<TopicUpdate, 'diffHtml'> {
  /** Labels of the status before and after, when the status changed. */
  statusLabels: { from: string | null; to: string } | null;
}

export interface Revision {
  articleId: string;
  /** 1 for the first change after the original version. */
  n: number;
  at: string;
  url: string;
  source: string;
  title: string;
  previousTitle: string;
  added: string[];
  removed: string[];
  labels: string[];
  diffHtml: string;
  why: Record<string, unknown>;
}

export interface SourceState {
  id: string;
  url: string;
  lastPollAt: string | null;
  lastStatus: number | string | null;
  lastError: string | null;
  consecutiveFailures: number;
  nextPollAt: string | null;
  items: number;
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
  disabled: string | null;
  /** Where the feed says it moved permanently (301/308): the operator should update the config. */
  movedTo?: string | null;
  failingNotified: boolean;
  /** New or changed items left for later polls by sources[].maxItemsPerPoll (0 or absent: caught up). */
  backlog?: number;
  /** The WebSub hub and topic the feed advertised when it was last read (null: none). */
  websub?: { hub: string; topic: string } | null;
  /** nextPollAt was stretched by FALLBACK_POLL_FACTOR because a WebSub subscription was live. */
  pushFallback?: boolean;
}
