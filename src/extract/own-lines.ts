// Short linked lines that are the story's own (guards 9), for the block rules of prune-article.ts. A genre
// kicker whose link is the kicker alone ("<a>Analysis:</a> why a deal about cranes is about three towns") labels
// the story's own standfirst: an inline teaser links the headline it points to, not its label. A linked sentence
// of eight words or more that ends in a full stop ("The list of affected models is on the maker's website.")
// is the story's closing pointer: a headline does not end in a full stop.
import { elementsByTags } from './document.js';
import { INLINE_TEASER } from './junk-text.js';
import { collapseSpace } from './text.js';
import { PRUNE_ARTICLE, TOPICAL } from './thresholds.js';
import type { Vocabulary } from './topical.js';

const A = new Set(['a']);
const GENRE_KICKER =
  /^(?:opinion|analysis|explainer|commentary|comment|review|perspective|column|editorial|fact check)\s*[:|>»–—-]\s*/i;
const SENTENCE = /^\p{Lu}.*[.!?]["”’)]*$/u;
/** A linked sentence has at least this many words; "Read the statement." is a pointer's label. */
const SENTENCE_MIN_WORDS = 8;

/** "Read more: <a>headline</a>" (inline-teaser), unless the only link is a genre kicker's. */
export function inlineTeaser(el: Element, text: string): boolean {
  return INLINE_TEASER.test(text) && !kickerLinkOnly(el, text);
}

/** `el` opens on a genre kicker, and its links are that kicker only. */
function kickerLinkOnly(el: Element, text: string): boolean {
  const m = GENRE_KICKER.exec(text);
  const links = elementsByTags(el, A);
  if (!m || !links.length) return false;
  return links.every((a) => {
    const t = collapseSpace(a.textContent ?? '');
    return !!t && m[0].includes(t);
  });
}

/**
 * A link line about something else than the story (link-line); a linked sentence closing the story (`last`: the
 * last block) is no such line.
 */
export function offTopicLine(vocab: Vocabulary, text: string, last: boolean): boolean {
  if (last && linkedSentence(text)) return false;
  const o = vocab.size >= TOPICAL.minVocabulary ? vocab.overlap(text) : null;
  return o !== null && o < PRUNE_ARTICLE.blockOffTopicOverlap;
}

/** `text` (a block that is all one link) is a sentence of the story, not a headline. */
function linkedSentence(text: string): boolean {
  return SENTENCE.test(text) && text.split(' ').length >= SENTENCE_MIN_WORDS;
}
