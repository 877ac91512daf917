// The publisher talking about itself inside the body: "Follow us on Instagram", "Listen to our podcast on
// Spotify", "Download our app", "Join our WhatsApp channel", "Click here to subscribe". Every site writes
// these plugs in the same few words, between or after the story's paragraphs; the story itself never
// speaks to the reader about the publisher's channels. Each pattern is anchored at the start of a short
// block (a plug is a line of its own, not a clause in a sentence) and names itself for `extract --explain`.
import { PROMO_LINES as T } from './thresholds.js';

/** Where a publisher sends its readers: networks, podcast and app stores, messaging channels. */
const CHANNEL =
  '(?:facebook|instagram|x|twitter|tiktok|threads|bluesky|linkedin|youtube|whatsapp|telegram|snapchat|pinterest|mastodon|google news|apple news|flipboard|apple podcasts|spotify|the app store|google play)';

const PLUGS: [string, RegExp][] = [
  // "Like us on Facebook", "Follow me on Instagram, YouTube or X", "Join us on Telegram".
  ['follow-us', new RegExp(`^(?:follow|like|find|join|connect with) (?:us|me) on ${CHANNEL}\\b`, 'i')],
  // "... Follow Reviewed on Facebook, Twitter, Instagram or TikTok for ...": a row of networks in a short plug.
  ['follow-us', new RegExp(`\\bfollow (?:[\\p{L}'’.&-]+ ){1,3}on ${CHANNEL}(?:,? (?:or |and )?${CHANNEL}){2,}`, 'iu')],
  // "Join our WhatsApp channel", "Subscribe to our YouTube channel", "We're on Telegram".
  [
    'channel-plug',
    new RegExp(
      `^(?:join|subscribe to|follow) (?:our|the) (?:[\\w'’-]+ ){0,3}(?:channel|community)\\b|^we(?:'re|’re| are) (?:now )?on ${CHANNEL}\\b`,
      'i',
    ),
  ],
  // "Listen to our podcast", "Subscribe to the Daily Briefing podcast on Apple Podcasts".
  ['podcast-plug', /^(?:listen to|subscribe to|follow|download) (?:our|the|this) (?:[\w'’:-]+ ){0,4}podcasts?\b/i],
  // A podcast plugin's player row: "Podcast: Play in new window | Download | Embed".
  ['podcast-plug', /^podcast: play in new window\b/i],
  // "Download our app", "Get the Metro Herald app".
  ['app-plug', /^(?:download|get|install|try) (?:our|the) (?:free )?(?:[\w'’-]+ ){0,3}(?:app|apps)\b/i],
  // "Click here to subscribe", "Tap here to follow us".
  ['click-plug', /^(?:click|tap) (?:here|the link|this link|below) to (?:subscribe|sign up|follow|join|register)\b/i],
  // "Read more news like this on example.com".
  ['click-plug', /^read more (?:news|stories|articles|updates) like this on\b/i],
];

/**
 * A shop widget's lines in a review: "Best prices today:", "Check price on Amazon", "Buy now at X", "$129 at
 * Walmart". Alone on a short line they are buttons and price rows, not the reviewer's text. "Buying options:" and
 * "Buy on Amazon" were tried: a gift guide's own lists of shops start with them, and ground truths keep those.
 */
const PRICE =
  /^(?:best prices today|see the rating|compare prices|check (?:the )?(?:latest )?prices?(?: (?:on|at) [^.!?]{1,40})?|(?:buy|shop) now(?: (?:on|at) [^.!?]{1,40})?|view (?:deal|offer)|see (?:it|deal|price) at [^.!?]{1,40}|\$[\d,.]+ at [\w&'’.-]+(?: [\w&'’.-]+)?)\s*[:.!]?$/i;

/** Calls to action of a few words: "Sign up today", "Sign up for a free trial". */
const CTA = /^(?:sign up|register|join) (?:today|now|for free|for (?:a|your) (?:free )?(?:trial|account))\b/i;

export interface PromoFacts {
  text: string;
  len: number;
}

/** The rule that removes this block as the publisher's plug, or null. */
export function promoLine(b: PromoFacts): string | null {
  if (b.len > T.lineMaxChars) return null;
  const t = b.text.replace(/^[\s*•·>»›▶►→➤-]+/, '');
  for (const [rule, re] of PLUGS) if (re.test(t)) return `promo: ${rule}`;
  if (b.len <= T.ctaMaxChars && CTA.test(t)) return 'promo: call-to-action';
  if (b.len <= T.priceMaxChars && PRICE.test(t)) return 'promo: price-widget';
  return null;
}
