// Input that is not an HTML page at all: empty, or binary bytes decoded as text (a PDF or image served as
// text/html). Cheap checks on a sample, before anything is parsed.

const SAMPLE = 65_536;
/** File signatures (PDF, PNG, GIF, JPEG, ZIP) as they read when the bytes are decoded as Latin-1. */
const MAGIC = ['%PDF-', '\x89PNG', 'GIF8', '\xFF\xD8\xFF', 'PK\x03\x04'];
/** Any character the loop below counts (C0 controls but tab, line breaks and escape; NUL; U+FFFD). */
// eslint-disable-next-line no-control-regex
const COUNTED = /[\x00-\x08\x0e-\x1a\x1c-\x1f\ufffd]/;

/** Why the input cannot be a page, or null when it may be one. */
export function notAPage(html: string): string | null {
  if (!html || !/\S/.test(html)) return 'empty input';
  const sample = html.slice(0, SAMPLE);
  // Nearly every page has none of them: one regex scan instead of a loop over every character.
  if (!COUNTED.test(sample)) return MAGIC.some((m) => sample.startsWith(m)) ? 'binary data' : null;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return 'binary data';
    if ((c < 9 || (c > 13 && c < 32)) && c !== 27) control++;
    else if (c === 0xfffd) replacement++;
  }
  // Text pages have essentially no C0 controls and few undecodable bytes; binary files have many of both.
  if ((control + replacement) / sample.length > 0.02) return 'binary data';
  if (MAGIC.some((m) => sample.startsWith(m))) return 'binary data';
  return null;
}
