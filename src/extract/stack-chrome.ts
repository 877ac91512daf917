// Chrome of newsletter platforms, React news sites and live blogs that the older line rules (junk-text.ts,
// chrome-lines.ts, promo-lines.ts) miss: a button's label left alone on a line once its <button> is gone
// ("Subscribe now", "Load more updates", "Pinned"), follower and clap counts, a live entry's relative time
// stamp ("10:40 28 min ago"), and reader
// polls without a "Poll:" label (a question, its options and a "View results" / "Vote" control in one small
// box), slide counters beside the slides, audio players' speed, print-edition and gift notes. Each rule
// matches a whole short line, never a clause of a sentence, and names itself for --explain.
import { elementsByTags, type Trace } from './document.js';
import { STACK_CHROME as T } from './thresholds.js';
import { collapseSpace } from './text.js';

export interface StackLineFacts {
  text: string;
  len: number;
  /** In the closing part of the story. */
  tail: boolean;
  /** The block is a heading (h1-h6). */
  heading?: boolean;
}

/** Controls' labels. Alone on a line, or run together with each other and counts (a toolbar whose
 * <button>s are gone: "Comment on this storyComment0Gift ArticleShare"), they are chrome. */
const CONTROL = [
  'subscribe(?: now| today| for free| here)?',
  'upgrade(?: now| to paid)?',
  'give a gift(?: subscription)?',
  'get the app',
  'start writing',
  'sign in',
  'log in',
  'follow(?:ing)?',
  'reply',
  'save',
  'share(?: full article)?',
  'vote(?: now)?',
  '(?:view|see|show) (?:poll )?results',
  'load more(?: updates| posts| stories| entries| comments)?',
  '(?:show|see) (?:more|all|older|newer) (?:updates|posts|entries)',
  'pinned(?: post| update| message)?',
  'member-only story',
  'swipe (?:for|to see) more(?: photos| images| pictures)?',
  '(?:click|tap)(?: here)? to (?:view|open|see|launch) (?:the )?(?:slideshow|gallery|photos|images)',
  'ad feedback',
  'supported by',
  'send any friend a story',
  'gift(?: this)? article',
  'comment on this (?:story|article)',
  '(?:read|view)(?: all)?(?: \\d+)? comments',
  'comments?(?: \\d+)?',
  'view all',
  'view all posts(?: by [^.!?]{1,40})?',
  'share (?:this|the) (?:article|story|post|page)(?: on| via)?',
  'be the first to (?:comment|review)',
  'no comments(?: yet)?',
  'rate this (?:article|story|post|page)',
  'read (?:more|all) reviews',
  '(?:hide|show) all',
  'story continues',
  'share or comment on this (?:article|story)',
  'purchase licensing rights(?:, opens new tab)?',
  // Blogger's share row, its buttons' labels run together: "Email ThisBlogThis!Share to XShare to Facebook".
  'email this',
  'blogthis',
  'share to (?:x|twitter|facebook|pinterest|linkedin|whatsapp|threads|bluesky|reddit)',
  // Calls to action of any site, alone on a line once their link or button is gone.
  'learn more',
  'read more',
  'find out more',
  'view more',
  'see (?:all|more|deal|details)',
  'book now',
  'get started',
  'get it now',
  'get a quote',
  '(?:download|shop|order|apply|start) now',
  '\\d{1,5}',
].join('|');
const BUTTON = new RegExp(`^(?:(?:${CONTROL})\\s*[.!:|·•›»→>]?\\s*)+$`, 'i');
/** An audio player's length and speed: "4 min1x", "12:04 1.5x". */
const PLAYER = /^(?:\d+ ?min(?:ute)?s?|\d{1,2}:\d{2})?\s*(?:0\.\d{1,2}|1(?:\.\d{1,2})?|2)x$/i;
/** "Want more stories like this? Sign up for ...": a plug asked as a question about the story itself. */
const MORE_LIKE =
  /^(?:want|like|love|enjoy(?:ed|ing)?|liked|found)\b[^.?!]{0,40}\b(?:like this|this (?:story|article|post|newsletter)|more (?:stories|news|articles|reporting))\b[^.?!]{0,20}\?\s*(?:sign up|subscribe|join|follow|register)\b/i;
/** "As a subscriber, you have 10 gift articles to give each month.", "You have 7 articles left to gift." */
const GIFT =
  /\b\d+ (?:gift (?:articles|links|stories) (?:to give|left|remaining)|(?:free )?(?:articles|stories|links) (?:left |remaining )?to gift)\b/i;
/** "A version of this article appears in print on ...": the print edition's note under the story. */
const PRINT = /^a version of this (?:article|story) appear(?:s|ed) in print\b/i;
/** "CLICK HERE TO GET THE APP", "CLICK HERE FOR MORE SPORTS COVERAGE": a shouted link line. */
const CLICK_CAPS = /^CLICK HERE (?:TO|FOR)\b[^a-z]*$/;
/** "Reading Time: 3 minutes", "Post Views: 1,284": a plugin's meter. */
const METER =
  /^(?:(?:estimated )?(?:reading|read) time|time to read|(?:post |page )?views)\s*:?\s*[\d,.]+\s*(?:min(?:ute)?s?|m)?(?: read)?$/i;
