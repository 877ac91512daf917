// OPML 2.0 (subscription lists, as feed readers export them) to a flat list of feeds. Pure: no IO.
//
// Read with saxes, the strict, streaming XML parser jsdom already brings. It never expands entities declared
// in a DOCTYPE (a reference to one is an "undefined entity" error), so entity-expansion bombs stay inert, and
// it streams, so a huge file is stopped at MAX_OUTLINES without building a tree. The OPML packages on npm
// either build the whole tree first or sit on an unmaintained sax; what OPML needs on top of a parser (walk
// the outlines, flatten folders) is the few lines below.
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { DeltafeedError } from '../../errors.js';

/** Our own attributes on exported outlines, so that an export imported again gives the same sources. */
export const DELTAFEED_OPML_NS = 'https://deltafeed.invalid/ns/opml';

/** More outlines than any reader's export (and far more sources than a 1 MiB config can hold). */
export const MAX_OUTLINES = 10_000;
/** Folders inside folders deeper than this are no subscription list. */
export const MAX_DEPTH = 64;

export class OpmlError extends DeltafeedError {
  constructor(message: string) {
    super('OPML_INVALID', message);
  }
}

export interface OpmlFeed {
  /** title, else text; may be empty. */
  title: string;
  xmlUrl: string;
  htmlUrl?: string;
  /** Titles of the folders it sits in, outermost first. */
  folders: string[];
  /** The outline's type attribute, lowercased ("rss" in most exports); '' when absent. */
  type: string;
  /** From a deltafeed export: the source's id and poll interval. */
  id?: string;
  every?: string;
  line: number;
}

export interface OpmlProblem {
  line: number;
  title: string;
  reason: string;
}

export interface OpmlDocument {
  title: string | null;
  feeds: OpmlFeed[];
  /** Outlines that are neither a feed nor a folder. */
  problems: OpmlProblem[];
  outlines: number;
}

/** Attribute by local name, case-insensitively (exports write xmlUrl, xmlurl or XMLURL), no namespace. */
function attr(attrs: Record<string, SaxesAttributeNS>, name: string): string | undefined {
  const want = name.toLowerCase();
  for (const a of Object.values(attrs)) if (a.uri === '' && a.local.toLowerCase() === want) return a.value.trim();
  return undefined;
}

function ours(attrs: Record<string, SaxesAttributeNS>, name: string): string | undefined {
  for (const a of Object.values(attrs)) if (a.uri === DELTAFEED_OPML_NS && a.local === name) return a.value.trim();
  return undefined;
}

interface Open {
  title: string;
  feed: boolean;
  line: number;
  children: number;
  typeRss: boolean;
}

export function readOpml(text: string): OpmlDocument {
  if (text.trim() === '') throw new OpmlError('the file is empty; expected an OPML document (<opml>)');
  const parser = new SaxesParser({ xmlns: true, position: true });
  const feeds: OpmlFeed[] = [];
  const problems: OpmlProblem[] = [];
  const stack: Open[] = [];
  const path: string[] = [];
  let outlines = 0;
  let root: string | null = null;
  let inHeadTitle = false;
  const head = { title: null as string | null };
  let sawBody = false;

  parser.on('error', (e) => {
    const msg = e.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, '');
    const hint = /entity/i.test(msg)
      ? ' (OPML needs no entities besides &amp; &lt; &gt; &quot; &apos;; entities declared in a DOCTYPE are not expanded)'
      : '';
    throw new OpmlError(`not well-formed XML at line ${parser.line}: ${msg}${hint}`);
  });
  parser.on('doctype', () => undefined);
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (root === null) {
      root = tag.local;
      if (tag.local !== 'opml')
        throw new OpmlError(`this is not OPML: the document starts with <${tag.name.slice(0, 40)}>, expected <opml>`);
      return;
    }
    if (tag.local === 'title' && stack.length === 0 && !sawBody) inHeadTitle = true;
    if (tag.local === 'body') sawBody = true;
    if (tag.local !== 'outline') return;
    outlines++;
    if (outlines > MAX_OUTLINES) {
      throw new OpmlError(
        `the file has more than ${MAX_OUTLINES} outlines; import it in parts (one folder per file), since a config holds a few thousand sources at most`,
      );
    }
    if (stack.length >= MAX_DEPTH)
      throw new OpmlError(
        `outlines are nested more than ${MAX_DEPTH} deep at line ${parser.line}; flatten the folders and try again`,
      );
    const parent = stack[stack.length - 1];
    if (parent) parent.children++;
    const attrs = tag.attributes;
    const name = attr(attrs, 'title') || attr(attrs, 'text') || '';
    const xmlUrl = attr(attrs, 'xmlUrl');
    const line = parser.line;
    const type = (attr(attrs, 'type') ?? '').toLowerCase();
    if (xmlUrl) {
      const htmlUrl = attr(attrs, 'htmlUrl');
      const id = ours(attrs, 'id');
      const every = ours(attrs, 'every');
      feeds.push({
        title: name,
        xmlUrl,
        ...(htmlUrl ? { htmlUrl } : {}),
        folders: [...path],
        type,
        ...(id ? { id } : {}),
        ...(every ? { every } : {}),
        line,
      });
    }
    stack.push({ title: name, feed: Boolean(xmlUrl), line, children: 0, typeRss: type === 'rss' });
    path.push(name);
  });
  parser.on('text', (t) => {
    if (inHeadTitle) head.title = (head.title ?? '') + t;
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (tag.local === 'title') inHeadTitle = false;
    if (tag.local !== 'outline') return;
    const o = stack.pop() as Open;
    path.pop();
    if (o.feed || o.children > 0) return;
    problems.push({
      line: o.line,
      title: o.title,
      reason: o.typeRss
        ? 'type="rss" but no xmlUrl: add the feed\'s address as xmlUrl'
        : 'no xmlUrl and no outlines inside: not a feed',
    });
  });

  parser.write(text).close();
  if (root === null) throw new OpmlError('the file is empty or holds no XML element; expected <opml>');
  if (!sawBody)
    throw new OpmlError('the OPML has no <body>; expected <opml><head>…</head><body><outline …/></body></opml>');
  return { title: head.title?.trim() ?? null, feeds, problems, outlines };
}
