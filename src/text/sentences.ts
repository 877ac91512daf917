// Sentence splitting for claims and revision diffs. Intl.Segmenter implements the Unicode rules (UAX #29),
// which break after every "Mr. " or "U.S. " followed by a capital and before "she asked" after a quoted
// question, and offer no abbreviation list; so its segments are re-joined here where a break is a false one.

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations that come before a name and never end a sentence. */
const BEFORE_NAME = new Set(
  'mr mrs ms mx dr prof gen sen rep gov lt col sgt capt cmdr adm maj rev st mt ft pres supt insp hon messrs mme mlle fr sr jr gens sens reps'.split(
    ' ',
  ),
);
/** Abbreviations that never end a sentence when a number follows ("Jan. 3", "No. 10"). */
const BEFORE_NUMBER = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol art p pp fig ch sec'.split(' '),
);
/** Words that usually open a sentence: after "U.S." one of these means the acronym did end the sentence. */
const STARTERS = new Set(
  (
    'the a an and but or so yet he she it they we i you this that these those his her their its our there here ' +
    'when while after before as if for however meanwhile what who why how some many most all no one two ' +
    'in on at by from with without earlier later last still also both such other according asked'
  ).split(' '),
);

const TRAILING_WORD = /([\p{L}.]+)\.["'\u201d\u2019)\]]*$/u;

function falseBreak(prev: string, next: string): boolean {
  const nextTrim = next.trimStart();
  if (!nextTrim) return true;
  // A continuation in lowercase ("...?" she asked.) or bare punctuation is never its own sentence.
  if (/^[\p{Ll}\p{P}]/u.test(nextTrim) && !/^["'\u201c\u2018([]/u.test(nextTrim)) return true;
  const m = TRAILING_WORD.exec(prev.trimEnd());
  if (!m) return false;
  const word = m[1]!;
  const lower = word.toLowerCase();
  const firstWord = /^[\p{L}\p{N}]+/u.exec(nextTrim)?.[0] ?? '';
  if (!word.includes('.')) {
    if (BEFORE_NAME.has(lower)) return true;
    if (BEFORE_NUMBER.has(lower) && /^\p{N}/u.test(nextTrim)) return true;
    // A lone capital is an initial ("Donald J. Trump").
    if (/^\p{Lu}$/u.test(word) && /^\p{Lu}/u.test(nextTrim)) return true;
    return false;
  }
  // Dotted acronyms: "U.S.", "D.C.", "E.U.".
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return !STARTERS.has(firstWord.toLowerCase());
  return false;
}

/** Sentences of one line of text (no paragraph breaks inside). */
function lineSentences(line: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(line)) {
    if (out.length && falseBreak(out[out.length - 1]!, segment)) out[out.length - 1] += segment;
    else out.push(segment);
  }
  return out.map((s) => s.replace(/\s+/gu, ' ').trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/**
 * Paragraphs (separated by a blank line), each as its sentences. Sentences never cross a line break. With
 * `keep`, only the paragraphs it accepts are split (a caller that needs only some paragraphs' sentences).
 */
export function splitParagraphs(text: string, keep?: (paragraph: string) => boolean): string[][] {
  const paragraphs = text.split(/\n[ \t\r\f\v\u00a0]*\n/u);
  return (keep ? paragraphs.filter(keep) : paragraphs)
    .map((para) => para.split('\n').flatMap(lineSentences))
    .filter((p) => p.length > 0);
}

/** The sentences of a clean text, whitespace collapsed. */
export function splitSentences(text: string): string[] {
  return splitParagraphs(text).flat();
}
