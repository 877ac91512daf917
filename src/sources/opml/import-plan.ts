// Which feeds of an OPML file become sources, under which ids, and which are skipped and why. Pure: the
// command (cli/sources-import.ts) reads the files and writes the config.
import slugify from '@sindresorhus/slugify';
import { parseDuration } from '../../config/units.js';
import type { OpmlDocument } from './read.js';

export interface NewSource {
  id: string;
  url: string;
  title?: string;
  /** Only from a deltafeed export; otherwise the config's default applies. */
  every?: string;
}

export interface SkippedFeed {
  line: number;
  title: string;
  url?: string;
  reason: string;
}

export interface ImportPlan {
  add: NewSource[];
  skipped: SkippedFeed[];
}

/** Ids stay short enough to read in logs and URLs. */
const MAX_ID = 60;
/** Longer feed URLs are a mistake (or an attack), not a feed. */
export const MAX_URL_LENGTH = 2048;
const ID = /^[a-z0-9-]+$/;
/** Outline types that name a feed; readers also export scraped pages ("HTML+XPath") and plain links. */
const FEED_TYPES = new Set(['', 'rss', 'atom', 'feed', 'json', 'jsonfeed']);

/** The form two URLs are compared in: WHATWG-normalized (host case, default port, escapes), no fragment. */
export function urlKey(url: string): string | null {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

function checkUrl(url: string): string | null {
  if (url.length > MAX_URL_LENGTH) return `the URL is longer than ${MAX_URL_LENGTH} characters`;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'not a URL; xmlUrl must be an absolute http:// or https:// address';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return `"${u.protocol}" URL; only http:// and https:// feeds can be polled`;
  if (!u.hostname) return 'the URL has no host';
  return null;
}

/** "Le Monde – À la une" -> "le-monde-a-la-une"; a title with no Latin letters falls back to the URL's host and path. */
export function idFromTitle(title: string, url: string): string {
  const clean = (s: string) =>
    slugify(s)
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, MAX_ID)
      .replace(/-$/, '');
  const fromTitle = clean(title);
  if (fromTitle) return fromTitle;
  let fromUrl = '';
  try {
    const u = new URL(url);
    fromUrl = clean(`${u.hostname.replace(/^www\./, '')} ${u.pathname}`);
  } catch {
    /* checked before */
  }
  return fromUrl || 'source';
}

function unique(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${base.slice(0, MAX_ID - suffix.length).replace(/-$/, '')}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

export function planImport(doc: OpmlDocument, existing: { id: string; url: string }[]): ImportPlan {
  const takenIds = new Set(existing.map((s) => s.id));
  const seenUrls = new Map<string, string>();
  for (const s of existing) {
    const k = urlKey(s.url);
    if (k) seenUrls.set(k, `already in the config as "${s.id}"`);
  }
  const add: NewSource[] = [];
  const skipped: SkippedFeed[] = doc.problems.map((p) => ({ line: p.line, title: p.title, reason: p.reason }));
  for (const f of doc.feeds) {
    const bad = FEED_TYPES.has(f.type)
      ? checkUrl(f.xmlUrl)
      : `type="${f.type.slice(0, 40)}" is not a feed deltafeed can poll (it reads RSS, Atom and JSON Feed)`;
    if (bad) {
      skipped.push({ line: f.line, title: f.title, url: f.xmlUrl.slice(0, 200), reason: bad });
      continue;
    }
    const key = urlKey(f.xmlUrl) as string;
    const dup = seenUrls.get(key);
    if (dup) {
      skipped.push({ line: f.line, title: f.title, url: f.xmlUrl, reason: `duplicate: ${dup}` });
      continue;
    }
    const wanted = f.id && ID.test(f.id) && f.id.length <= MAX_ID ? f.id : idFromTitle(f.title, f.xmlUrl);
    const id = unique(wanted, takenIds);
    takenIds.add(id);
    seenUrls.set(key, `the same URL as line ${f.line} ("${id}")`);
    const every = f.every !== undefined && (parseDuration(f.every) ?? 0) >= 10_000 ? f.every : undefined;
    // Our export writes an untitled source's id as its outline text (OPML requires one): that is no title.
    const title = f.id !== undefined && f.title === f.id ? '' : f.title.slice(0, 300);
    add.push({ id, url: f.xmlUrl, ...(title ? { title } : {}), ...(every ? { every } : {}) });
  }
  skipped.sort((a, b) => a.line - b.line);
  return { add, skipped };
}
