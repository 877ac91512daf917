// Stop words for the topical test (topical.ts): the project's own English list (which holds news words such as
// "said" and "years") and the function words of English and of the other languages the cleaner meets on news
// pages, from the stopword package. A French story and an unrelated French rail share "dans" and "pour", which
// would otherwise count as common vocabulary. Only the languages named here, not all of the package's: short
// words of other languages can be English content words. (stopwords-iso was tried first: its lists also hold
// "state", "local", "press", "area", "general" and "premier", content words of English news.)
import { createRequire } from 'node:module';

const LANGUAGES = ['eng', 'fra', 'deu', 'spa', 'ita', 'por', 'nld', 'pol', 'ukr'] as const;

const OWN_ENGLISH = `about above after again against also although among another because before being below between
both could does doing down during each either every from further have having here however into itself just like
made make many might more most much must never only other otherwise over same should since some such than that
their them then there these they this those though through under until upon very were what when where whether
which while whom whose will with within without would your yours said says year years first last back still even
also just make made take know look want give used using well https http www`;

/** Folds a word as `contentWords` does: compatibility decomposition, marks removed, lower case. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function libraryWords(): string[] {
  const lists = createRequire(import.meta.url)('stopword') as Record<string, readonly string[] | undefined>;
  return LANGUAGES.flatMap((lang) => lists[lang] ?? []);
}

function buildStopWords(): Set<string> {
  const out = new Set<string>();
  for (const word of [...OWN_ENGLISH.split(/\s+/), ...libraryWords()]) {
    const folded = foldWord(word.trim());
    // contentWords keeps runs of 4+ letters only, so shorter words and words with an apostrophe never meet it.
    if (/^\p{L}{4,}$/u.test(folded)) out.add(folded);
  }
  return out;
}

/** Folded stop words of 4+ letters: the project's English ones and those of the languages above. */
export const STOP_WORDS: ReadonlySet<string> = buildStopWords();
