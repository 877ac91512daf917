// What an article says about its event, as namespaced terms with position-weighted counts:
//   w:<stem>    content words of title, lead and body (title and lead count extra: inverted pyramid)
//   t:<stem>    title words again, so that two headlines sharing words is evidence of its own
//   e:<name>    named entities: capitalized runs inside sentences ("glenn beck", "cpac"), and their last word ("beck")
//   n:<number>  numbers of two or more digits ("1200", "3.5")
//   y:<year>    years (1900 to 2099): two incidents of one kind, years apart, share their words but not these
//   p:<place>   places: a dateline ("KIEV (Reuters) -", "Mannheim, Germany -") and capitalized runs after
//               "in", "near", "outside" ("in Sonoma County", "near Healdsburg, California")
// Heuristic entities instead of an NER model: language-agnostic for cased scripts, microseconds per article,
// and the document frequencies push back the frequent ones (the city, the police department) on their own.
import { stemmer } from 'stemmer';
import { NO_SPACE_RUN, normalizeText } from './text.js';
import { CALENDAR_WORDS, HONORIFICS, NAME_CONNECTORS, STOPWORDS } from './stopwords.js';
import { daysOf, numberTermsOf, proseOf } from './details.js';

/** The lead as characters, for what is found by pattern rather than by word (days, numbers): about leadWords. */
const LEAD_CHARS = 400;

/**
 * Detail terms (details.ts): the days and numbers of the prose, never of the page's stamps, those of the
 * headline and the lead counted extra (as its words are), so that they stay among the article's strongest.
 */
function addDetails(tf: Map<string, number>, title: string, head: string): void {
  const prose = proseOf(head);
  const headline = proseOf(title);
  const lead = prose.slice(0, LEAD_CHARS);
  for (const [text, n] of [
    [prose, 1],
    [lead, FEATURE_LIMITS.leadExtra],
    [headline, 1 + FEATURE_LIMITS.titleExtra],
  ] as const) {
    for (const d of daysOf(text)) add(tf, `d:${d}`, n);
    for (const t of numberTermsOf(text)) add(tf, t, n);
  }
}

/** Only the head of an article is read for features: the event is told early, and the cost stays bounded. */
export const FEATURE_LIMITS = { textChars: 5000, leadWords: 60, maxWords: 500, titleExtra: 2, leadExtra: 1 } as const;

export interface ArticleTerms {
  /** Namespaced term -> position-weighted count. */
  tf: Map<string, number>;
  /** Content words read (for explanations and degenerate-input checks). */
  words: number;
  /** The names and numbers of the text (not the headline): what a copy shares with its original. */
  facts: string[];
  /** Word terms (w:) of the lead: the story model compares an article's lead with a story on its own. */
  lead: Set<string>;
}

const LATIN_WORD = /^[a-z]+$/;
const stemCache = new Map<string, string>();

/** Porter stem of a folded Latin word; other words as they are. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s !== undefined) return s;
  s = word.length <= 3 || !LATIN_WORD.test(word) ? word : stemmer(word);
  if (stemCache.size > 100_000) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

const DIGITS = /^\p{N}+$/u;

/** Content words of normalized text: no stopwords, no bare numbers, no one-letter words (CJK bigrams pass). */
function contentWords(normalized: string, max: number): string[] {
  const out: string[] = [];
  for (const w of normalized.split(' ')) {
    if (out.length >= max) break;
    if (!w || STOPWORDS.has(w)) continue;
    const c = w.charCodeAt(0);
    if ((c >= 48 && c <= 57) || (c > 127 && DIGITS.test(w))) {
      if (DIGITS.test(w)) continue;
    }
    // One letter of an alphabet is noise; one ideograph is a word.
    if (w.length < 2 && c < 0x2e80) continue;
    out.push(stem(w));
  }
  return out;
}

function add(tf: Map<string, number>, term: string, n: number): void {
  tf.set(term, (tf.get(term) ?? 0) + n);
}

const wordTerms = new Map<string, string>();

