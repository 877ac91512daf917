// Feed text fields are HTML more often than the specs allow (CDATA titles with tags, double-escaped
// entities), so titles and summaries are read as HTML and reduced to plain text.
import { decodeHTML } from 'entities';

const TAG = /<\/?[A-Za-z!][^>]*>/g;
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article)\b[^>]*>/gi;
const INVISIBLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** C0 and C1 control characters (escape codes, NUL...) say nothing in a title and are not allowed in XML output. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** A field xml2js may hand over as a string, an {_: text} node or an element tree (Atom type="xhtml"). */
export function textOf(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (typeof value === 'object') {
    const node = value as Record<string, unknown>;
    const own = typeof node._ === 'string' ? node._ : '';
    const children = Object.entries(node)
      .filter(([k]) => k !== '_' && k !== '$')
      .map(([, v]) => textOf(v))
      .join(' ');
    return `${own} ${children}`.trim();
  }
  return '';
}

/** HTML (or plain text that may carry entities) to one line of plain text. */
export function htmlToText(html: string): string {
  let s = html.replace(INVISIBLE, ' ');
  if (s.includes('<')) s = s.replace(BLOCK_TAG, ' ').replace(TAG, '');
  if (s.includes('&')) s = decodeHTML(s);
  return s.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Plain text cut to at most `max` characters, at a word boundary when there is one nearby. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.8 ? cut.slice(0, space) : cut}…`;
}
