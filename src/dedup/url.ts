// URL identity: one article reached under many URLs (tracking parameters, AMP copies, fragments, case, ports)
// gets one canonical URL. Pure: no IO.
import { getDomain } from 'tldts';

export interface UrlOptions {
  /** Extra query parameters to drop: exact names, or prefixes ending in "*" ("ref_*"). Case-insensitive. */
  stripParams?: readonly string[];
}

// Click ids and campaign tags that say where a reader came from, never which page they read.
const TRACKING_EXACT = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'wickedid',
  'rb_clickid',
  's_cid',
  'cmpid',
  'cmp',
  'ocid',
  'ncid',
  'smid',
  'sr_share',
  'soc_src',
  'soc_trk',
  'icid',
  'ito',
  'xtor',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'wt.mc_id',
  'wt_mc_id',
  'mbid',
  'spm',
  'fb_action_ids',
  'fb_action_types',
  'fb_source',
  'fb_ref',
  'action_object_map',
  'action_type_map',
  'action_ref_map',
  '__twitter_impression',
  'rss',
  // The AMP switch: the AMP rendering of a page is the same article.
  'amp',
]);
const TRACKING_PREFIXES = ['utm_', 'ga_', 'at_', 'hsa_', 'pk_', 'mtm_', 'itm_', '__hs', 'stm_'];

const AMP_CACHE_HOST = /\.cdn\.ampproject\.org$/;

function paramMatcher(extra: readonly string[] | undefined): (name: string, value: string) => boolean {
  const exact = new Set<string>();
  const prefixes = [...TRACKING_PREFIXES];
  for (const raw of extra ?? []) {
    const p = raw.trim().toLowerCase();
    if (!p) continue;
    if (p.endsWith('*')) prefixes.push(p.slice(0, -1));
    else exact.add(p);
  }
  return (name, value) => {
    const n = name.toLowerCase();
    if (n === 'outputtype') return value.toLowerCase() === 'amp';
    return TRACKING_EXACT.has(n) || exact.has(n) || prefixes.some((p) => n.startsWith(p));
  };
}

/** Google's AMP cache serves https://example.com/a as https://example-com.cdn.ampproject.org/c/s/example.com/a. */
function unwrapAmpCache(u: URL): URL {
  if (!AMP_CACHE_HOST.test(u.hostname)) return u;
  const m = /^\/[cv]\/(?:(s)\/)?([^/]+)(\/.*)?$/.exec(u.pathname);
  if (!m?.[2]) return u;
  try {
    return new URL(`${m[1] ? 'https' : 'http'}://${m[2]}${m[3] ?? '/'}${u.search}`);
  } catch {
    return u;
  }
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

function normalizePath(path: string): string {
  // %7E and ~ are the same resource (RFC 3986 §6.2.2.2); other escapes only get uppercase hex.
  let p = path.replace(/%([0-9a-fA-F]{2})/g, (_m, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
  p = p.replace(/\/{2,}/g, '/');
  // AMP renderings: /story/amp, /amp/story, /story.amp, /story.amp.html
  p = p
    .replace(/\/amp\/?$/i, '/')
    .replace(/^\/amp(?=\/)/i, '')
    .replace(/\.amp(\.html?)?$/i, (_m, ext: string | undefined) => ext ?? '');
  if (p.length > 1 && p.endsWith('/')) p = p.replace(/\/+$/, '');
  return p || '/';
}

/**
 * The canonical form of a URL: lowercase scheme and host, no default port, no fragment, no trailing slash,
 * no tracking parameters (utm_*, click ids, the configured ones), remaining parameters sorted, AMP variants
 * folded onto the plain page. Unparseable input comes back trimmed, unchanged.
 */
export function canonicalizeUrl(url: string, opts: UrlOptions = {}): string {
  const input = url.trim();
  let u: URL;
  try {
    u = new URL(input);
  } catch {
    return input;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return input;
  u = unwrapAmpCache(u);
  u.hash = '';
  u.username = '';
  u.password = '';
  if (u.hostname.endsWith('.')) u.hostname = u.hostname.replace(/\.+$/, '');
  if (u.hostname.startsWith('amp.') && u.hostname.split('.').length > 2) u.hostname = u.hostname.slice(4);
  u.pathname = normalizePath(u.pathname);
  const drop = paramMatcher(opts.stripParams);
  const kept = [...u.searchParams].filter(([k, v]) => k !== '' && !drop(k, v));
  // Stable sort: repeated keys keep their relative order, which can matter to the server.
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return u.toString();
}

function site(u: URL): string {
  const host = u.hostname.replace(/^(?:www\d*|amp|m)\./, '');
  // IP addresses, localhost and intranet names have no registrable domain: the host itself is the site.
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/**
 * The URL to file an article under: the page's own declared canonical (rel=canonical or og:url) when it stays
 * on the same registrable site and is not just the site's home page (a common CMS misconfiguration), else the
 * page URL itself. Following a declaration to another site would let any page claim any other page's identity.
 */
export function chooseCanonical(pageUrl: string, declared: string | null, opts: UrlOptions = {}): string {
  const fallback = canonicalizeUrl(pageUrl, opts);
  if (!declared?.trim()) return fallback;
  let page: URL;
  let target: URL;
  try {
    page = new URL(pageUrl.trim());
    target = new URL(declared.trim(), page);
  } catch {
    return fallback;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return fallback;
  if (site(unwrapAmpCache(page)) !== site(target)) return fallback;
  const pagePath = normalizePath(unwrapAmpCache(page).pathname);
  if (normalizePath(target.pathname) === '/' && !target.search && pagePath !== '/') return fallback;
  return canonicalizeUrl(target.toString(), opts);
}
