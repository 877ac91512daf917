// Which character set a document's bytes are in, and its text. Candidates in precedence order: BOM, the
// HTTP charset, then what the document declares in its first bytes (the XML prolog for feeds; the prolog or
// <meta charset>/http-equiv for pages), then UTF-8, then windows-1252. A UTF-8 claim that the bytes
// contradict falls through to the next candidate, so a windows-1252 page labelled UTF-8 is not turned into
// U+FFFD; "contradict" means more invalid bytes than valid multi-byte sequences, so a UTF-8 page with one
// stray byte stays UTF-8 (one replacement character) instead of becoming mojibake throughout. The other way
// round, a windows-1252 (ISO-8859-1) label on bytes that are entirely valid UTF-8 with non-ASCII in them is
// read as UTF-8: servers and CMSs that default to ISO-8859-1 mislabel UTF-8 often, while windows-1252 text
// whose every non-ASCII byte happens to form a valid UTF-8 sequence ("Ã©" written on purpose) is rare.
// Decoding is iconv-lite's: Node 20's TextDecoder('windows-1252') maps 0x91-0x94 (curly quotes) to C1
// control characters, and labels follow the WHATWG aliases (ISO-8859-1 and US-ASCII mean windows-1252).
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type DocumentKind = 'feed' | 'page';

export type CharsetSource = 'bom' | 'header' | 'xml' | 'meta' | 'default' | 'fallback';

export interface Decoded {
  text: string;
  charset: string;
  source: CharsetSource;
}

/** How far into the body declarations are looked for. */
const SNIFF_BYTES = 4096;

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  ascii: 'windows-1252',
  'us-ascii': 'windows-1252',
  'ansi_x3.4-1968': 'windows-1252',
  cp819: 'windows-1252',
  ibm819: 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  latin5: 'windows-1254',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
  'utf-16': 'utf-16le',
  'ucs-2': 'utf-16le',
  unicode: 'utf-16le',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  'shift-jis': 'shift_jis',
  'ks_c_5601-1987': 'euc-kr',
};

/** A canonical label iconv-lite can decode, or null for an unknown label. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (!l) return null;
  const name = ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

export function charsetFromContentType(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType ?? '');
  return m ? (m[2] ?? null) : null;
}

function bomCharset(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** `<?xml` in UTF-16 without a BOM (XML 1.0 Appendix F). */
function utf16WithoutBom(bytes: Buffer): string | null {
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return 'utf-16be';
  return null;
}

function xmlPrologCharset(head: string): string | null {
  const m = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m ? (m[1] ?? null) : null;
}

function metaCharset(head: string): string | null {
  // Covers <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
  const m = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? (m[1] ?? null) : null;
}

/** Valid multi-byte UTF-8 sequences outnumber the bytes that fit no sequence. */
export function mostlyUtf8(bytes: Buffer): boolean {
  if (isUtf8(bytes)) return true;
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return valid > invalid;
}

/** The declared-in-document candidates, in order, read from the first bytes as ASCII-compatible text. */
function documentCandidates(bytes: Buffer, kind: DocumentKind): { label: string; source: CharsetSource }[] {
  const head = bytes.subarray(0, SNIFF_BYTES).toString('latin1');
  const out: { label: string; source: CharsetSource }[] = [];
  const xml = xmlPrologCharset(head);
  if (xml) out.push({ label: xml, source: 'xml' });
  if (kind === 'page') {
    const meta = metaCharset(head);
    if (meta) out.push({ label: meta, source: 'meta' });
  }
  return out;
}

/** Decode a document body; see the header comment for the precedence. */
export function decodeDocument(bytes: Buffer, contentType: string | undefined, kind: DocumentKind): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return { text: iconv.decode(bytes, bom), charset: bom, source: 'bom' };

  const candidates: { label: string; source: CharsetSource }[] = [];
  const header = charsetFromContentType(contentType);
  if (header) candidates.push({ label: header, source: 'header' });
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) candidates.push({ label: utf16, source: 'xml' });
  else candidates.push(...documentCandidates(bytes, kind));
  candidates.push({ label: 'utf-8', source: 'default' });

  let utf8Valid: boolean | undefined;
  for (const c of candidates) {
    let charset = normalizeCharset(c.label);
    if (!charset) continue;
    // A declaration read from ASCII-compatible bytes cannot truly be UTF-16 (WHATWG treats it as UTF-8).
    if (charset.startsWith('utf-16') && c.source !== 'header' && !utf16) charset = 'utf-8';
    if (charset === 'utf-8') {
      utf8Valid ??= mostlyUtf8(bytes);
      if (!utf8Valid) continue;
    }
    if (charset === 'windows-1252' && isUtf8(bytes) && bytes.some((b) => b >= 0x80)) {
      return { text: iconv.decode(bytes, 'utf-8'), charset: 'utf-8', source: c.source };
    }
    return { text: iconv.decode(bytes, charset), charset, source: c.source };
  }
  return { text: iconv.decode(bytes, 'windows-1252'), charset: 'windows-1252', source: 'fallback' };
}
