// WebSub discovery (W3C WebSub §4): a feed names its hub and its own canonical URL ("self") in the HTTP Link
// header of its response, or inside the document: <link rel="hub" href> in Atom, <atom:link> in an RSS channel,
// `hubs` and `feed_url` in JSON Feed. The header wins over the document, as the spec asks. Pure: no IO.
import LinkHeader from 'http-link-header';

export interface WebSubLinks {
  hub: string;
  /** The topic URL to subscribe to: the advertised self URL, else the URL the feed was fetched from. */
  topic: string;
}

/** Only the feed-level part is searched: an entry may carry links of its own (to other hubs, other selves). */
const HEAD_END = /<(?:[\w-]+:)?(?:item|entry)[\s>/]/;
const LINK_TAG = /<(?:[\w-]+:)?link\b([^>]*)>/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const MAX_HEAD = 64 * 1024;
const MAX_URL = 2048;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

/** An absolute http(s) URL, or null. */
function httpUrl(raw: string, base: string): string | null {
  if (!raw || raw.length > MAX_URL) return null;
  try {
    const u = new URL(raw.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

interface Found {
  hub: string | null;
  self: string | null;
}

function relsOf(rel: string | undefined): string[] {
  return (rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

export function linksFromHeader(header: string | undefined, base: string): Found {
  const out: Found = { hub: null, self: null };
  if (!header || header.length > 16 * 1024) return out;
  let refs: LinkHeader.Reference[];
  try {
    refs = LinkHeader.parse(header).refs;
  } catch {
    return out;
  }
  for (const ref of refs) {
    const rels = relsOf(ref.rel);
    if (rels.includes('hub')) out.hub ??= httpUrl(ref.uri, base);
    if (rels.includes('self')) out.self ??= httpUrl(ref.uri, base);
  }
  return out;
}

export function linksFromXml(xml: string, base: string): Found {
  const out: Found = { hub: null, self: null };
  const head = xml.slice(0, MAX_HEAD);
  const end = HEAD_END.exec(head);
  const part = end ? head.slice(0, end.index) : head;
  for (const tag of part.matchAll(LINK_TAG)) {
    const attrs = new Map<string, string>();
    for (const a of (tag[1] ?? '').matchAll(ATTRIBUTE)) {
      attrs.set((a[1] ?? '').toLowerCase(), decodeEntities(a[2] ?? a[3] ?? ''));
    }
    const href = attrs.get('href');
    if (!href) continue;
    const rels = relsOf(attrs.get('rel'));
    if (rels.includes('hub')) out.hub ??= httpUrl(href, base);
    if (rels.includes('self')) out.self ??= httpUrl(href, base);
  }
  return out;
}

export function linksFromJsonFeed(text: string, base: string): Found {
  const out: Found = { hub: null, self: null };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return out;
  }
  if (!doc || typeof doc !== 'object') return out;
  const feed = doc as { hubs?: unknown; feed_url?: unknown };
  if (Array.isArray(feed.hubs)) {
    for (const h of feed.hubs as { type?: unknown; url?: unknown }[]) {
      if (h && typeof h.url === 'string' && String(h.type).toLowerCase() === 'websub') {
        out.hub ??= httpUrl(h.url, base);
      }
    }
  }
  if (typeof feed.feed_url === 'string') out.self = httpUrl(feed.feed_url, base);
  return out;
}

/**
 * The hub and topic a fetched feed advertises, or null when it names no hub. `feedUrl` is the URL the feed
 * was finally fetched from (relative links resolve against it, and it is the topic when no self is given).
 */
export function discoverWebSub(body: string, linkHeader: string | undefined, feedUrl: string): WebSubLinks | null {
  const fromHeader = linksFromHeader(linkHeader, feedUrl);
  const text = body.replace(/^\uFEFF/, '').trimStart();
  const fromBody = text.startsWith('{') ? linksFromJsonFeed(text, feedUrl) : linksFromXml(text, feedUrl);
  const hub = fromHeader.hub ?? fromBody.hub;
  if (!hub) return null;
  return { hub, topic: fromHeader.self ?? fromBody.self ?? feedUrl };
}
