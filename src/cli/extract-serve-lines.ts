// The request lines of `extract --serve` stay bytes (lines.ts: newlineByteLines), for the extraction thread to
// decode (serve-request.ts); the main thread only needs to know which are blank.
import { decodeLine } from './lines.js';

/**
 * Whether the line is blank (`line.trim() === ""` of its text), mostly without decoding it: an ASCII byte
 * that is not white space decides at once; only lines of white space with other bytes among it are decoded.
 */
export function isBlankLine(line: Uint8Array): boolean {
  for (const b of line) {
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    return b < 0x80 ? false : decodeLine(line).trim() === '';
  }
  return true;
}
