import type { ArticleVersion, CorpusArticle, FeedDef, Outlet } from '../corpus/types.js';

/** One article as a feed lists it at a phase. */
export interface FeedEntry {
  article: CorpusArticle;
  version: ArticleVersion;
  /** dateModified at the phase. */
  modified: string;
  /** Absolute link, with the feed's tracking parameters if it adds any. */
  link: string;
  /** Absolute canonical URL of the page. */
  canonical: string;
  imageUrl: string;
}

export interface FeedInput {
  feed: FeedDef;
  outlet: Outlet;
  /** Newest first. */
  entries: FeedEntry[];
  origin: string;
  /** Simulated time of the phase. */
  now: string;
  selfUrl: string;
}
