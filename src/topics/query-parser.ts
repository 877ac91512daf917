// Lexer and recursive-descent parser for the topic query language (CONTRACT §2). Terms are folded with the same
// `words()` as the text they are matched against, so "Zelensky's" in a query means the words "zelensky s".
import { DeltafeedError } from '../errors.js';
import { words } from '../text/words.js';

/** A query with a syntax error; `column` is 1-based and `detail` is the message without it. */
export class QuerySyntaxError extends DeltafeedError {
  readonly column: number;
  readonly detail: string;
  constructor(column: number, detail: string) {
    super('QUERY_SYNTAX', `column ${column}: ${detail}`);
    this.column = column;
    this.detail = detail;
  }
}

export interface QueryWord {
  word: string;
  /** Trailing `*`: any word starting with `word`. */
  prefix: boolean;
}

/** A term or phrase: consecutive words. */
export interface LeafNode {
  kind: 'leaf';
  words: QueryWord[];
  /** As written in the query, for explanations. */
  display: string;
}

export type QueryNode =
  | LeafNode
  | { kind: 'and'; items: QueryNode[] }
  | { kind: 'or'; items: QueryNode[] }
  | { kind: 'not'; item: QueryNode };

type Token =
  | { type: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'end'; col: number }
  | { type: 'leaf'; col: number; leaf: LeafNode };

const OPEN_QUOTES = new Set(['"', '\u201c', '\u201d']);
const CLOSE_QUOTES = OPEN_QUOTES;
const KEYWORDS: Record<string, 'and' | 'or' | 'not'> = { AND: 'and', OR: 'or', NOT: 'not' };

/** Folded words of one whitespace-free chunk; only a trailing `*` is allowed. */
function chunkWords(chunk: string, col: number): QueryWord[] {
  const star = chunk.indexOf('*');
  if (star !== -1 && star !== chunk.length - 1) {
    throw new QuerySyntaxError(col + [...chunk.slice(0, star)].length, "'*' is only allowed at the end of a term");
  }
  const prefix = star !== -1;
  const ws = words(prefix ? chunk.slice(0, -1) : chunk);
  if (!ws.length) throw new QuerySyntaxError(col, `term ${JSON.stringify(chunk)} has no letters or digits`);
  return ws.map((word, i) => ({ word, prefix: prefix && i === ws.length - 1 }));
}

function lex(src: string): Token[] {
  const cps = [...src];
  const tokens: Token[] = [];
  let i = 0;
  while (i < cps.length) {
    const c = cps[i]!;
    const col = i + 1;
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ type: c === '(' ? 'lparen' : 'rparen', col });
      i++;
    } else if (OPEN_QUOTES.has(c)) {
      let j = i + 1;
      while (j < cps.length && !CLOSE_QUOTES.has(cps[j]!)) j++;
      if (j >= cps.length) throw new QuerySyntaxError(col, 'unterminated quote');
      const inner = cps.slice(i + 1, j).join('');
      if (!inner.trim()) throw new QuerySyntaxError(col, 'empty phrase');
      const qws: QueryWord[] = [];
      for (const m of inner.matchAll(/\S+/gu)) {
        const chunkCol = i + 1 + [...inner.slice(0, m.index)].length + 1;
        qws.push(...chunkWords(m[0], chunkCol));
      }
      tokens.push({ type: 'leaf', col, leaf: { kind: 'leaf', words: qws, display: cps.slice(i, j + 1).join('') } });
      i = j + 1;
    } else {
      let j = i;
      while (j < cps.length && !/\s/u.test(cps[j]!) && cps[j] !== '(' && cps[j] !== ')' && !OPEN_QUOTES.has(cps[j]!))
        j++;
      const chunk = cps.slice(i, j).join('');
      const kw = KEYWORDS[chunk];
      if (kw) tokens.push({ type: kw, col });
      else tokens.push({ type: 'leaf', col, leaf: { kind: 'leaf', words: chunkWords(chunk, col), display: chunk } });
      i = j;
    }
  }
  tokens.push({ type: 'end', col: cps.length + 1 });
  return tokens;
}

const NAMES = { and: 'AND', or: 'OR', not: 'NOT' } as const;

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos]!;
  }

  private next(): Token {
    return this.tokens[this.pos++]!;
  }

  private startsOperand(t: Token): boolean {
    return t.type === 'leaf' || t.type === 'lparen' || t.type === 'not';
  }

  private needOperand(op: Token & { type: 'and' | 'or' | 'not' }): void {
    if (!this.startsOperand(this.peek())) throw new QuerySyntaxError(op.col, `${NAMES[op.type]} needs a term after it`);
  }

  parse(): QueryNode {
    if (this.peek().type === 'end') throw new QuerySyntaxError(1, 'empty query');
    const node = this.parseOr();
    const t = this.peek();
    if (t.type === 'rparen') throw new QuerySyntaxError(t.col, "unbalanced parenthesis: ')' without '('");
    if (t.type !== 'end') throw new QuerySyntaxError(t.col, 'unexpected input');
    return node;
  }

  private parseOr(): QueryNode {
    const items = [this.parseAnd()];
    while (this.peek().type === 'or') {
      this.needOperand(this.next() as Token & { type: 'or' });
      items.push(this.parseAnd());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  private parseAnd(): QueryNode {
    const items = [this.parseUnary()];
    for (;;) {
      const t = this.peek();
      if (t.type === 'and') {
        this.next();
        this.needOperand(t as Token & { type: 'and' });
      } else if (!this.startsOperand(t)) {
        break;
      }
      items.push(this.parseUnary());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }

  private parseUnary(): QueryNode {
    const t = this.peek();
    if (t.type === 'not') {
      this.next();
      this.needOperand(t as Token & { type: 'not' });
      return { kind: 'not', item: this.parseUnary() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): QueryNode {
    const t = this.next();
    switch (t.type) {
      case 'leaf':
        return t.leaf;
      case 'lparen': {
        if (this.peek().type === 'rparen') throw new QuerySyntaxError(this.peek().col, 'empty parentheses');
        const inner = this.parseOr();
        if (this.peek().type !== 'rparen')
          throw new QuerySyntaxError(t.col, "unbalanced parenthesis: '(' is never closed");
        this.next();
        return inner;
      }
      case 'rparen':
        throw new QuerySyntaxError(t.col, "unbalanced parenthesis: ')' without '('");
      case 'and':
      case 'or':
        throw new QuerySyntaxError(t.col, `${NAMES[t.type]} needs a term before it`);
      case 'not':
      case 'end':
        throw new QuerySyntaxError(t.col, 'query ends where a term is expected');
    }
  }
}

/** Parse a query into its syntax tree, or throw QuerySyntaxError naming the column. */
export function parseQuery(src: string): QueryNode {
  return new Parser(lex(src)).parse();
}
