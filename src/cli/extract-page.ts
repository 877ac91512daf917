// `deltafeed extract` for one page: decode the saved page and clean it. Loaded only by that path, so that
// `extract --serve` does not load the cleaner on its main thread (its threads do).
import { isUtf8 } from 'node:buffer';
import { decodeDocument } from '../fetch/charset.js';
import { extractArticle } from '../extract/index.js';

export interface ExtractCommandOutput {
  title: string | null;
  byline: string | null;
  published: string | null;
  canonicalUrl: string | null;
  text: string;
  /** Present when the page has no article ("no article found"). */
  error?: string;
}

/** The JSON printed by `deltafeed extract` for one page. */
export function extractCommandOutput(
  html: string,
  url: string,
  trace?: (rule: string, text: string) => void,
): ExtractCommandOutput {
  const r = extractArticle(html, url, { trace });
  if (!r.ok) return { title: null, byline: null, published: null, canonicalUrl: null, text: '', error: r.reason };
  const a = r.article;
  return { title: a.title, byline: a.byline, published: a.published, canonicalUrl: a.canonicalUrl, text: a.text };
}

/**
 * A saved page in its own encoding, decoded as the pipeline decodes a fetched one (BOM, <meta charset>, else
 * UTF-8 or windows-1252). Bytes that are valid UTF-8 stay UTF-8 whatever the page declares: a page another
 * program already decoded and wrote out as UTF-8 still carries its original <meta charset>.
 */
export function decodeStdin(bytes: Buffer): string {
  return isUtf8(bytes) ? bytes.toString('utf8') : decodeDocument(bytes, undefined, 'page').text;
}
