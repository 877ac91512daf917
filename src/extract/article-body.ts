// The JSON-LD articleBody a page declares, as evidence about its article: its paragraphs, and an index of
// its word shingles that tells, in time linear in the text asked about, how much of a block the body holds.
// Publishers write articleBody as plain text (paragraphs on lines, or glued together: "end.Next"), with
// HTML entities left in, and sometimes as HTML. Either way it goes through the DOM parser of the page's own
// document (no scripts run there; HTML first goes through the page's own bounding pass, prestrip.ts) and comes
// out as text paragraphs; display HTML built from them is written by the one sanitizer like the rest.
import { MAX_DEPTH } from './limits.js';
import { prestrip } from './prestrip.js';
import { toParagraphs } from './text.js';

/** Characters of articleBody read; past this it is a data dump, and the head of it is evidence enough. */
export const MAX_BODY_CHARS = 300_000;
/** Shingle width in words, as the benchmark metric counts. */
const WIDTH = 4;

const HTML_BLOCK = /<(?:p|br|div|h[1-6]|li|ul|ol|blockquote|section|figure|table)\b[^>]*>/i;
// A sentence end glued to the next sentence's capital ("the market.Right now"): a lost paragraph break.
const GLUED = /([\p{Ll}\p{N}][.!?]["”’)]?)(?=\p{Lu}\p{Ll})/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** The articleBody as paragraphs of text, or an empty list when there is none worth reading. */
export function bodyParagraphs(doc: Document, raw: string): string[] {
  const body = raw.length > MAX_BODY_CHARS ? raw.slice(0, MAX_BODY_CHARS) : raw;
  const holder = doc.createElement('div');
  if (HTML_BLOCK.test(body)) {
    // The same bounding pass as the page: no scripts or styles, no nesting deep enough to hurt the parser.
    holder.innerHTML = prestrip(body, { maxChars: MAX_BODY_CHARS, maxDepth: MAX_DEPTH }).html;
    return toParagraphs(holder).flatMap(splitGlued);
  }
  // Plain text: the parser only decodes its entities; the lines are the paragraphs.
  holder.innerHTML = body.replace(/</g, '&lt;');
  return (holder.textContent ?? '')
    .split(/\s*\n\s*/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line))
    .flatMap(splitGlued);
}

function splitGlued(paragraph: string): string[] {
  return paragraph
    .replace(GLUED, '$1\n')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Shingles of a word list: every run of WIDTH words; a shorter text is one shingle of all its words. */
export function shingles(tokens: readonly string[]): string[] {
  if (tokens.length < WIDTH) return tokens.length ? [tokens.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + WIDTH <= tokens.length; i++) out.push(tokens.slice(i, i + WIDTH).join(' '));
  return out;
}

/**
 * The shingles of a text, and the shorter word runs too, so that a block of one to three words ("Courtesy
 * of brand") can be looked up as well as a paragraph. Building and every lookup are linear in the words.
 */
export class ShingleIndex {
  private readonly grams = new Set<string>();
  readonly wordCount: number;

  constructor(paragraphs: readonly string[]) {
    // One run of words across paragraphs: the page may break its paragraphs where the body does not.
    const tokens = paragraphs.flatMap(words);
    for (let i = 0; i < tokens.length; i++) {
      let gram = tokens[i]!;
      this.grams.add(gram);
      for (let n = 1; n < WIDTH && i + n < tokens.length; n++) this.grams.add((gram += ` ${tokens[i + n]!}`));
    }
    this.wordCount = tokens.length;
  }

  /** Share of the text's shingles found here (0 for a text without words). */
  share(tokens: readonly string[]): number {
    const own = shingles(tokens);
    if (!own.length) return 0;
    let hit = 0;
    for (const g of own) if (this.grams.has(g)) hit++;
    return hit / own.length;
  }
}
