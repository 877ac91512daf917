// One Atom 1.0 document from a plain description, rendered by the `feed` package (v5) and completed where
// that package cannot express what CONTRACT §4 asks for. Pure: same input, same bytes.
//
// What `feed` cannot do, and how this file makes up for it:
// - Links. An entry gets exactly one <link href> without rel; a feed gets only alternate, self and hub. We need
//   rel="alternate"/"related"/"via" on entries (with titles) and RFC 5005 "first"/"previous"/"next" on the feed.
//   So each entry's link and the feed's hub link are given a one-off placeholder URN, and after rendering the
//   line holding each placeholder is replaced by our own <link> elements (escaped here). The placeholder
//   carries a random nonce, so no text of an article can ever look like one; the nonce never reaches the output.
// - Escaping bugs of its XML writer (xml-js 1.6):
//   * text nodes are "desanitized" (&amp; -> &) before escaping, so a literal "&amp;" in a title would come out
//     as "&": we escape "&" in plain-text fields first (what `feed` itself does for entry ids and hrefs);
//   * attributes only get '"' escaped: category attributes are escaped here;
//   * only the first "]]>" of a CDATA section is split: "]]>" in HTML is written "]]&gt;" (same HTML meaning);
//   * characters XML 1.0 forbids (control characters, lone surrogates) are not removed: we remove them.
import { randomUUID } from 'node:crypto';
import { Feed } from 'feed';
import { DeltafeedError } from '../../errors.js';

export interface AtomLink {
  rel: 'alternate' | 'related' | 'via' | 'self' | 'first' | 'previous' | 'next' | 'last' | 'hub';
  href: string;
  title?: string;
  type?: string;
}

export interface AtomPerson {
  name: string;
  uri?: string;
}

export interface AtomEntry {
  id: string;
  /** Plain text; rendered as type="html". */
  title: string;
  /** ISO 8601 / RFC 3339. */
  updated: string;
  published?: string;
  authors: AtomPerson[];
  /** At least one rel="alternate". */
  links: AtomLink[];
  /** HTML; rendered as content type="html". */
  contentHtml: string;
  /** Plain text. */
  summary?: string;
  categories?: { term: string; label?: string; scheme?: string }[];
}

/** A feed page described independently of its format: rendered by renderAtom here or by publish/jsonfeed. */
export interface AtomFeedDoc {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  /** Absolute URL of this very document. */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  alternateUrl: string;
  /**
   * The other links of the feed: the same page in the other format (alternate), RFC 5005 paging links and, on
   * a feed's first page, its WebSub hub.
   */
  pagingLinks: AtomLink[];
  entries: AtomEntry[];
}

export class FeedRenderError extends DeltafeedError {
  constructor(detail: string) {
    super('FEED_RENDER', `cannot render feed: ${detail}`);
  }
}

/** Characters XML 1.0 allows; everything else (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) goes. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(s: string): string {
  return s.replace(NOT_XML_CHAR, '');
}

/** For fields that xml-js writes as text nodes without `feed` escaping them first (see header). */
const textField = (s: string): string => xmlSafe(s).replace(/&/g, '&amp;');

/** For CDATA fields holding HTML (see header). */
const cdataHtml = (s: string): string => xmlSafe(s).replace(/]]>/g, ']]&gt;');

export function xmlAttr(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Absolute URLs in their normalized (percent-encoded) form; anything unparsable is kept as given. */
export function normalizeUrl(href: string): string {
  try {
    return new URL(href).href;
  } catch {
    return href;
  }
}

function date(iso: string, what: string): Date {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new FeedRenderError(`${what}: not a date: ${JSON.stringify(iso)}`);
  return d;
}

function renderLink(l: AtomLink): string {
  const attrs = [`rel="${l.rel}"`];
  if (l.type) attrs.push(`type="${xmlAttr(l.type)}"`);
  attrs.push(`href="${xmlAttr(normalizeUrl(l.href))}"`);
  if (l.title) attrs.push(`title="${xmlAttr(l.title)}"`);
  return `<link ${attrs.join(' ')}/>`;
}

export function renderAtom(doc: AtomFeedDoc): string {
  const nonce = randomUUID();
  const placeholder = (what: string) => `urn:x-deltafeed-${nonce}:${what}`;
  const replacements = new Map<string, AtomLink[]>();

  const feedLinksKey = placeholder('feed-links');
  replacements.set(feedLinksKey, doc.pagingLinks);

  const feed = new Feed({
    id: textField(doc.id),
    title: textField(doc.title),
    description: doc.subtitle === undefined ? undefined : textField(doc.subtitle),
    updated: date(doc.updated, 'feed updated'),
    generator: 'deltafeed',
    link: normalizeUrl(doc.alternateUrl),
    feed: normalizeUrl(doc.selfUrl),
    hub: feedLinksKey,
    author: { name: 'deltafeed' },
  });

  doc.entries.forEach((e, i) => {
    if (!e.links.some((l) => l.rel === 'alternate')) throw new FeedRenderError(`entry ${e.id}: no alternate link`);
    if (!e.contentHtml) throw new FeedRenderError(`entry ${e.id}: empty content`);
    const linksKey = placeholder(`entry-links:${i}`);
    replacements.set(linksKey, e.links);
    feed.addItem({
      id: xmlSafe(e.id),
      title: cdataHtml(escapeHtml(e.title)),
      link: linksKey,
      date: date(e.updated, `entry ${e.id} updated`),
      published: e.published ? date(e.published, `entry ${e.id} published`) : undefined,
      description: e.summary ? cdataHtml(escapeHtml(e.summary)) : undefined,
      content: cdataHtml(e.contentHtml),
      author: (e.authors.length ? e.authors : [{ name: 'deltafeed' }]).map((a) => ({
        name: textField(a.name),
        link: a.uri ? normalizeUrl(a.uri) : undefined,
      })),
      category: e.categories?.map((c) => ({
        term: xmlAttr(c.term),
        name: c.label === undefined ? undefined : xmlAttr(c.label),
        scheme: c.scheme === undefined ? undefined : xmlAttr(c.scheme),
      })),
    });
  });

  const xml = feed.atom1();
  let replaced = 0;
  // The newline is part of the match so that an empty link list removes its line entirely.
  const out = xml.replace(
    /(\n[ \t]*)<link (?:rel="hub" )?href="(urn:x-deltafeed-[0-9a-f-]+:[a-z-]+(?::\d+)?)"\/>(?=\n)/g,
    (line, indent: string, k: string) => {
      const links = replacements.get(k);
      if (!links) return line;
      replaced++;
      return links.map((l) => indent + renderLink(l)).join('');
    },
  );
  // Every placeholder must have been found exactly where expected; otherwise `feed` changed its output.
  if (replaced !== replacements.size)
    throw new FeedRenderError(`link placeholders: replaced ${replaced} of ${replacements.size}`);
  return out;
}
