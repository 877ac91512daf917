// Short lines of the big news publishers' furniture the fourth red team found, told by their words and shape:
// - a video or audio promo: a media label run into a running time ("VIDEO 02:31 <title>", "Listen · 4:05 ..."),
//   the player's card once its button is gone;
// - a market-data notice: quotes or data "delayed (at least) 15 minutes", "a real-time snapshot";
// - a "catch all the news" footer: an invitation to get or catch the latest news of several desks on a site,
//   naming "news" twice or more ("Catch all the Business News, Market News ... on <Site>");
// - a letters-page invitation: the reader is asked to submit a response or letter for publication;
// - a comment button's label on a line of its own ("Start a Conversation", "Join the conversation");
// round 16:
// - a promo's label with no running time ("WATCH NOW <title>"), a quote box's rows ("Today's Change (2.14%)
//   $3.87", "Day's Range $179.20 - $186.05": a label and figures only), a transcript's standing note ("transcripts
//   may vary", "the authoritative record of programming"), a slide counter with its word ("Photo 3/12");
// - a survey's question about "this article" and its thanks (taking its box), and the label that opens a
//   publisher's appeal ("A message from the editor of ...:"), named 'appeal' so that it takes the appeal's box;
// round 17: a read time's or listen widget's remnant ("· 6 min"), a plug that closes on "Click here to join";
// (fifth red team) a player's duration with its unit ("5:12 Min."), read times in German, French and Polish.
// And one rule on the page before Readability: a broadcaster's hidden media label ("Image source, ", "Media
// caption, ") names the credit or caption it sits in, so the label's whole container goes, not the label alone.

/** Longest line each rule judges: a promo card, a notice, a footer sentence, a letters invitation. */
const MAX_CHARS = 400;
const PROMO_MAX_CHARS = 160;
const NOTICE_MAX_CHARS = 250;

const VIDEO_PROMO =
  /^(?:video|watch(?: now)?|listen(?: now)?|audio|podcast)\s*[:|·•–—-]?\s*\d{1,2}:\d{2}(?::\d{2})?(?!\d)/i;
const QUOTE_DELAY =
  /\b(?:quotes?|data|prices?|figures)\b[^.!?]{0,30}\bdelayed (?:by )?(?:at least |up to )?\d{1,2} min(?:ute)?s\b|\bdata is a real-time snapshot\b/i;
/** "Catch all the ... News ... on <Site>": read only when "news" (or "headlines") comes twice or more (a story
 * says it once). */
const CATCH_ALL =
  /^(?:catch|get|read|check out|stay updated with|follow)\s+(?:all\s+)?(?:the\s+)?(?:latest\s+)?[^.!?]{0,160}\bnews\b[^.!?]{0,160}\b(?:on|at|only on)\s+\p{Lu}/iu;
const NEWS_WORD = /\b(?:news|headlines)\b/gi;
const LETTERS_PLUG =
  /\b(?:submit|send|email)\b[^.!?]{0,40}\b(?:response|letter)\b[^.!?]{0,120}\b(?:for publication|letters? (?:section|page))\b/i;
