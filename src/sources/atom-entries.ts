// What rss-parser loses in an Atom feed, read again with saxes in one streaming pass: xml:base (RFC 4287 §2
// and XML Base: relative hrefs resolve against the nearest xml:base, each one relative to its parent's, the
// document's URL at the top) and the rule that a link without rel is rel="alternate". rss-parser resolves
// nothing and takes the first link when none says rel="alternate", which can be an enclosure or "self".
// Pure: no IO.
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface AtomEntryExtras {
  /** The entry's alternate link, resolved; '' when it has none. */
  link: string;
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
  let entry: { alternate: string | null; first: string | null } | null = null;
  let entryDepth = -1;

  parser.on('opentag', (tag) => {
    const parentBase = bases.at(-1) ?? documentUrl;
    const declared = tag.attributes['xml:base'];
    bases.push(declared === undefined ? parentBase : (resolve(declared, parentBase) ?? parentBase));
    names.push(tag.name);
    const depth = names.length;
    if (depth === 2 && names[0] === 'feed' && tag.name === 'entry') {
      entry = { alternate: null, first: null };
      entryDepth = depth;
    } else if (entry && depth === entryDepth + 1 && tag.name === 'link' && tag.attributes.href !== undefined) {
      const href = resolve(tag.attributes.href, bases.at(-1) as string);
      if (href) {
        entry.first ??= href;
        if (isAlternate(tag)) entry.alternate ??= href;
      }
    }
  });
  parser.on('closetag', () => {
    if (entry && names.length === entryDepth) {
      entries.push({ link: entry.alternate ?? entry.first ?? '' });
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
