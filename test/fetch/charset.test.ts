import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument, normalizeCharset } from '../../src/fetch/charset.js';

const quoted = '\u201CQuoted\u201D and it\u2019s \u20AC5 \u2013 caf\u00E9';
const cp1252 = (s: string) => iconv.encode(s, 'windows-1252');

describe('decodeDocument', () => {
  it('decodes windows-1252 curly quotes from the HTTP charset', () => {
    const d = decodeDocument(
      cp1252(`<rss><title>${quoted}</title></rss>`),
      'application/rss+xml; charset=windows-1252',
      'feed',
    );
    expect(d.text).toContain(quoted);
    expect(d.source).toBe('header');
  });

  it('treats ISO-8859-1 and US-ASCII labels as windows-1252 (0x91-0x94 are quotes, not C1 controls)', () => {
    for (const label of ['ISO-8859-1', 'us-ascii', 'latin1']) {
      const d = decodeDocument(cp1252(quoted), `text/xml; charset="${label}"`, 'feed');
      expect(d.text).toBe(quoted);
    }
  });

  it('reads the XML prolog when the header has no charset', () => {
    const bytes = cp1252(`<?xml version="1.0" encoding="windows-1252"?><rss><title>${quoted}</title></rss>`);
    const d = decodeDocument(bytes, 'application/xml', 'feed');
    expect(d.charset).toBe('windows-1252');
    expect(d.source).toBe('xml');
    expect(d.text).toContain(quoted);
  });

  it('lets the BOM win over the header, and the header over the prolog', () => {
    const utf8 = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`<?xml version="1.0" encoding="iso-8859-1"?><a>${quoted}</a>`),
    ]);
    const d = decodeDocument(utf8, 'text/xml; charset=windows-1252', 'feed');
    expect(d.source).toBe('bom');
    expect(d.text.startsWith('<?xml')).toBe(true);
    expect(d.text).toContain(quoted);

    const koi = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="utf-8"?><a>'),
      iconv.encode('Привет', 'koi8-r'),
      Buffer.from('</a>'),
    ]);
    expect(decodeDocument(koi, 'text/xml; charset=koi8-r', 'feed').text).toContain('Привет');
  });

  it('reads <meta charset> and http-equiv on pages, not on feeds', () => {
    const page = cp1252(`<html><head><meta charset="windows-1252"><title>${quoted}</title></head></html>`);
    expect(decodeDocument(page, 'text/html', 'page').text).toContain(quoted);
    const equiv = Buffer.concat([
      Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"></head><body>'),
      iconv.encode('Łódź', 'iso-8859-2'),
    ]);
    const d = decodeDocument(equiv, 'text/html', 'page');
    expect(d.charset).toBe('iso-8859-2');
    expect(d.text).toContain('Łódź');
  });

  it('decodes UTF-16 with and without a BOM', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><a>${quoted}</a>`;
    const le = iconv.encode(xml, 'utf-16le');
    expect(decodeDocument(le, 'text/xml', 'feed').text).toBe(xml);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(xml, 'utf-16be')]);
    expect(decodeDocument(be, 'text/xml', 'feed').text).toBe(xml);
  });

  it('falls back to windows-1252 when bytes labelled UTF-8 are not UTF-8, but keeps UTF-8 with one stray byte', () => {
    const mislabelled = decodeDocument(cp1252(quoted), 'text/html; charset=utf-8', 'page');
    expect(mislabelled.text).toBe(quoted);
    expect(mislabelled.source).toBe('fallback');
    const mostly = Buffer.concat([Buffer.from(`${quoted} ${quoted} `), Buffer.from([0x93])]);
    const d = decodeDocument(mostly, 'text/html; charset=utf-8', 'page');
    expect(d.charset).toBe('utf-8');
    expect(d.text.startsWith(`${quoted} ${quoted}`)).toBe(true);
  });

  it('reads UTF-8 bytes labelled ISO-8859-1/windows-1252 (header or prolog) as UTF-8', () => {
    const utf8 = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>${quoted}</title></rss>`);
    const fromProlog = decodeDocument(utf8, 'application/rss+xml', 'feed');
    expect(fromProlog.text).toContain(quoted);
    expect(fromProlog.charset).toBe('utf-8');
    const page = Buffer.from(`<html><head></head><body><p>${quoted}</p></body></html>`);
    expect(decodeDocument(page, 'text/html; charset=iso-8859-1', 'page').text).toContain(quoted);
  });

  it('keeps windows-1252 for real windows-1252 bytes and for plain ASCII under that label', () => {
    const real = decodeDocument(cp1252(quoted), 'text/html; charset=windows-1252', 'page');
    expect(real.text).toBe(quoted);
    expect(real.charset).toBe('windows-1252');
    const ascii = decodeDocument(Buffer.from('<p>plain</p>'), 'text/html; charset=iso-8859-1', 'page');
    expect(ascii.charset).toBe('windows-1252');
    // One 1252 byte among UTF-8 sequences makes the whole not UTF-8: the label stands.
    const mixed = Buffer.concat([Buffer.from('caf\u00e9 '), cp1252('\u201c')]);
    expect(decodeDocument(mixed, 'text/plain; charset=windows-1252', 'page').text).toBe('caf\u00c3\u00a9 \u201c');
  });

  it('ignores unknown labels and moves on', () => {
    expect(normalizeCharset('no-such-charset')).toBeNull();
    const d = decodeDocument(Buffer.from(quoted), 'text/html; charset=no-such-charset', 'page');
    expect(d.text).toBe(quoted);
    expect(d.charset).toBe('utf-8');
  });
});
