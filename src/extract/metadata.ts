// Page metadata: what the publisher declares (JSON-LD, meta tags, <time>, rel=canonical, <html lang>) wins
// over what Readability guesses from the markup, because it is what the publisher's own feeds and search
// engines are given. Lookups walk the tree by tag name: jsdom's selector engine is slow for this.
import type { ExtractedArticle } from '../model.js';
import { parseDateText } from '../util/dates.js';
import { bylineName, shownByline, splitByline } from './byline.js';
import { elementsByTags } from './document.js';
import type { TitleSources } from './title.js';

/** The article fields the page declares, with what title.ts chooses the title from. */
export type PageMetadata = Pick<
  ExtractedArticle,
  'byline' | 'published' | 'modified' | 'canonicalUrl' | 'lang' | 'image'
> & {
  /** The headline the page declares (JSON-LD, then og/twitter/dc/parsely); the title itself is title.ts's choice. */
  title: string | null;
  /** JSON-LD articleBody as declared (plain text, sometimes HTML): evidence for the cleaner (article-body.ts). */
  articleBody: string | null;
  /** Every title the page declares or shows, for title.ts to choose from. */
  titles: TitleSources;
  /** The author's name as the page shows it (byline.ts), when Readability finds none. */
  shownByline: string | null;
  /** The page's base URL (its first <base href>, else the page's own): what relative links resolve against. */
  baseUrl: string;
};

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

const ARTICLE_TYPES =
  /^(Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|TechArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|WebPage|Recipe|HowTo)$/;

export function readMetadata(doc: Document, jsonLdTexts: string[], pageUrl: string): PageMetadata {
  const tagged = declaringElements(doc);
  const meta = collectMeta(tagged.get('meta')!);
  const jsonLd = parseJsonLd(jsonLdTexts);
  const ld = firstFound(jsonLd, findArticle);
  const base = baseFrom(tagged.get('base')!, pageUrl);
  const first = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };

  const links = tagged.get('link')!;
  const linkHref = (rel: RegExp): string | null =>
    links.find((l) => rel.test(l.getAttribute('rel') ?? '') && l.getAttribute('href'))?.getAttribute('href') ?? null;
  const canonicalHref = linkHref(/(^|\s)canonical(\s|$)/i);
  const canonicalUrl =
    absoluteHttpUrl(canonicalHref, base) ??
    absoluteHttpUrl(first('og:url'), base) ??
    absoluteHttpUrl(ld?.url ?? null, base);

  const times = tagged.get('time')!.filter((t) => t.getAttribute('datetime'));
  const timeEl =
    times.find((t) => t.hasAttribute('pubdate') || /datePublished/i.test(t.getAttribute('itemprop') ?? '')) ??
    times.find((t) => !!t.closest('article')) ??
    times[0];
  const published =
    isoDate(ld?.published) ??
    isoDate(
      first(
        'article:published_time',
        'og:article:published_time',
        'datepublished',
        'publishdate',
        'pubdate',
        'parsely-pub-date',
        'sailthru.date',
        'dc.date',
        'dc.date.issued',
        'dcterms.created',
        'date',
        'article.published',
        'published_time',
      ),
    ) ??
    isoDate(timeEl?.getAttribute('datetime') ?? null);
  const modified =
    isoDate(ld?.modified) ??
    isoDate(
      first(
        'article:modified_time',
        'og:updated_time',
        'datemodified',
        'dcterms.modified',
        'last-modified',
        'article.updated',
      ),
    );

  const htmlLang = doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang');
  const lang =
    normaliseLang(htmlLang) ??
    normaliseLang(first('content-language', 'og:locale', 'dc.language')) ??
    normaliseLang(ld?.lang ?? null);

  const image =
    absoluteHttpUrl(
      first('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'),
      base,
    ) ??
    absoluteHttpUrl(ld?.image ?? null, base) ??
    absoluteHttpUrl(linkHref(/(^|\s)image_src(\s|$)/i), base);

  const metaAuthor = first(
    'author',
    'byl',
    'dc.creator',
    'parsely-author',
    'sailthru.author',
    'article:author',
    'twitter:creator',
  );
  // The first article node may be a WebPage without an author while a BlogPosting further on has one.
  const byline =
    cleanByline(ld?.author ?? null) ?? cleanByline(firstFound(jsonLd, findAuthor)) ?? cleanByline(metaAuthor);

  const declaredTitles = [ld?.headline ?? null, ...TITLE_KEYS.map((k) => meta.get(k) ?? null)];
  return {
    title: clean(ld?.headline ?? null) ?? clean(first(...TITLE_KEYS)),
    byline,
    published,
    modified,
    canonicalUrl,
    lang,
    image,
    // A page may describe itself as a WebPage first and hold the article, with its body, further on.
    articleBody: ld?.body ?? firstFound(jsonLd, findBody),
    shownByline: byline ? null : shownByline(doc),
    baseUrl: base,
    titles: {
      declared: unique(declaredTitles.map(clean)),
      documentTitle: clean(documentTitle(doc)),
      headings: tagged
        .get('h1')!
        .slice(0, MAX_HEADINGS)
        .map((h) => clean(h.textContent))
        .filter((h): h is string => !!h),
      siteNames: unique([
        clean(first('og:site_name')),
        clean(first('application-name')),
        clean(ld?.publisher ?? null),
        clean(firstFound(jsonLd, findSiteName)),
      ]),
      url: pageUrl,
    },
  };
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'parsely-title'];
const MAX_HEADINGS = 4;
const TITLE = new Set(['title']);

