// HTML text -> DOM Document, on jsdom. A jsdom window costs tens of milliseconds to build and holds the whole
// Web platform; a page needs only a Document. So each thread keeps one window and parses pages with its
// DOMParser (scripting disabled, no sub-resources, no stylesheet processing), and the window is closed and
// replaced every few hundred pages so nothing it caches can grow without bound.
import { JSDOM, VirtualConsole } from 'jsdom';

const RECYCLE_AFTER = 500;

let dom: JSDOM | null = null;
let parser: { parseFromString(html: string, type: 'text/html'): Document } | null = null;
let uses = 0;

function currentParser(): NonNullable<typeof parser> {
  if (!dom || !parser || uses >= RECYCLE_AFTER) {
    closeDocumentParser();
    // A silent console: jsdom otherwise reports CSS and markup complaints on stderr.
    dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { virtualConsole: new VirtualConsole() });
    parser = new dom.window.DOMParser();
    uses = 0;
  }
  uses++;
  return parser;
}

/** Parse a whole HTML page. The document lives until it is no longer referenced. */
export function parseHtml(html: string): Document {
  return currentParser().parseFromString(html, 'text/html');
}

/** Close the shared jsdom window (threads call this before they exit). */
export function closeDocumentParser(): void {
  if (dom) dom.window.close();
  dom = null;
  parser = null;
}