/** "w:" + a stem, kept: the same few thousand words recur in every article, and a new string each time is garbage. */
function wordTerm(stemmed: string): string {
  let t = wordTerms.get(stemmed);
  if (t === undefined) {
    if (wordTerms.size > 100_000) wordTerms.clear();
    wordTerms.set(stemmed, (t = `w:${stemmed}`));
  }
  return t;
}

const HAS_NON_ASCII = /[^\s!-~]/;

/** Content words; CJK runs cut into bigrams so they become words too (normalizeText keeps them whole). */
function wordsOf(text: string, max: number, normalizedText?: string): string[] {
  let normalized = normalizedText ?? normalizeText(text);
  if (HAS_NON_ASCII.test(normalized)) {
    normalized = normalized.replace(NO_SPACE_RUN, (run) => {
      const cs = Array.from(run);
      if (cs.length < 2) return run;
      const grams: string[] = [];
      for (let i = 0; i + 1 < cs.length; i++) grams.push(cs[i]! + cs[i + 1]!);
      return grams.join(' ');
    });
  }
  return contentWords(normalized, max);
}

const NUMBER = /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/gu;

function numbersOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const n = m[0].replace(/,/g, '');
    if (n.replace(/\.\d+$/, '').length >= 2 || n.includes('.')) out.push(n);
  }
  return out;
}

const YEAR = /^(?:19|20)\d\d$/;
const numberTerm = (n: string) => (YEAR.test(n) ? `y:${n}` : `n:${n}`);

