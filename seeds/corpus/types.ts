// The demo corpus as data: outlets, their feeds, and articles with their versions over the timeline.
// Everything here is invented for deltafeed's demo (outlets, reporters, most quotes); the events follow the
// public record of late 2024 only in outline.

export type OutletId = 'meridian-post' | 'baltic-ledger' | 'continental-wire' | 'harbor-herald' | 'eastgate-observer';

/** A block of article body: a paragraph, or a subheading. Plain text; the templates escape it. */
export type Block = string | { h: string };

export interface Photo {
  /** File name under the outlet's image folder; the publisher serves a placeholder SVG there. */
  file: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface Author {
  name: string;
  /** Shown by outlets that print author cards. */
  role?: string;
  bio?: string;
  slug: string;
}

/** The text of an article from a phase on; later entries override earlier ones. */
export interface ArticleVersion {
  phase: number;
  /** ISO 8601: the article's dateModified from this phase on. */
  modified: string;
  headline: string;
  standfirst: string;
  body: Block[];
  /** Printed at the end of the body (corrections). */
  editorsNote?: string;
}

export interface CorpusArticle {
  /** Stable corpus id, used by demoScenario and tests. */
  id: string;
  outlet: OutletId;
  section: string;
  /** Path of the article page on the publisher (its canonical URL's path). */
  path: string;
  author: Author;
  /** Place line, e.g. "Brussels". */
  dateline?: string;
  published: string;
  photo: Photo;
  tags: string[];
  /** One-line summary for the feed entry. */
  summary: string;
  /** Versions, first one at the phase the article appears. */
  versions: ArticleVersion[];
  /** Phases at which only the feed entry's updated time (and page timestamps) move: CMS "touches". */
  touches?: { phase: number; modified: string }[];
  /** For a republished wire story: the corpus id of the original. */
  republishes?: string;
  /** Seeds for page noise that moves with the phase. */
  comments: { base: number; perPhase: number };
}

export interface FeedDef {
  /** The source id in config/demo.yaml. */
  id: string;
  outlet: OutletId;
  path: string;
  format: 'rss' | 'atom';
  title: string;
  /** Corpus ids listed in this feed (those visible at the phase). */
  articles: string[];
  /** Query string added to the article links of this feed (tracking parameters), e.g. "utm_source=rss". */
  linkQuery?: string;
}

export interface Outlet {
  id: OutletId;
  name: string;
  /** Path prefix of everything the outlet serves. */
  base: string;
  tagline: string;
  /** Headlines of the outlet's other (unserved) pages, for "most read" rails that reorder every phase. */
  mostRead: string[];
}
