// Short lines of international English-language outlets, the English-language chains outside the US and
// institutional pages that the sixth red team found, told by their words and shape alone (whole short lines or
// their openings, never words inside a sentence):
// - a war-day counter: "Day 1,568 of Russia's full-scale invasion" (the whole line: "Day after day ..." and a
//   sentence that counts days go on past the war's name and stay);
// - a series note: "This article is part of <Outlet>'s <series>, a series on ..." (it names a series, a report,
//   a project or a lab; "This article of the treaty is part of ..." is prose);
// - a bookmark toast: "Story Saved", "You can find this story in My Bookmarks ...";
// - a follow-topic plug: "Don't miss out on the headlines from <section>. Followed categories will be added ...";
// - a press office's release number: "Press Release (2026) 071 · Issued on 10 Jun. 2026", and a speech's
//   delivery note: "(As delivered)", "(Check against delivery)";
// - a syndication stamp: "Originally published as <Headline>" (a capital after "as");
// - a named outlet's messenger channel: "Join <Outlet>'s Telegram channel and get the latest news ...", with the
//   news promise (network-lines' messenger-plug needs "our"/"us");
// second wave: subscriber notes, save prompts, share titles, print-edition notes, "Follow ... on the official
// Telegram channel", an author box's "Read more by <Name>". Seventh red team: a social post's fallback line
// without its embed's class ("A post shared by <Name> (@handle)", the handle in brackets closing the line).

/** Longest line each rule judges. */
const MAX_CHARS = 200;

const WAR = String.raw`(?:the |russia['’]s |russian )?(?:full[- ]scale )?(?:war|invasion)(?: (?:in|on|against) ukraine)?`;
const WAR_DAY = new RegExp(String.raw`^(?:day [\d,.\s]{1,7} of ${WAR}|${WAR}\s*[:,–—-]\s*day [\d,.]{1,7})[.!]?$`, 'i');
const SERIES_NOTE =
  /^[Tt]his (?:article|story|piece|report|interview|analysis) is part of (?:(?:the |our |an? )?[\p{Lu}\d][\p{L}\d'’&.-]*(?:['’]s)?(?!\p{L})|(?:our|a|an|the) (?:\p{L}+ ){0,3}(?:series|special report|project|package|investigation|collection|coverage)(?!\p{L}))/u;
const BOOKMARK_NOTE =
  /^(?:(?:story|article) saved[.!]?|you can find this (?:story|article|page) in (?:my|your) (?:bookmarks|saved (?:stories|articles|items))\b.*)$/i;
const FOLLOW_PLUG =
  /^(?:don['’]?t|do not) miss out on the (?:headlines|latest(?: news)?) from\b|\bfollowed (?:categories|topics|authors|sections) will be added to\b/i;
const RELEASE_NUMBER =
  /^(?:press release|statement|news release)\s*\(\d{4}\)\s*\d{1,4}\b(?:\s*[·•|,-]?\s*issued on\s*\d{1,2}\s*\p{L}{3,9}\.?\s*\d{4})?\.?$/iu;
const DELIVERY_NOTE = /^[([]?(?:as delivered|as prepared for delivery|check against delivery|as written)[)\]]?[.!]?$/i;
const SYNDICATED_AS = /^[Oo]riginally published as\s+["'‘“]?\p{Lu}/u;
/** Second wave: a subscriber's note ("Pro subscribers can read the full version ..."), an account's save prompt
 * ("You can save this article by registering ..."), a share row's title ("Share this Story: <headline>"), a
 * print-edition note ("This article appeared in the <Paper> print edition as: <headline>") and a named
 * channel's follow line ("Follow the news of <X> on the official Telegram channel"). */
const SUBSCRIBER_NOTE =
  /^(?:[\p{L}+]+ )?(?:subscribers|members) can (?:read|access|listen to|see) (?:the full|the complete|the whole|this)\b/iu;
const SAVE_PROMPT = /^you can save this (?:article|story|page) by (?:registering|signing up|creating|logging in)\b/i;
const SHARE_TITLE = /^share this (?:story|article|post)\s*:\s*\S/i;
const PRINT_NOTE =
  /^(?:a version of )?this (?:article|story) (?:appeared|was published|ran) (?:in|on) (?:the )?[^.:]{2,80}\bprint edition\b[^.:]{0,40}(?:as|under the headline)\s*:/i;
const FOLLOW_CHANNEL =
  /^follow (?:[\p{L}'’.&-]+ ){1,6}on (?:the |our |its )?(?:official )?(?:telegram|whatsapp|viber|signal|youtube) (?:channel|community|group|account)\b/iu;
/** An author box's link to the author's page: "Read more by Jane Doe", "All articles by Jane Doe". */
const AUTHOR_LINK =
  /^(?:(?:[Rr]ead|[Ss]ee|[Vv]iew) )?(?:[Mm]ore|(?:[Aa]ll )?(?:articles|posts|stories|commentary|work|research)) by \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}$/u;
const NAMED_CHANNEL =
  /^(?:join|follow|subscribe to) (?:the )?[\p{L}\d .&-]{2,40}(?:['’]s?)? (?:telegram|whatsapp|viber|signal) (?:channel|community|group)\b.{0,40}\b(?:latest|breaking|top|daily) (?:news|stories|headlines|updates)\b/iu;
/** "A post shared by Heron Island Ferry (@heronferry)": the whole line, closed by the bracketed handle. */
const SHARED_POST = /^an? (?:post|photo|video|reel) shared by [^.!?()]{1,80}\(@[\w.]{2,30}\)$/iu;

/** Rules whose line goes with its small box (line-rules.ts). */
export const BOXED_OUTLET_RULES = ['follow-plug', 'bookmark-note', 'save-prompt'];

/** The rule that removes this short block, or null. */
export function outletLine(text: string, len: number): string | null {
  if (len > MAX_CHARS) return null;
  const t = text.trim();
  if (WAR_DAY.test(t)) return 'war-day';
  if (SERIES_NOTE.test(t)) return 'series-note';
  if (BOOKMARK_NOTE.test(t)) return 'bookmark-note';
  if (FOLLOW_PLUG.test(t)) return 'follow-plug';
  if (RELEASE_NUMBER.test(t)) return 'release-number';
  if (DELIVERY_NOTE.test(t)) return 'delivery-note';
  if (SYNDICATED_AS.test(t)) return 'syndicated-as';
  if (NAMED_CHANNEL.test(t) || FOLLOW_CHANNEL.test(t)) return 'messenger-plug';
  if (SUBSCRIBER_NOTE.test(t)) return 'subscriber-note';
  if (SAVE_PROMPT.test(t)) return 'save-prompt';
  if (SHARE_TITLE.test(t)) return 'share-title';
  if (PRINT_NOTE.test(t)) return 'print-note';
  if (AUTHOR_LINK.test(t)) return 'author-link';
  if (SHARED_POST.test(t)) return 'shared-post';
  return null;
}