const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const CAP_RUN = String.raw`${CAP_WORD}(?:[ \t]+(?:of[ \t]+)?${CAP_WORD}){0,3}`;
// A dateline opens a line: a place in capitals or title case, maybe ", Region", maybe "(Agency)", then a dash.
const DATELINE = new RegExp(
  String.raw`^[ \t]*(${CAP_RUN})(?:,[ \t]*(${CAP_RUN}))?[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:-{1,2}|–|—)[ \t]`,
  'gmu',
);
// "in Sonoma County", "near Healdsburg, California", "outside Kiev".
const AFTER_PREPOSITION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:in|near|outside)[ \t]+(${CAP_RUN})(?:,[ \t]*(${CAP_RUN}))?`,
  'gu',
);
const MAX_PLACES = 24;
const ABBREVIATION = /^(?:\p{Lu}\.)+$/u;
const PLACE_PREFIXES = new Set(['st', 'ste', 'mt', 'ft', 'pt']);

function placeOf(run: string | undefined): string | null {
  if (!run) return null;
  const raw = run.split(/[ \t]+/);
  // A period ends the place ("in Bern. Fans ..." names Bern, not "bern fans"; "Sacramento, Calif. Officials"),
  // except in an acronym ("U.S.") or a prefix of place names ("St. Louis", "Mt. Cook").
  const end = raw.findIndex(
    (w) => w.endsWith('.') && !ABBREVIATION.test(w) && !PLACE_PREFIXES.has(w.slice(0, -1).toLowerCase()),
  );
  const words = (end < 0 ? raw : raw.slice(0, end + 1)).map(fold).filter(Boolean);
  while (words.length && (STOPWORDS.has(words[0]!) || CALENDAR_WORDS.has(words[0]!))) words.shift();
  if (!words.length || words.some((w) => CALENDAR_WORDS.has(w))) return null;
  const place = words.join(' ');
  return place.length >= 2 ? place : null;
}

/**
 * Places named in a text, without a gazetteer: datelines and capitalized runs after "in", "near" and
 * "outside". What is not a place ("in Congress", "in English") is common in the stream, and the document
 * frequencies make it worth little.
 */
export function placesOf(text: string): string[] {
  const out = new Set<string>();
  for (const re of [DATELINE, AFTER_PREPOSITION]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      for (const run of [m[1], m[2]]) {
        const p = placeOf(run);
        if (p) out.add(p);
      }
      if (out.size >= MAX_PLACES) return [...out];
    }
  }
  return [...out];
}

// A word, a line break, or sentence-ending punctuation followed by a space.
const SCAN = /(\p{L}[\p{L}\p{M}\p{N}]*(?:['’\u2011-]\p{L}[\p{L}\p{M}]*)*|\p{N}+)|(\n)|[.!?;:"“”](?=\s)/gu;
const UPPER_START = /^\p{Lu}/u;
const ASCII_WORD = /^[A-Za-z0-9'-]+$/;
const UPPER = 1;
const START = 2;
// ASCII plus the typographic punctuation of English news copy (curly quotes, dashes, ellipsis, no-break space).
const PLAIN = /^[\0-\x7f\u00a0\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
const isStop = (c: number) =>
  c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 34 || c === 0x201c || c === 0x201d;
// Apostrophes and hyphens that join letters: "o'brien", "kyiv-based".
const isJoiner = (c: number) => c === 39 || c === 45 || c === 0x2019 || c === 0x2011;

/**
 * The words of a text (what SCAN's first group matches) and its breaks: a line break (true) or sentence-ending
 * punctuation before a space (false). Plain text (see PLAIN) is scanned by hand to the same rules, without a
 * match object per word.
 */
function scanText(src: string, onWord: (raw: string) => void, onBreak: (newline: boolean) => void): void {
  if (!PLAIN.test(src)) {
    SCAN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SCAN.exec(src)) !== null) {
      if (m[1] !== undefined) onWord(m[1]);
      else onBreak(m[2] !== undefined);
    }
    return;
  }
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    let j = i + 1;
    if (isLetter(c)) {
      while (j < n && (isLetter(src.charCodeAt(j)) || isDigit(src.charCodeAt(j)))) j++;
      while (j + 1 < n && isJoiner(src.charCodeAt(j)) && isLetter(src.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isLetter(src.charCodeAt(j))) j++;
      }
      onWord(src.slice(i, j));
    } else if (isDigit(c)) {
      while (j < n && isDigit(src.charCodeAt(j))) j++;
      onWord(src.slice(i, j));
    } else if (c === 10) onBreak(true);
    else if (isStop(c) && j < n && isSpace(src.charCodeAt(j))) onBreak(false);
    i = j;
  }
}

function fold(word: string): string {
  const w = word.replace(/['’]s$/u, '');
  if (!ASCII_WORD.test(w)) return normalizeText(w);
  const lower = w.toLowerCase();
  return lower.includes("'") || lower.includes('-') ? lower.replace(/'/g, '').replace(/-+/g, ' ').trim() : lower;
}

/**
 * Capitalized runs inside sentences. A capitalized word that the same text also uses in lowercase is taken
 * for an ordinary word ("Police said" vs "the police"), and so is one that is only ever capitalized at the start
 * of a sentence; title-case lines (headings) are skipped whole.
 */
export function entitiesOf(text: string): string[] {
  // "U.S." -> "US" before sentences are cut at periods.
  const src = text.replace(/(?<!\p{L})((?:\p{Lu}\.){2,})/gu, (m) => m.replace(/\./g, ''));
  // Tokens as parallel arrays rather than an object each: this runs on every article, and per-article garbage
  // paces the young-generation collections.
  const raws: string[] = [];
  const foldeds: string[] = [];
  const flags: number[] = [];
  const lines: number[] = [];
  const lowercase = new Set<string>();
  const midSentence = new Set<string>();
  const lineWords: number[] = [0];
  const lineCaps: number[] = [0];
  let line = 0;
  let sentenceStart = true;
  scanText(
    src,
    (raw) => {
      const upper = UPPER_START.test(raw);
      const folded = fold(raw);
      if (!upper) lowercase.add(folded);
      else if (!sentenceStart) midSentence.add(folded);
      lineWords[line]!++;
      if (upper) lineCaps[line]!++;
      raws.push(raw);
      foldeds.push(folded);
      flags.push((upper ? UPPER : 0) | (sentenceStart ? START : 0));
      lines.push(line);
      sentenceStart = false;
    },
    (newline) => {
      sentenceStart = true;
      if (newline) {
        line++;
        lineWords.push(0);
        lineCaps.push(0);
      }
    },
  );
  const heading = (l: number) => lineWords[l]! >= 3 && lineCaps[l]! / lineWords[l]! > 0.6;

  const out: string[] = [];
  let run: string[] = [];
  let runAtStart = false;
  const flush = () => {
    while (run.length && NAME_CONNECTORS.has(run[run.length - 1]!)) run.pop();
    // Sentence-initial capitals prove nothing: "Police Chief Jane Roe" -> "chief jane roe" -> honorific off.
    if (runAtStart && run.length > 1 && lowercase.has(run[0]!)) run.shift();
    while (run.length > 1 && HONORIFICS.has(run[0]!)) run.shift();
    // A lone capitalized word opening a sentence ("Officials said") counts only if the text capitalizes it
    // mid-sentence too.
    const single =
      run.length === 1 &&
      (lowercase.has(run[0]!) || HONORIFICS.has(run[0]!) || (runAtStart && !midSentence.has(run[0]!)));
    if (run.length >= 1 && run.length <= 4 && !single) {
      out.push(run.length === 1 ? run[0]! : run.join(' '));
    }
    if (run.length) run = [];
  };
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const folded = foldeds[i]!;
    const upper = (flags[i]! & UPPER) !== 0;
    const atStart = (flags[i]! & START) !== 0;
    const inHeading = heading(lines[i]!);
    if (inHeading || (run.length && atStart)) flush();
    if (inHeading || !folded) continue;
    // An acronym is never a function word: "US" is not "us".
    if (
      upper &&
      ((!STOPWORDS.has(folded) && !CALENDAR_WORDS.has(folded)) || (raw.length > 1 && raw === raw.toUpperCase()))
    ) {
      if (!run.length) runAtStart = atStart;
      run.push(folded);
    } else if (
      run.length &&
      NAME_CONNECTORS.has(folded) &&
      i + 1 < raws.length &&
      (flags[i + 1]! & (UPPER | START)) === UPPER
    ) {
      run.push(folded);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

/**
 * The namespaced, position-weighted terms of an article. `normalizedText` is normalizeText(text) when the caller
 * has it already (the deduper does, for fingerprints): a short text is then not normalized twice.
 */
export function articleTerms(title: string, text: string, normalizedText?: string, details = false): ArticleTerms {
  const whole = text.length <= FEATURE_LIMITS.textChars;
  const head = whole ? text : text.slice(0, FEATURE_LIMITS.textChars);
  const tf = new Map<string, number>();
  const titleWords = wordsOf(title.slice(0, 1000), 64);
  for (const w of new Set(titleWords)) add(tf, `t:${w}`, 1);
  for (const w of titleWords) add(tf, wordTerm(w), 1 + FEATURE_LIMITS.titleExtra);
  const body = wordsOf(head, FEATURE_LIMITS.maxWords, whole ? normalizedText : undefined);
  const lead = new Set<string>();
  body.forEach((w, i) => {
    const t = wordTerm(w);
    if (i < FEATURE_LIMITS.leadWords) lead.add(t);
    add(tf, t, i < FEATURE_LIMITS.leadWords ? 1 + FEATURE_LIMITS.leadExtra : 1);
  });
  const facts = new Set<string>();
  for (const e of entitiesOf(head)) {
    add(tf, `e:${e}`, 1);
    facts.add(`e:${e}`);
    // "Glenn Beck" is "Beck" further down, and in other outlets; the head word alone is no fact of its own
    // ("Road" of "Broul Road").
    const last = e.lastIndexOf(' ');
    if (last > 0) add(tf, `e:${e.slice(last + 1)}`, 1);
  }
  // Facts keep "n:" for years too: the near-duplicate fact sketch does not depend on the kinds told apart here.
  // With detail terms (see StoryModel.details) numbers come from the prose only; facts keep every number.
  for (const n of numbersOf(head)) {
    if (!details) add(tf, numberTerm(n), 1);
    facts.add(`n:${n}`);
  }
  if (!details) for (const n of numbersOf(title)) add(tf, numberTerm(n), 1);
  for (const p of placesOf(head)) add(tf, `p:${p}`, 1);
  for (const p of placesOf(title)) add(tf, `p:${p}`, 1);
  if (details) addDetails(tf, title, head);
  return { tf, words: body.length, facts: [...facts], lead };
}
