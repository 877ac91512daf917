// The rules that judge one short block by its words alone, in the order they are tried, after prune-article's
// own structural and vocabulary checks: chrome lines, self-promotion, live-blog and widget stamps, date lines.
import { chromeLine } from './chrome-lines.js';
import { eraLine } from './era-lines.js';
import { entryStamp } from './live-blog.js';
import { aiNote } from './media-boxes.js';
import { BOXED_NETWORK_RULES, networkLine } from './network-lines.js';
import { BOXED_NEWSROOM_RULES, kickerLine, newsroomLine } from './newsroom-lines.js';
import { BOXED_OUTLET_RULES, outletLine } from './outlet-lines.js';
import { BOXED_PAGE_RULES, pageLine } from './page-lines.js';
import { portalLine } from './portal-lines.js';
import { promoLine } from './promo-lines.js';
import { BOXED_STACK_RULES, stackLine } from './stack-chrome.js';
import { stampLine } from './stamp-lines.js';
import { tailNote } from './tail-notes.js';
import { BOXED_WIDGET_RULES, widgetLine } from './widget-lines.js';

export interface WordFacts {
  text: string;
  len: number;
  /** Share of the text inside links. */
  density: number;
  head: boolean;
  tail: boolean;
  /** The last block of the article. */
  last: boolean;
  heading: boolean;
}

export function wordRule(b: WordFacts): string | null {
  const { text, len } = b;
  return (
    chromeLine({ text, len, density: b.density, tail: b.last }) ??
    promoLine({ text, len }) ??
    entryStamp(text, len) ??
    stackLine({ text, len, tail: b.tail, heading: b.heading }) ??
    aiNote(text, len) ??
    widgetLine(text, len, b.tail) ??
    tailNote(text, len, b.tail) ??
    pageLine(text, len, b.density) ??
    newsroomLine(text, len) ??
    networkLine(text, len) ??
    outletLine(text, len) ??
    eraLine(text, len, b.last) ??
    kickerLine(text, len, b.head) ??
    portalLine(text, len, b.density, b.head || b.tail) ??
    (b.head || b.tail ? stampLine(text, len) : null)
  );
}

const BOXED = new Set([
  'signup',
  'share',
  'appeal',
  'paywall',
  'bio',
  'byline-line',
  'role-line',
  ...BOXED_STACK_RULES,
  ...BOXED_WIDGET_RULES,
  ...BOXED_PAGE_RULES,
  ...BOXED_NEWSROOM_RULES,
  ...BOXED_NETWORK_RULES,
  ...BOXED_OUTLET_RULES,
]);

/** Rules whose block goes with its small box: a sign-up, share, appeal or bio box's button, small print or name line are not blocks of their own. */
export const takesItsBox = (rule: string) => BOXED.has(rule);