/** "VIDEO ABOVE: ...", "Watch the full report in the video player above.": a pointer to a player left out. */
const MEDIA_POINTER =
  /^(?:(?:video|watch|photos?|gallery|audio) (?:above|below)\s*[:|-]|(?:watch|see|view|listen to) (?:the )?(?:[\w'’-]+ ){0,4}in the (?:video |audio |media )?(?:player|video|gallery) (?:above|below)[.!]?$)/i;
/** A box's call to join, as its heading: "Sign up to discover ...", "Become a member". */
const JOIN_HEAD =
  /^(?:sign up|subscribe|join (?:us|our|now|today|for free|the (?:[\w'’-]+ ){0,3}(?:club|community|newsletter))|become a (?:member|subscriber|supporter)|create (?:a|your) (?:free )?account)\b/i;
/** "2.4K Followers", "1,203 claps": a profile's or a post's counter ("1,193 subscribers" is left: ground truths keep it). */
const COUNTER = /^[\d.,]+\s?[km]?\s+(?:followers|claps|responses|likes|reactions)$/i;
/** "28 min ago", "10:40 28 min ago", "Updated 2h ago": a live entry's stamp, relative to the page's load. */
const AGO =
  /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}\s*)?)?(?:(?:updated|posted|published) )?\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago$/i;
/** "Listen to X, our weekly podcast: Spotify | Apple Podcasts": a show's plug ending in its platforms' names. */
const PODCAST_LINKS =
  /^(?:listen|subscribe|follow)\b[^.!?]{0,100}:\s*(?:(?:spotify|apple podcasts|google podcasts|amazon music|youtube(?: music)?|pocket casts|overcast|castbox|deezer|audible|rss)(?:\s*(?:[|,·•/]|and|or)\s*)?)+$/i;
/** Rules whose box (the card around the line) goes with it. */
export const BOXED_STACK_RULES = new Set(['widget: join-box']);

/** The rule that removes this block, or null. */
export function stackLine(b: StackLineFacts): string | null {
  const t = b.text.trim();
  if (b.len <= T.pointerMaxChars && MEDIA_POINTER.test(t)) return 'widget: media-pointer';
  if (b.tail && b.heading && b.len <= T.pointerMaxChars && JOIN_HEAD.test(t)) return 'widget: join-box';
  if (b.len <= T.pointerMaxChars && CLICK_CAPS.test(t)) return 'widget: click-here';
  if (b.len <= T.pointerMaxChars && GIFT.test(t)) return 'widget: gift-note';
  if (b.len <= T.pointerMaxChars && MORE_LIKE.test(t)) return 'widget: more-like-this';
  if (b.len <= T.pointerMaxChars && PODCAST_LINKS.test(t)) return 'widget: podcast-links';
  if (b.tail && b.len <= T.printMaxChars && PRINT.test(t)) return 'widget: print-note';
  if (b.len > T.lineMaxChars) return null;
  if (/\p{L}/u.test(t) && BUTTON.test(t)) return 'widget: button';
  if (COUNTER.test(t)) return 'widget: counter';
  if (PLAYER.test(t)) return 'widget: player';
  if (AGO.test(t)) return 'widget: entry-stamp';
  if (METER.test(t)) return 'widget: meter';
  return null;
}

/** The control that closes a poll. */
const VOTE = /^(?:vote(?: now)?|submit (?:vote|answer)|(?:view|see|show) (?:poll )?results)[.!]?$/i;
const CONTROLS = new Set(['a', 'span', 'p', 'div', 'strong', 'b']);
const QUESTION = /\?\s*$/;

/** "1/5", "3 / 12": a slide counter, chrome only next to the slides themselves (a bare "4/5" elsewhere may be a score). */
const SLIDE_COUNT = /^\d{1,3}\s*\/\s*\d{1,3}$/;
const PICTURES = new Set(['figure', 'img', 'picture', 'amp-img', 'amp-carousel']);

/** Unlabelled polls and slide counters: small widgets told apart by their neighbours. (A raw Unix time in a time
 * element, a live entry's author glued to its time and a "Written by" card are live-blog.ts's and chrome-lines.ts's.) */
export function removeWidgetBoxes(root: Element, trace?: Trace): void {
  for (const el of elementsByTags(root, CONTROLS)) {
    if (!el.isConnected || el.children.length) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (VOTE.test(text)) removePoll(el, root, trace);
    else if (SLIDE_COUNT.test(text) && besidePictures(el)) {
      trace?.('widget: slide-counter', text);
      el.remove();
    }
  }
}

function besidePictures(el: Element): boolean {
  const parent = el.parentElement;
  if (parent && PICTURES.has(parent.localName)) return true;
  // The counter stands over the slide ("1 / 14" then the picture) as often as under it.
  return [el.previousElementSibling, el.nextElementSibling].some(
    (s) => !!s && (PICTURES.has(s.localName) || elementsByTags(s, PICTURES).length > 0),
  );
}

/**
 * Reader polls with no label: a box whose last control is "Vote" or "View results" and whose first line is
 * a question. The box is the largest ancestor of the control that stays short and holds no sentence.
 */
function removePoll(el: Element, root: Element, trace: Trace): void {
  let box: Element | null = null;
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    const text = collapseSpace(p.textContent ?? '');
    if (text.length > T.pollMaxChars || /[.!]\s+\p{Lu}/u.test(text)) break;
    const first = collapseSpace(p.firstElementChild?.textContent ?? '');
    if (p.children.length >= 2 && QUESTION.test(first)) box = p;
  }
  if (!box) return;
  trace?.('widget: poll-box', collapseSpace(box.textContent ?? ''));
  box.remove();
}