const YOU = /\b(?:you|your)\b/i;
const COMMENT_CALL = /^(?:(?:start|join) (?:a|the) (?:conversation|discussion)[.!]?|what are your thoughts\??)$/i;
const PROMO_LABEL = /^(?:watch now|listen now|watch live|now playing|up next)[^.!?]{0,120}$/i;
const QUOTE_ROW =
  /^(?:today['’]s change|current price|day['’]s range|52[- ]?(?:wk|week) range|market cap|prev(?:ious)? close|open price|volume)\s*[$€£(+\-−–\d][\s$€£%().,+\-−–\dkmbt]*$/i;
const QUOTE_ROW_MAX_CHARS = 80;
const TRANSCRIPT_NOTE =
  /\btranscripts? (?:text )?may (?:vary|be revised|contain errors)\b|\bauthoritative record of (?:\w+ )?programming\b/i;
const SLIDE = /^(?:photo|image|picture|slide)s?\s*\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i;
const SURVEY =
  /^(?:how (?:useful|helpful|satisfied|likely|interesting)\b[^.!?]{0,60}\b(?:this|the) (?:article|story|page|content)\?|\W*thank you for (?:completing|taking) (?:the|our|this) (?:survey|poll)\b)/i;
const MESSAGE_FROM =
  /^a (?:message|note|letter) from (?:the |our )?(?:editor|publisher|founder|co-founder|editor-in-chief)s?\b[^.!?]{0,80}:?$/i;
/** Round 17: a listen widget's or read time's remnant ("· 6 min", "4 min listen"), a plug that ends on its call. */
const READ_TIME =
  /^(?:[·•|]\s*\d{1,3}\s*min(?:ute)?s?|\d{1,3}\s*min(?:ute)?s? (?:read|listen|watch)|\d{1,2}:\d{2}\s*(?:min\.?|minutes?|хв\.?)|\d{1,3}\s*min\.?\s*(?:lesezeit|lesedauer)|lesezeit:?\s*\d{1,3}\s*min\.?|(?:temps de )?lecture\s*:?\s*\d{1,3}\s*min|czas (?:czytania|lektury):?\s*\d{1,3}\s*min\.?)$/i;
const JOIN_PLUG = /\bclick here to (?:join|subscribe|sign up|follow|download)\b[^.!?]{0,40}[.!]?$/i;
const JOIN_PLUG_MAX_CHARS = 200;
/** Rules whose line goes with its small box (line-rules.ts). */
export const BOXED_NEWSROOM_RULES = ['survey-line'];

/** The rule that removes this short block, or null. */
export function newsroomLine(text: string, len: number): string | null {
  if (len > MAX_CHARS) return null;
  const t = text.trim();
  if (len <= PROMO_MAX_CHARS && VIDEO_PROMO.test(t)) return 'video-promo';
  if (len <= NOTICE_MAX_CHARS && QUOTE_DELAY.test(t)) return 'market-data-notice';
  if (CATCH_ALL.test(t) && (t.match(NEWS_WORD)?.length ?? 0) >= 2) return 'catch-all-line';
  if (YOU.test(t) && LETTERS_PLUG.test(t)) return 'letters-plug';
  if (COMMENT_CALL.test(t)) return 'comment-call';
  if (len <= PROMO_MAX_CHARS && PROMO_LABEL.test(t)) return 'video-promo';
  if (len <= QUOTE_ROW_MAX_CHARS && QUOTE_ROW.test(t)) return 'quote-box-line';
  if (TRANSCRIPT_NOTE.test(t)) return 'transcript-note';
  if (SLIDE.test(t)) return 'slide-counter';
  if (SURVEY.test(t)) return 'survey-line';
  if (MESSAGE_FROM.test(t)) return 'appeal';
  if (READ_TIME.test(t)) return 'read-time';
  if (len <= JOIN_PLUG_MAX_CHARS && JOIN_PLUG.test(t)) return 'join-plug';
  return null;
}

/** A hidden label that names a media credit or caption: "Image source, ", "Image caption, ", "Media caption,". */
const MEDIA_LABEL = /^(?:image|media|video|audio|photo|picture) (?:source|caption|credit|description)\s*,?$/i;
/** A credit or caption line: longer is the story's own text. */
const MEDIA_BOX_MAX_CHARS = 250;

const OUTER = new Set(['body', 'main', 'article', 'section']);

/** The container a hidden media label names (to be removed with it), or null when `el` is not one. */
export function mediaLabelBox(el: Element): Element | null {
  const label = (el.textContent ?? '').trim();
  if (!label || label.length > 30 || !MEDIA_LABEL.test(label)) return null;
  const box = el.parentElement;
  if (!box || OUTER.has(box.localName)) return null;
  const text = (box.textContent ?? '').trim();
  return text.length <= MEDIA_BOX_MAX_CHARS ? box : null;
}

/**
 * An opinion page's or feature's kicker ("Opinion", "Analysis", "The Big Read"). A section's one-word link at
 * the head ("Markets") was tried too: on the devset it took linked subheadings and tables of contents that ground
 * truths keep (31 pages, recall -0.0001), so only these words.
 */
const KICKER =
  /^(?:opinion|analysis|comment|commentary|expert comment|editorial|perspective|explainer|exclusive|the big read|big read|long read|the long read)$/i;
const KICKER_MAX_CHARS = 30;

/** 'kicker' for such a line at the head of the story (in its body it is a subheading), or null. */
export function kickerLine(text: string, len: number, head: boolean): string | null {
  if (!head || len > KICKER_MAX_CHARS) return null;
  return KICKER.test(text.trim()) ? 'kicker' : null;
}
