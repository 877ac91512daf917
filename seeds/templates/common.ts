// Helpers shared by the outlet templates: escaping, metadata blocks, dates, and the per-phase page noise.
import type { ArticleVersion, Block, CorpusArticle, Outlet } from '../corpus/types.js';

/** Everything a template needs to render one article page at one phase. */
export interface PageInput {
  article: CorpusArticle;
  version: ArticleVersion;
  outlet: Outlet;
  phase: number;
  /** Simulated time of the phase (ISO). */
  now: string;
  /** dateModified at this phase (ISO). */
  modified: string;
  /** http://host:port, no trailing slash. */
  origin: string;
  /** Absolute canonical URL of the page. */
  url: string;
  imageUrl: string;
  comments: number;
  /** The outlet's most-read list as ordered at this phase. */
  mostRead: { title: string; href: string }[];
  /** Other pages of the same outlet visible at this phase, for teasers. */
  siblings: { title: string; href: string; summary: string }[];
  /** For republished wire copy: the original's outlet name and absolute URL. */
  original?: { outlet: string; url: string };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/** JSON for a <script type="application/ld+json">: "</" must not close the script element. */
export function jsonLd(data: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(data, null, 2).replace(/</g, '\\u003c')}</script>`;
}

export function openGraph(p: PageInput, extra: Record<string, string> = {}): string {
  const tags: [string, string][] = [
    ['og:type', 'article'],
    ['og:site_name', p.outlet.name],
    ['og:title', p.version.headline],
    ['og:description', p.version.standfirst],
    ['og:url', p.url],
    ['og:image', p.imageUrl],
    ['og:image:alt', p.article.photo.alt],
    ['article:published_time', p.article.published],
    ['article:modified_time', p.modified],
    ['article:section', p.article.section],
    ...p.article.tags.map((t): [string, string] => ['article:tag', t]),
    ...Object.entries(extra),
  ];
  return tags.map(([k, v]) => `<meta property="${esc(k)}" content="${esc(v)}">`).join('\n    ');
}

export function newsArticleLd(p: PageInput, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': p.url },
    headline: p.version.headline,
    description: p.version.standfirst,
    image: [p.imageUrl],
    datePublished: p.article.published,
    dateModified: p.modified,
    author: [
      {
        '@type': 'Person',
        name: p.article.author.name,
        url: `${p.origin}${p.outlet.base}/author/${p.article.author.slug}`,
      },
    ],
    publisher: {
      '@type': 'Organization',
      name: p.outlet.name,
      logo: { '@type': 'ImageObject', url: `${p.origin}${p.outlet.base}/static/logo.svg` },
    },
    articleSection: p.article.section,
    keywords: p.article.tags.join(', '),
    ...extra,
  };
}

/**
 * The body's blocks as HTML. `insert` puts outlet furniture (inline newsletters, "read more" lines) after the
 * paragraph with that index, as CMSs do.
 */
export function renderBlocks(
  blocks: Block[],
  opts: { p?: string; h?: string; insert?: Record<number, string> } = {},
): string {
  const pOpen = opts.p ?? '<p>';
  const hTag = opts.h ?? 'h2';
  const out: string[] = [];
  let para = 0;
  for (const b of blocks) {
    if (typeof b === 'string') {
      out.push(`${pOpen}${esc(b)}</p>`);
      const extra = opts.insert?.[para];
      if (extra) out.push(extra);
      para++;
    } else {
      out.push(`<${hTag}>${esc(b.h)}</${hTag}>`);
    }
  }
  return out.join('\n');
}

export function formatDate(iso: string, locale: string, timeZone: string, opts: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { timeZone, ...opts }).format(new Date(iso));
}

/** "12 minutes ago", as page headers print it; moves with the simulated clock. */
export function ago(fromIso: string, nowIso: string): string {
  const mins = Math.max(0, Math.round((Date.parse(nowIso) - Date.parse(fromIso)) / 60_000));
  if (mins < 60) return `${mins} minute${mins === 1 ? '' : 's'} ago`;
  const hours = Math.round(mins / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.round(hours / 24);
  return `${days} days ago`;
}

/** The outlet's most-read list for a phase: the order changes every phase. */
export function rotate<T>(list: T[], by: number): T[] {
  if (!list.length) return list;
  const k = ((by % list.length) + list.length) % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

export function slugify(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A footer line saying that nothing here is real reporting. */
export const DEMO_NOTICE =
  'Demo content: this outlet and its articles were invented for deltafeed’s demo and are not real reporting.';