function unique(list: Array<string | null>): string[] {
  return [...new Set(list.filter((s): s is string => !!s))];
}

/** The document's <title> (in <head>; an SVG's <title> in the body is not it). */
function documentTitle(doc: Document): string | null {
  const t = elementsByTags(doc.head ?? doc, TITLE)[0];
  return t ? t.textContent : null;
}

/** The JSON-LD WebSite's name. */
const findSiteName = (node: Json, depth: number): string | null =>
  findInLd(node, depth, (o, types) => (types.includes('WebSite') ? str(o.name) : null), false);

function collectMeta(metas: readonly Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of metas) {
    const content = m.getAttribute('content');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const k = m.getAttribute(attr);
      if (!k) continue;
      for (const one of k.toLowerCase().split(/\s+/)) if (one && !out.has(one)) out.set(one, content.trim());
    }
  }
  return out;
}

interface LdArticle {
  headline: string | null;
  author: string | null;
  published: string | null;
  modified: string | null;
  url: string | null;
  image: string | null;
  lang: string | null;
  publisher: string | null;
  body: string | null;
}

function parseJsonLd(texts: string[]): Json[] {
  const blocks: Json[] = [];
  for (const text of texts) {
    try {
      blocks.push(JSON.parse(text.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '')) as Json);
    } catch {
      continue;
    }
  }
  return blocks;
}

function firstFound<T>(blocks: readonly Json[], find: (node: Json, depth: number) => T | null): T | null {
  for (const data of blocks) {
    const f = find(data, 0);
    if (f) return f;
  }
  return null;
}

type LdObject = { [k: string]: Json };
/** Where JSON-LD nests the article of a page. */
const CONTAINERS = ['@graph', 'mainEntity', 'itemListElement'];

/**
 * Depth-first through arrays and CONTAINERS for the first node `match` answers. `intoLonePost`: also into a
 * Blog's post when it holds only one (a Blog holding one post is that post's page; one listing many is an index).
 */
function findInLd<T>(
  node: Json,
  depth: number,
  match: (o: LdObject, types: string[]) => T | null,
  intoLonePost: boolean,
): T | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  const next = (n: Json) => findInLd(n, depth + 1, match, intoLonePost);
  if (Array.isArray(node)) {
    for (const n of node) {
      const f = next(n);
      if (f) return f;
    }
    return null;
  }
  const types = ([] as Json[]).concat(node['@type'] ?? []).map(String);
  const own = match(node, types);
  if (own) return own;
  for (const k of CONTAINERS) {
    const f = node[k] !== undefined ? next(node[k]) : null;
    if (f) return f;
  }
  const posts = intoLonePost ? ([] as Json[]).concat(node.blogPost ?? []) : [];
  return posts.length === 1 ? next(posts[0]!) : null;
}

