// The XML parser is strict, and real feeds are not: bare "&" (AT&T), HTML-only entities (&rsquo;, &nbsp;), a
// bare "<" in text ("3 < 4") and RSS written in the wrong case (<RSS>, <Item>, <PUBDATE>) are the usual
// reasons a readable feed fails to parse. Repair exactly those, outside CDATA sections, and leave structural
// errors (unclosed or mismatched tags) for the parser to report. Entities a DOCTYPE declares are never expanded.
import { decodeHTMLStrict } from 'entities';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const AMPERSAND = /&(?:([A-Za-z][A-Za-z0-9]{0,31});|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)?/g;

function repairSegment(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(AMPERSAND, (match, name: string | undefined) => {
    if (match === '&') return '&amp;';
    if (!name || XML_ENTITIES.has(name)) return match;
    const decoded = decodeHTMLStrict(match);
    if (decoded === match) return `&amp;${name};`;
    return [...decoded].map((ch) => `&#x${(ch.codePointAt(0) as number).toString(16)};`).join('');
  });
}

/**
 * A "<" that cannot start markup (not followed by a name, "/", "!" or "?") is text: "3 < 4", "<3", "x <= y".
 * One followed by a letter ("a<b") reads as a tag and is left to the parser.
 */
const BARE_LT = /<(?![\p{L}_:/!?])/gu;

/**
 * RSS 2.0's elements by their lower-case names. RSS is case-sensitive, but feed readers (feedparser) read <RSS>,
 * <Item> or <PUBDATE> as the elements they mean, so an RSS document's unprefixed names are put in RSS's case.
 */
const RSS_NAMES = new Map(
  [
    'rss',
    'channel',
    'item',
    'title',
    'link',
    'description',
    'guid',
    'pubDate',
    'author',
    'category',
    'comments',
    'enclosure',
    'source',
    'language',
    'copyright',
    'managingEditor',
    'webMaster',
    'lastBuildDate',
    'generator',
    'docs',
    'cloud',
    'ttl',
    'image',
    'url',
    'width',
    'height',
    'textInput',
    'skipHours',
    'skipDays',
    'hour',
    'day',
    'name',
    'rating',
  ].map((n) => [n.toLowerCase(), n]),
);
const UNPREFIXED_TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)(?=[\s/>])/g;

/** The document's root element name (after the prolog, comments and a DOCTYPE). */
function rootName(xml: string): string | undefined {
  return /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*<([A-Za-z_][\w:.-]*)/i.exec(
    xml,
  )?.[1];
}

function canonicalRssNames(text: string): string {
  return text.replace(UNPREFIXED_TAG, (match, slash: string, name: string) => {
    const canonical = RSS_NAMES.get(name.toLowerCase());
    return canonical && canonical !== name ? `<${slash}${canonical}` : match;
  });
}

export function repairXml(xml: string): string {
  const root = rootName(xml);
  const rss = root?.toLowerCase() === 'rss';
  const parts = xml.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  for (let i = 0; i < parts.length; i += 2) {
    let part = repairSegment(parts[i] as string);
    if (part.includes('<')) part = part.replace(BARE_LT, '&lt;');
    if (rss) part = canonicalRssNames(part);
    parts[i] = part;
  }
  return parts.join('');
}

/** Elements whose content is text or escaped HTML in RSS and Atom (never markup of the feed itself). */
const TEXT_OPEN = /<((?:[\w-]+:)?(?:title|description|summary|content|encoded))(\s[^>]*)?>/g;

/**
 * The last resort for a feed that is still not well-formed: raw HTML written into titles and descriptions
 * ("<p>" never closed, "<br>"), which lenient readers (feedparser, Miniflux's non-strict decoder) accept.
 * Each such element's content becomes a CDATA section, read as HTML like any escaped content. Atom's
 * type="xhtml" content is markup by design and is left alone. Linear: an element with no end tag is not
 * looked for again.
 */
export function wrapMarkupInText(xml: string): string {
  let out = '';
  let last = 0;
  const unclosed = new Set<string>();
  TEXT_OPEN.lastIndex = 0;
  for (let m = TEXT_OPEN.exec(xml); m; m = TEXT_OPEN.exec(xml)) {
    const name = m[1] as string;
    const attrs = m[2] ?? '';
    if (unclosed.has(name) || attrs.endsWith('/') || /\btype\s*=\s*["']xhtml["']/.test(attrs)) continue;
    const start = m.index + m[0].length;
    const end = xml.indexOf(`</${name}>`, start);
    if (end < 0) {
      unclosed.add(name);
      continue;
    }
    const inner = xml.slice(start, end);
    if (inner.includes('<') && !inner.includes('<![CDATA[')) {
      out += `${xml.slice(last, start)}<![CDATA[${inner.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
      last = end;
    }
    TEXT_OPEN.lastIndex = end;
  }
  return out + xml.slice(last);
}
