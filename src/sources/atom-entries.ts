// What rss-parser loses in an Atom feed, read again with saxes in one streaming pass: xml:base (RFC 4287 §2
// and XML Base: relative hrefs resolve against the nearest xml:base, each one relative to its parent's, the
// document's URL at the top), the rule that a link without rel is rel="alternate", and the order of words in
// type="xhtml" text. rss-parser resolves nothing, takes the first link when none says rel="alternate" (which
// can be an enclosure or "self"), and its xml2js tree keeps an element's own text apart from its children's,
// so "An <em>xhtml</em> title" came out as "An title xhtml". Pure: no IO.
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface AtomEntryExtras {
  /** The entry's alternate link, resolved; '' when it has none. */
  link: string;
  /** type="xhtml" fields as HTML markup in document order; absent for other types. */
  title?: string;
  summary?: string;
  content?: string;
}

type XhtmlField = 'title' | 'summary' | 'content';
const XHTML_FIELDS = new Set<string>(['title', 'summary', 'content']);

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `xhtml:p` and `p` are the same element to the HTML reader that follows. */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function resolve(href: string, base: string): string | null {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

function isAlternate(tag: SaxesTagPlain): boolean {
  const rel = (tag.attributes.rel ?? '').trim().toLowerCase();
  return rel === '' || rel === 'alternate' || rel === 'http://www.iana.org/assignments/relation/alternate';
}

/**
 * One record per `<entry>` child of the root `<feed>`, in document order (the order rss-parser gives its
 * items), or null when the text is not XML saxes can read: the caller then keeps rss-parser's view.
 */
export function readAtomEntries(xml: string, documentUrl: string): AtomEntryExtras[] | null {
  const parser = new SaxesParser();
  const bases: string[] = [];
  const names: string[] = [];
  const entries: AtomEntryExtras[] = [];
  let entry: { alternate: string | null; first: string | null; xhtml: Partial<Record<XhtmlField, string>> } | null =
    null;
  let entryDepth = -1;
  let capture: { field: XhtmlField; html: string } | null = null;

  parser.on('opentag', (tag) => {
    const parentBase = bases.at(-1) ?? documentUrl;
    const declared = tag.attributes['xml:base'];
    bases.push(declared === undefined ? parentBase : (resolve(declared, parentBase) ?? parentBase));
    names.push(tag.name);
    const depth = names.length;
    if (capture) {
      capture.html += `<${localName(tag.name)}>`;
    } else if (depth === 2 && names[0] === 'feed' && tag.name === 'entry') {
      entry = { alternate: null, first: null, xhtml: {} };
      entryDepth = depth;
    } else if (entry && depth === entryDepth + 1 && tag.name === 'link' && tag.attributes.href !== undefined) {
      const href = resolve(tag.attributes.href, bases.at(-1) as string);
      if (href) {
        entry.first ??= href;
        if (isAlternate(tag)) entry.alternate ??= href;
      }
    } else if (entry && depth === entryDepth + 1 && XHTML_FIELDS.has(tag.name)) {
      if ((tag.attributes.type ?? '').trim().toLowerCase() === 'xhtml') {
        capture = { field: tag.name as XhtmlField, html: '' };
      }
    }
  });
  const addText = (text: string): void => {
    if (capture) capture.html += escapeText(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', (tag) => {
    if (capture && entry && names.length === entryDepth + 1) {
      entry.xhtml[capture.field] ??= capture.html;
      capture = null;
    } else if (capture) {
      capture.html += `</${localName(tag.name)}>`;
    }
    if (entry && names.length === entryDepth) {
      entries.push({ link: entry.alternate ?? entry.first ?? '', ...entry.xhtml });
      entry = null;
    }
    bases.pop();
    names.pop();
  });
  try {
    parser.write(xml).close();
  } catch {
    return null;
  }
  return entries;
}