const findBody = (node: Json, depth: number): string | null =>
  findInLd(
    node,
    depth,
    (o, types) => {
      const body = str(o.articleBody);
      return body && types.some((t) => ARTICLE_TYPES.test(t)) ? body : null;
    },
    true,
  );

const findAuthor = (node: Json, depth: number): string | null =>
  findInLd(node, depth, (o, types) => (types.some((t) => ARTICLE_TYPES.test(t)) ? names(o.author) : null), true);

const findArticle = (node: Json, depth: number): LdArticle | null =>
  findInLd(
    node,
    depth,
    (o, types) =>
      types.some((t) => ARTICLE_TYPES.test(t)) && (o.headline || o.datePublished || o.articleBody || o.author)
        ? {
            headline: str(o.headline) ?? str(o.name),
            author: names(o.author),
            published: str(o.datePublished) ?? str(o.dateCreated),
            modified: str(o.dateModified),
            url: str(o.url) ?? idOf(o.mainEntityOfPage),
            image: urlOf(o.image),
            lang: str(o.inLanguage),
            publisher: names(o.publisher),
            body: str(o.articleBody),
          }
        : null,
    false,
  );

const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const idOf = (v: Json | undefined): string | null =>
  typeof v === 'string' ? v : v && typeof v === 'object' && !Array.isArray(v) ? (str(v['@id']) ?? str(v.url)) : null;
function urlOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.length ? urlOf(v[0]) : null;
  if (v && typeof v === 'object') return str(v.url) ?? str(v.contentUrl) ?? str(v['@id']);
  return null;
}
function names(v: Json | undefined): string | null {
  if (typeof v === 'string') return v;
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const out = list
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' && !Array.isArray(a) ? str(a.name) : null))
    .filter((s): s is string => !!s);
  return out.length ? [...new Set(out)].join(', ') : null;
}

function clean(s: string | null): string | null {
  if (!s) return null;
  const t = decodeEntities(s).replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 500) : null;
}

/** A byline's names (byline.ts), or null for an address, a handle or nothing that reads as a name. */
export function cleanByline(s: string | null): string | null {
  const t = clean(s);
  if (!t || /^https?:\/\//i.test(t) || /^@/.test(t)) return null;
  return bylineName(t);
}

/** The calendar day a byline runs on with ("Jane Doe - March 3, 2025"), as ISO 8601 at 00:00 UTC. */
export function bylineDate(s: string | null): string | null {
  return splitByline(clean(s)).date;
}

/** ISO 8601 in UTC, or null. Accepts what Date.parse accepts (ISO, RFC 2822) and RFC 2822 with a zone name. */
export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = parseDateText(s);
  if (!Number.isFinite(t)) return null;
  const y = new Date(t).getUTCFullYear();
  if (y < 1990 || y > 2100) return null;
  return new Date(t).toISOString();
}

function normaliseLang(s: string | null): string | null {
  if (!s) return null;
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))?/.exec(s);
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].length === 2 ? m[2].toUpperCase() : m[2]}` : m[1]!.toLowerCase();
}

const DECLARING = ['meta', 'link', 'time', 'base', 'h1'];
const DECLARING_SET = new Set(DECLARING);

/**
 * The page's meta, link, time, base and h1 elements, by tag, in document order, from one walk of the
 * document instead of one walk for each. A name given alone matches the qualified name, so an element
 * with a prefix is none of them, as elementsByTags(doc, {name}) would have it.
 */
function declaringElements(doc: Document): Map<string, Element[]> {
  const out = new Map<string, Element[]>(DECLARING.map((t) => [t, []]));
  for (const el of elementsByTags(doc, DECLARING_SET)) if (el.prefix === null) out.get(el.localName)!.push(el);
  return out;
}

function baseFrom(bases: readonly Element[], pageUrl: string): string {
  const href = bases.find((b) => b.getAttribute('href'))?.getAttribute('href');
  if (href) {
    try {
      return new URL(href, pageUrl).href;
    } catch {
      // fall through to the page's own URL
    }
  }
  return pageUrl;
}

/** Absolute http(s) URL of `href` against `base`, or null. */
export function absoluteHttpUrl(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(decodeEntities(href.trim()), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
/** Entities JSON-LD authors leave in strings (the DOM has already decoded attribute values). */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
