// Add sources to a config file's text, leaving every other byte as it was: comments, alignment, quoting.
// Pure: text in, text out.
//
// The yaml package's Document API finds the `sources` list and where it ends; the new entries are then spliced
// into the text there, rendered by the same package and indented like the existing ones. Re-serializing the
// whole Document would keep the comments but re-align every trailing comment and re-flow long lines of an
// operator's file. The result is parsed again and must equal the old config plus the new sources, else nothing
// is returned.
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document } from 'yaml';
import { isDeepStrictEqual } from 'node:util';
import { DeltafeedError } from '../errors.js';

export class ConfigEditError extends DeltafeedError {
  constructor(message: string) {
    super('CONFIG_EDIT', message);
  }
}

export interface SourceEntry {
  id: string;
  url: string;
  title?: string;
  every?: string;
}

function parse(text: string): Document.Parsed {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = e?.linePos?.[0];
    throw new ConfigEditError(
      `the config is not valid YAML${pos ? ` (line ${pos.line}, column ${pos.col})` : ''}: ${e?.message.split('\n')[0] ?? ''}; fix it first (npx deltafeed check)`,
    );
  }
  return doc;
}

/** The sources already in the file, as written (before validation), for duplicate checks. */
export function sourcesInConfigText(text: string): { id: string; url: string }[] {
  const raw = (parse(text).toJS({ maxAliasCount: 100 }) ?? {}) as { sources?: unknown };
  if (!Array.isArray(raw.sources)) return [];
  return raw.sources.flatMap((s: unknown) => {
    const o = (s ?? {}) as { id?: unknown; url?: unknown };
    return typeof o.id === 'string' && typeof o.url === 'string' ? [{ id: o.id, url: o.url }] : [];
  });
}

function block(entries: SourceEntry[], indent: number): string {
  const pad = ' '.repeat(indent);
  return stringify(entries, { lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Back over blank lines, so new entries follow the last item rather than the blank line after the list. */
function afterLastContent(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && text[p - 1] === '\n') {
    const ls = lineStart(text, p - 1);
    if (text.slice(ls, p - 1).trim() !== '') break;
    p = ls;
  }
  return p;
}

function splice(text: string, doc: Document.Parsed, entries: SourceEntry[]): string {
  if (doc.contents !== null && !isMap(doc.contents))
    throw new ConfigEditError(
      'the config is not a YAML mapping at the top level; expected keys such as "sources:" and "topics:"',
    );
  const node = doc.get('sources', true);
  if (node === undefined) {
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    return `${text}${sep}sources:\n${block(entries, 2)}\n`;
  }
  if (isScalar(node) && node.value === null && node.range) {
    return `${text.slice(0, node.range[0])}\n${block(entries, 2)}${text.slice(node.range[1])}`;
  }
  if (isSeq(node) && node.range) {
    if (node.flow && node.items.length === 0)
      return `${text.slice(0, node.range[0])}\n${block(entries, 2)}${text.slice(node.range[1])}`;
    if (!node.flow) {
      const indent = node.range[0] - lineStart(text, node.range[0]);
      const at = afterLastContent(text, node.range[1]);
      const head = text.slice(0, at);
      return `${head}${head.endsWith('\n') ? '' : '\n'}${block(entries, indent)}\n${text.slice(at)}`;
    }
  }
  if (isSeq(node)) {
    // A flow list with items ("sources: [{...}]"): rewrite it as a block list through the Document; its own
    // inline comments, if any, move but stay.
    node.flow = false;
    for (const e of entries) node.add(doc.createNode(e));
    return doc.toString({ lineWidth: 0 });
  }
  throw new ConfigEditError(
    '"sources" in the config is not a list; expected "sources:" followed by "- id: ..." entries',
  );
}

export function addSourcesToConfigText(text: string, entries: SourceEntry[]): string {
  if (!entries.length) return text;
  const doc = parse(text);
  const before = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  const out = splice(text, doc, entries);
  const after = (parse(out).toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  const expected = {
    ...before,
    sources: [
      ...(Array.isArray(before.sources) ? (before.sources as unknown[]) : []),
      ...entries.map((e) => ({ ...e })),
    ],
  };
  if (!isDeepStrictEqual(after, expected)) {
    throw new ConfigEditError(
      `cannot add the sources to this file without changing something else; add them by hand:\n${block(entries, 2)}`,
    );
  }
  return out;
}
