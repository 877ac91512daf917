// Paragraphs promoting gambling sites appended after a story that is about something else (bought links on a
// hacked or rented page: "Players who enjoy classic slots can try <a>Brand</a>, with pokies and free spins").
// Each closing paragraph names a linked brand and speaks the trade's words; the run goes only when the story
// before it never uses those words, so a story about a casino licence keeps its linked casinos.
import { leafBlocks } from './blocks.js';
import { elementsByTags, type Trace } from './document.js';
import { collapseSpace } from './text.js';

const T = {
  minChars: 40,
  maxChars: 400,
  maxLinks: 2,
  /** A brand's name: a short link. */
  brandMaxWords: 5,
  /** Distinct words of the trade in one paragraph. */
  minTerms: 2,
} as const;

const A = new Set(['a']);
const TERMS =
  /\b(casinos?|pokies|slots?|betting|bets?|bookmakers?|sportsbooks?|jackpots?|free spins|live dealers?|wagering|bonus(?:es)?|payouts?|roulette|blackjack|poker)\b/gi;
/** The story's own words for the trade: one of them anywhere before the run, and the run is the story's. */
const STORY_TERMS =
  /\b(?:casinos?|pokies|slot machines?|betting|bookmakers?|sportsbooks?|jackpots?|gambl\w*|roulette|blackjack|poker|wager\w*)\b/i;

export function removeGamblingPromos(root: Element, trace: Trace): void {
  const blocks = leafBlocks(root)
    .map((el) => ({ el, text: collapseSpace(el.textContent ?? '') }))
    .filter((b) => b.text);
  let first = blocks.length;
  while (first > 0 && isPromo(blocks[first - 1]!.el, blocks[first - 1]!.text)) first--;
  if (first === blocks.length || first === 0) return;
  if (blocks.slice(0, first).some((b) => STORY_TERMS.test(b.text))) return;
  for (const b of blocks.slice(first)) {
    trace?.('gambling-promo', b.text);
    b.el.remove();
  }
}

function isPromo(el: Element, text: string): boolean {
  if (text.length < T.minChars || text.length > T.maxChars) return false;
  const links = elementsByTags(el, A);
  if (!links.length || links.length > T.maxLinks) return false;
  if (!links.some((a) => collapseSpace(a.textContent ?? '').split(' ').length <= T.brandMaxWords)) return false;
  const terms = new Set((text.match(TERMS) ?? []).map((t) => t.toLowerCase().replace(/(?:es|s)$/, '')));
  return terms.size >= T.minTerms;
}
