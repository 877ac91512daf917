// Compiled topic queries and their evaluation against prepared text. A text is folded and indexed once
// (prepareText) and then tested against every topic and status rule, which is where the time goes.
import { parseQuery, QuerySyntaxError, type LeafNode, type QueryNode, type QueryWord } from './query-parser.js';
import { fold, words } from '../text/words.js';

export { QuerySyntaxError };
export type { QueryNode, LeafNode, QueryWord };

export interface CompiledQuery {
  readonly source: string;
  readonly root: QueryNode;
}

/** A text folded into words, with each word's positions. Reuse it across queries. */
export interface PreparedText {
  readonly tokens: readonly string[];
  readonly index: ReadonlyMap<string, readonly number[]>;
}

/** Decides whether one occurrence of a term (tokens[start..end)) counts, e.g. to skip negated mentions. */
export type AcceptSpan = (tokens: readonly string[], start: number, end: number) => boolean;

export function compileQuery(src: string): CompiledQuery {
  return { source: src, root: parseQuery(src) };
}

export function prepareText(text: string): PreparedText {
  const tokens = words(text);
  const index = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const list = index.get(t);
    if (list) list.push(i);
    else index.set(t, [i]);
  });
  return { tokens, index };
}

function asPrepared(text: string | PreparedText): PreparedText {
  return typeof text === 'string' ? prepareText(text) : text;
}

// Prefix look-ups scan the vocabulary; many rules share prefixes ("invit*"), so remember them per text.
const prefixCache = new WeakMap<PreparedText, Map<string, readonly number[]>>();

function positionsOf(pt: PreparedText, qw: QueryWord): readonly number[] {
  if (!qw.prefix) return pt.index.get(qw.word) ?? [];
  let cache = prefixCache.get(pt);
  if (!cache) prefixCache.set(pt, (cache = new Map<string, readonly number[]>()));
  const hit = cache.get(qw.word);
  if (hit) return hit;
  const out: number[] = [];
  for (const [tok, pos] of pt.index) if (tok.startsWith(qw.word)) out.push(...pos);
  out.sort((a, b) => a - b);
  cache.set(qw.word, out);
  return out;
}

function wordAt(pt: PreparedText, i: number, qw: QueryWord): boolean {
  const tok = pt.tokens[i];
  if (tok === undefined) return false;
  return qw.prefix ? tok.startsWith(qw.word) : tok === qw.word;
}

/** Every occurrence of a term or phrase, as [start, end) token spans. */
export function leafSpans(leaf: LeafNode, text: string | PreparedText): [number, number][] {
  const pt = asPrepared(text);
  const [first, ...rest] = leaf.words;
  if (!first) return [];
  const spans: [number, number][] = [];
  for (const start of positionsOf(pt, first)) {
    if (rest.every((qw, k) => wordAt(pt, start + 1 + k, qw))) spans.push([start, start + leaf.words.length]);
  }
  return spans;
}

function leafMatches(leaf: LeafNode, pt: PreparedText, accept?: AcceptSpan): boolean {
  const spans = leafSpans(leaf, pt);
  return accept ? spans.some(([s, e]) => accept(pt.tokens, s, e)) : spans.length > 0;
}

function evaluate(node: QueryNode, pt: PreparedText, accept?: AcceptSpan): boolean {
  switch (node.kind) {
    case 'leaf':
      return leafMatches(node, pt, accept);
    case 'and':
      return node.items.every((n) => evaluate(n, pt, accept));
    case 'or':
      return node.items.some((n) => evaluate(n, pt, accept));
    case 'not':
      // A negated term excludes the text wherever it occurs: the span filter is for positive evidence only.
      return !evaluate(node.item, pt);
  }
}

export function matchQuery(q: CompiledQuery, text: string | PreparedText, accept?: AcceptSpan): boolean {
  return evaluate(q.root, asPrepared(text), accept);
}

/** The terms and phrases outside NOT that occur in the text, as written in the query, without repeats. */
export function matchedTerms(q: CompiledQuery, text: string | PreparedText): string[] {
  const pt = asPrepared(text);
  const out = new Set<string>();
  for (const leaf of positiveLeaves(q.root)) if (leafMatches(leaf, pt)) out.add(leaf.display);
  return [...out];
}

/** Leaves that count as evidence for a match (under an even number of NOTs). */
export function positiveLeaves(node: QueryNode, negated = false): LeafNode[] {
  switch (node.kind) {
    case 'leaf':
      return negated ? [] : [node];
    case 'and':
    case 'or':
      return node.items.flatMap((n) => positiveLeaves(n, negated));
    case 'not':
      return positiveLeaves(node.item, !negated);
  }
}

/** The top-level AND clauses of a query (the whole query when it is not an AND). */
export function conjuncts(q: CompiledQuery): { positive: CompiledQuery[]; negative: CompiledQuery[] } {
  const items = q.root.kind === 'and' ? q.root.items : [q.root];
  const positive: CompiledQuery[] = [];
  const negative: CompiledQuery[] = [];
  for (const root of items) {
    if (root.kind === 'not') negative.push({ source: q.source, root: root.item });
    else positive.push({ source: q.source, root });
  }
  return { positive, negative };
}

/** Whether a folded word is one of the query's own positive terms (exactly or by prefix). */
export function isQueryWord(q: CompiledQuery, word: string): boolean {
  return positiveLeaves(q.root).some((leaf) =>
    leaf.words.some((qw) => (qw.prefix ? word.startsWith(qw.word) : word === qw.word)),
  );
}

/** Words of which a text needs at least one to match (null when no such set exists, e.g. "NOT x"). */
function neededWords(node: QueryNode): string[] | null {
  switch (node.kind) {
    case 'leaf':
      return node.words[0] ? [node.words[0].word] : null;
    case 'or': {
      const all: string[] = [];
      for (const n of node.items) {
        const w = neededWords(n);
        if (!w) return null;
        all.push(...w);
      }
      return all;
    }
    case 'and': {
      // Any one clause's needs will do; the one with the fewest words tests the least.
      let best: string[] | null = null;
      for (const n of node.items) {
        const w = neededWords(n);
        if (w && (!best || w.length < best.length)) best = w;
      }
      return best;
    }
    case 'not':
      return null;
  }
}

/**
 * A cheap test that a text cannot match: none of the words the query needs (or their prefixes) occurs in the
 * folded text even as a substring. True means "evaluate it" (most texts of a long scan are rejected here,
 * before being split into words and indexed).
 */
export function queryPrefilter(q: CompiledQuery): (text: string) => boolean {
  return anyQueryPrefilter([q]);
}

/** As queryPrefilter, true when the text may match any of the queries (the text folded once). */
export function anyQueryPrefilter(qs: readonly CompiledQuery[]): (text: string) => boolean {
  const needed: string[] = [];
  for (const q of qs) {
    const w = neededWords(q.root);
    if (!w?.length) return () => true;
    needed.push(...w);
  }
  if (!needed.length) return () => false;
  return (text) => {
    const folded = fold(text);
    return needed.some((w) => folded.includes(w));
  };
}
