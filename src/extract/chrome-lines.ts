// Single blocks of news-site chrome that the older rules in junk-text.ts miss, by the wording every
// publisher uses for them: toolbars made only of tool words, appeals for money, registration walls,
// "contact the reporter" and tip lines, "follow us on" lines, wire-service copyright footers, live-blog
// notices, arrow and bracket teasers, and boxes that open with a sponsor label. Each rule is applied only
// to short blocks and names itself for `extract --explain`. Written by hand: no library covers this
// wording, and the patterns are the generic vocabulary of the widgets, not a list of sites.
import { elementsByTags, type Trace } from './document.js';
import { CHROME_LINES } from './thresholds.js';
import { collapsedTextUpTo, collapseSpace } from './text.js';

const T = CHROME_LINES;

export interface LineFacts {
  text: string;
  len: number;
  /** Share of the block's text that is link text. */
  density: number;
  /** In the last few blocks of the story. */
  tail: boolean;
}

/** What toolbars are made of: share targets, print, text size, listen, save, gallery counters (German and Spanish too). */
const TOOL_WORD =
  /\b(?:(?:press enter or )?click to view image(?: in full size)?|share(?: (?:this|the))?(?: (?:article|story|page|post))?|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|flipboard|messenger|sms|e-?mail|print(?: this (?:article|page))?|copy(?: the)? link|link copied|save(?: (?:article|for later|story))?|bookmark|gift(?: this)?(?: article)?|(?:text|font) size|listen(?: to (?:this|the) (?:article|story))?|\d+ ?min(?:ute)?s?(?: (?:read|listen))?|\d+ ?comments?|comments?|a[+-]|aa|open gallery|view gallery|enlarge this image|toggle caption|(?:show|hide) caption|buy (?:this )?photo|purchase (?:this )?photo|\d+ of \d+(?: (?:photos|images))?|artikel (?:drucken|merken|teilen|versenden)|link kopieren|drucken|teilen|merken|imprimir|compartir(?: en)?|enviar por|copiar enlace)(?![\w+-])/gi;
/** Tool words that mean a toolbar even alone on a line. */
const LONE_TOOL =
  /^(?:(?:press enter or )?click to view image(?: in full size)?|\d+ ?comments?|enlarge this image|toggle caption|(?:show|hide) caption|buy (?:this )?photo|purchase (?:this )?photo|(?:text|font) size|open gallery|\d+ of \d+)$/i;

const APPEAL =
  /\b(?:support (?:our|independent|local|quality|trusted|nonprofit|public[- ]interest) (?:\w+ )?(?:journalism|reporting|newsroom)|support our mission\b|^support our work\s*[.!]?$|\b(?:depends|relies) on the generosity of (?:people|readers|supporters|donors|members) like you\b|(?:we|i) have a (?:small )?favou?r to ask|become a (?:member|subscriber|supporter|patron|sustaining member)\b|readers like you|(?:our|this|quality|local) journalism (?:needs|depends on|relies on) (?:your|readers'?) support|reader-(?:funded|supported)|every (?:contribution|donation)|make a (?:tax-deductible )?(?:donation|contribution)|local reporting needs local support)/i;
/** A button's ask: alone, only a short line ("Donate now") is an appeal; in a sentence it may be prose. */
const ASK = /^(?:contribute|donate|give|support us) (?:today|now|monthly|once)\b/i;
/** A wall's own words: these alone make a line a wall. */
const WALL =
  /\b(?:you need (?:an|a free) account|create a (?:free )?account to|register (?:for free |in seconds |now )?to (?:keep|continue) reading|(?:subscribe|sign in|log in|register) to (?:continue|keep) reading|to read the rest of (?:this|the) (?:story|article)|read more of this content when you subscribe|^subscribe (?:now |today )?to (?:get|unlock) (?:full )?access|^(?:become|upgrade to) an? (?:paid )?(?:subscriber|member)\b[^.!?]{0,40}? to (?:unlock|read|access|continue reading) (?:this|the (?:full|rest))|^this (?:post|story|article|piece) is (?:only )?for (?:paid )?(?:subscribers|members)(?: only)?\b)/i;
/** Words of an offer that also occur in reviews and notices: a line needs two of them. */
const OFFER =
  /\b(?:already a (?:subscriber|member)|unlimited (?:digital )?access|subscribers? (?:get|enjoy)|cancel any ?time|create a free account|subscribe now|log in|sign in)\b/gi;
const CONTACT =
  /^(?:contact (?:the |our )?(?:staff |senior |investigative )?(?:reporter|writer|author|editor|correspondent)s?\b|(?:have|got) a (?:news )?(?:tip|story idea|story|question for our reporters)\b|send (?:us )?(?:your )?(?:news )?tips\b|(?:reach|email|contact) (?:him|her|them|the (?:reporter|writer|author)) at\b)/i;
const FOLLOW =
  /^(?:follow (?:[\p{L}'’.&-]+ ){1,4}on (?:facebook|x|twitter|instagram|tiktok|threads|bluesky|linkedin|youtube|whatsapp|mastodon|google news)\b|(?:add|make|set) (?:[\p{L}'’.&-]+ ){1,4}(?:as )?(?:a |your )?(?:preferred|trusted) source on google\b|follow @[\w.]{2,30}\b[^.!?]{0,60}$)/iu;
/** Invitations to comment or write in: "We want to hear from you", "Leave a comment below". */
const INVITE =
  /\b(?:we(?:'d| would)? (?:want|love|like) to hear from you|leave (?:us )?a comment below|let us know in the comments|join the discussion below)\b/i;
/** "Follow our coverage of X at ...": a hub link closing wire copy. */
const HUB = /^follow (?:[\p{L}'’.&-]+ ){1,5}(?:coverage|reporting|stories|updates) (?:of|on|about)\b/iu;
/** The original publisher's offer to republish (its own sidebar): "Republish our articles for free ...". A
 * republished story's own credit ("This article is republished from ...") is kept, as ground truths keep it. */
const REPUBLISH = /^republish (?:our|this) (?:articles?|stor(?:y|ies))\b/i;
/** What a chart embed leaves when its script does not run. */
const CHART =
  /\b(?:created with datawrapper|get the data|download chart image|a flourish (?:chart|map|data visuali[sz]ation)|embed (?:this )?chart)\b|^(?:chart|graphic|infographic|interactive)\s*:\s*[^.!?]{0,100}$/i;
const WIRE =
  /^(?:copyright|©)\s*(?:\d{4}\s*)?[^.]{0,80}?\.?\s*all rights reserved|^(?:copyright|©)\s*\(c\)\s*\d{4}\b[^!?]{0,80}?\ball rights reserved\b|\bmay not be (?:published|reproduced), broadcast, rewritten,? or redistributed\b|^our standards: /i;
const LIVE_NOTE = /^(?:please )?refresh (?:the|this) page (?:for|to see|to get) (?:the )?latest\b/i;
/** A button to another page's review or story: "Read full review", "Read our full Acme X2 review", "See more
 * reviews". Only a label without a sentence's stop: "Read our full review." closing a paragraph is the writer's. */
const READ_ON =
  /^(?:(?:read|see|view) (?:the |our |my )?(?:full|complete|entire) (?:[\p{L}\d'’&.+-]+ ){0,6}(?:review|story|article|report|guide)s?|(?:see|view|read|show) (?:more|all) (?:reviews|articles|posts|stories))$/iu;
const CUT_OFF = /^(?:continue reading (?:the )?(?:main )?story|(?:the )?story continues (?:below|after))\b[\s.…]*$/i;
/** An ad slot's label with its note: "Advertisement - Page continues below", "Article continues after this ad". */
const AD_LABEL =
  /^(?:(?:advertisement|advert|ad)\s*[-–—:|·•]?\s*)?(?:(?:the )?(?:story|article|page|content|text|post) continues (?:below|after (?:this|the) (?:ad|advert|advertisement))(?:\s*[-–—:|·•]?\s*(?:advertisement|advert|ad))?|(?<=[-–—:|·•]\s*)continue reading(?: below)?)[\s.…]*$/i;
/** A sign-in prompt of the site's account: "Sign in to your Courier account". */
const ACCOUNT = /^(?:sign|log) ?in to your (?:[\p{L}\d'’&.-]+ ){0,3}account\s*[.!]?$/iu;
/** Handles alone on a line at the end: the author's social accounts ("@janedoe", "@janedoe | @desk"). */
const HANDLES = /^@[\w.]{2,30}(?:\s*[,|•·/]?\s*@[\w.]{2,30}){0,2}$/;
/** A credit line of its own: "Written by Jane Doe" ("By X" alone is also a heading: "By Audience"). */
const WRITTEN_BY = /^(?:[Ww]ritten|[Rr]eported) by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** A WordPress shortcode the site did not render: a closing tag ("[/cta]") or one with attributes ("[form id=12]"). */
const SHORTCODE = /^\[(?:\/[a-z][\w-]*\]?|[a-z][\w-]*\s[^\]]*\b[\w-]+=[^\]]*\]?)$/i;
/** "Our free weekly newsletter brings you ...": the publisher's newsletter plugged in a line of its own. */
const NEWSLETTER_PLUG =
  /^(?:[\p{L} ]{1,20}:\s*)?(?:sign up for |subscribe to |get )?our (?:free )?(?:[\p{L}'’-]+ ){0,3}newsletters?\b|^thank you for (?:subscribing|signing up)\b/iu;
/** A newsletter's pitch in a short line: "Growth tips, delivered to your inbox". */
const INBOX = /\b(?:delivered|straight|direct(?:ly)?) (?:right )?to your (?:inbox|e-?mail)\b/i;
/** The story's tags at its close: "Tags: Courts, Housing", "Filed under: Politics", "Posted in A, BTagged x, y". */
const TAG_LABEL =
  /^(?:tags?|tagged(?: with| as)?|filed under|posted in|categories|category|topics?|related topics)\b\s*(:?)\s*/i;

/** "Tags: a, b" (any items after a colon), "Posted in A, B" (two or more without one), "Tags a b c" whose
 * words after the label are links (a theme's tag row with no separators), or "Tags" alone. */
function isTagLine(t: string, density: number): boolean {
  const m = TAG_LABEL.exec(t);
  if (!m || /[.!?]$/.test(t)) return false;
  const rest = t.slice(m[0].length);
  const tagWord = /^(?:tags?|tagged|filed under)\b/i.test(t);
  if (!rest) return tagWord;
  // A row of tag links after a bare label, however many words its tags have.
  if (tagWord && density >= T.tagRowLinkDensity) return true;
  const items = rest.split(/\s*[,|•·/]\s*|(?<=\p{Ll})(?=Tagged\b)/u).filter(Boolean);
  if (items.some((x) => x.split(/\s+/).length > T.tagMaxWords)) return false;
  // Without a colon the label could open a sentence ("Topics include ..."): the tags are names.
  return m[1] === ':' || (items.length >= 2 && /^\p{Lu}/u.test(rest));
}

/** "» Headline", "▶ Headline", "[ Read: Headline ]": a marker, then a link and nothing else. */
const ARROW = /^\s*(?:[»›▶►→➤>]+|[[(]\s*(?:read|watch|listen)\s*:)\s*/i;
/** Bios under a label: "About the writer: Hal Brennan is ...". */
export const BIO_LABEL =
  /^(?:about (?:the )?(?:authors?|writers?|reporters?|contributors?)|the authors?)\s*[:.—–-]\s*/i;

/**
 * The page's feedback and error-report controls at the close: "Was this article helpful?", "Report an error",
 * "Submit a correction". A correction itself ("Correction: an earlier version ...") is the story's and stays.
 */
const FEEDBACK =
  /^(?:was this (?:article|story|page|post|information) (?:helpful|useful)\??|did you find this (?:article|story|page|post) (?:helpful|useful)\??|report an? (?:error|typo|mistake)|(?:submit|suggest) a correction|have (?:feedback|a question) (?:on|about) this (?:story|article)\?(?: (?:let us know|tell us|email us)[.!]?)?|(?:see|spot(?:ted)?) an? (?:error|mistake|typo)(?: in this (?:story|article))?\?(?: (?:let us know|tell us|contact us)[.!]?)?)$/i;

/** The rule that removes this block, or null. */
export function chromeLine(b: LineFacts): string | null {
  const t = b.text;
  if (b.len <= T.toolbarMaxChars && isToolbar(t)) return 'toolbar';
  if (b.len <= T.lineMaxChars) {
    if (CUT_OFF.test(t)) return 'cut-off';
    if (READ_ON.test(t)) return 'read-on-button';
    if (AD_LABEL.test(t)) return 'ad-label';
    if (ACCOUNT.test(t)) return 'account-prompt';
    if (b.tail && HANDLES.test(t)) return 'contact-line';
    if (SHORTCODE.test(t)) return 'shortcode';
    if (WRITTEN_BY.test(t)) return 'byline-line';
    if (b.len <= T.crumbsMaxChars && b.density >= T.crumbsLinkDensity && CRUMB_LINE.test(t)) return 'breadcrumb';
    if (NEWSLETTER_PLUG.test(t) || (b.len <= T.inviteMaxChars && INBOX.test(t))) return 'newsletter-plug';
    if (LIVE_NOTE.test(t)) return 'live-note';
    if (WALL.test(t) || new Set(t.toLowerCase().match(OFFER)).size >= T.offerMinTerms) return 'paywall';
    if (CONTACT.test(t) || FOLLOW.test(t) || HUB.test(t) || (b.len <= T.inviteMaxChars && INVITE.test(t)))
      return 'contact-line';
    if (REPUBLISH.test(t)) return 'republish-note';
    if (b.tail && b.len <= T.tagLineMaxChars && isTagLine(t, b.density)) return 'tag-line';
    if (CHART.test(t)) return 'chart-credit';
    if (b.tail && WIRE.test(t)) return 'wire-footer';
    if (b.tail && FEEDBACK.test(t)) return 'feedback-prompt';
    const rest = t.replace(ARROW, '');
    if (rest.length < t.length && b.density >= T.arrowLinkDensity && /[\])]?\s*$/.test(t)) return 'arrow-teaser';
  }
  if (b.len <= T.labelMaxChars && ASK.test(t)) return 'appeal';
  // A long block is an appeal only if it asks more than once: one "donate today" in a paragraph is prose.
  if (b.len <= T.lineMaxChars ? APPEAL.test(t) : b.tail && b.len <= T.appealTailMaxChars && appeals(t) >= 2)
    return 'appeal';
  return null;
}

/**
 * An appeal that opens a box ("We have a small favour to ask", then the pitch, a signature and a button) takes
 * the box with it: the ancestors of `el` whose text starts with its own, up to an appeal's length.
 */
export function appealBox(el: Element, root: Element): Element {
  const own = collapseSpace(el.textContent ?? '');
  const limit = Math.min(T.appealTailMaxChars, collapseSpace(root.textContent ?? '').length * T.boxMaxShare);
  let box = el;
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    const text = collapseSpace(p.textContent ?? '');
    if (!text.startsWith(own) || text.length > limit) break;
    box = p;
  }
  return box;
}

function appeals(t: string): number {
  return new Set(t.toLowerCase().match(new RegExp(APPEAL.source, 'gi'))).size;
}

function isToolbar(t: string): boolean {
  // Letters and a-, x, aa alone are not evidence: a grid of "X" and "#" is a puzzle, not a toolbar.
  const words = (t.match(TOOL_WORD) ?? []).filter((w) => w.length > 2).length;
  if (!words) return false;
  const rest = t.replace(TOOL_WORD, '').replace(/[^\p{L}\p{N}]+/gu, '');
  return rest.length === 0 && (words >= T.toolbarMinWords || LONE_TOOL.test(t.trim()));
}

/** Labels that open a paid-for box: "Partner content", "Sponsored", "Paid post", "Presented by ...". */
const SPONSOR_LABEL =
  /^(?:partner content|sponsored(?: content| story| post)?|paid (?:post|content|partnership|for by)|advertiser content|brand(?:ed)? content|presented by|brought to you by|in partnership with|promoted(?: content| story)?)\b/i;

/**
 * Boxes that open with a sponsor label, and sign-up boxes: a short container whose text starts with a
 * sponsor's label, or that says "newsletter" / "inbox" next to a sign-up button or link. The largest such
 * container goes; it never holds much text.
 */
export function removeChromeBoxes(root: Element, trace?: Trace): void {
  removeBreadcrumbs(root, trace);
  const limit = Math.min(T.boxMaxChars, collapseSpace(root.textContent ?? '').length * T.boxMaxShare);
  for (const el of elementsByTags(root, CANDIDATES)) {
    if (!el.isConnected) continue;
    const text = collapsedTextUpTo(el, limit);
    if (!text) continue;
    let rule: string | null = null;
    // The label is an element of its own, followed by what it labels, in a box (not a list item or line).
    const boxed = BOXES.has(el.localName) && el.children.length >= 2;
    const first = boxed ? collapseSpace(el.firstElementChild!.textContent ?? '') : '';
    if (first.length <= T.labelMaxChars && SPONSOR_LABEL.test(first)) rule = 'sponsored-box';
    else if (POLL_LABEL.test(first)) rule = 'poll-box';
    else if (NEWSLETTER.test(text) && hasSignupButton(el)) rule = 'newsletter-box';
    if (!rule) continue;
    trace?.(rule, text);
    el.remove();
  }
}

const HOME_WORDS =
  'home|homepage|home page|front page|start|startseite|accueil|inicio|portada|início|página inicial|strona główna|hem|forside|úvod|etusivu';
const HOME = new RegExp(`^(?:${HOME_WORDS})$`, 'i');
/** "Home > News > Politics", "Home / Car news / Electric": the trail written as one line of links. */
const CRUMB_LINE = new RegExp(`^(?:${HOME_WORDS})\\s*[>»›/|]\\s*\\S`, 'i');
const LISTS = new Set(['ul', 'ol']);

/**
 * A breadcrumb trail left in the story's container: a short list near the top whose first item is a link
 * home ("Home", "Car news", "Electric", the headline).
 */
function removeBreadcrumbs(root: Element, trace?: Trace): void {
  // Read at the first list that gets that far (most pages have none), before anything here is removed.
  let total = -1;
  for (const el of elementsByTags(root, LISTS)) {
    if (!el.isConnected) continue;
    const items = [...el.children].filter((c) => c.localName === 'li');
    if (items.length < 2 || items.length > T.crumbsMaxItems || items.length !== el.children.length) continue;
    const texts = items.map((li) => collapseSpace(li.textContent ?? ''));
    // Every step but the current page is a link.
    if (!HOME.test(texts[0]!) || items.slice(0, -1).some((li) => !li.querySelector('a'))) continue;
    if (texts.some((x) => x.length > T.crumbsItemMaxChars)) continue;
    if (total < 0) total = collapseSpace(root.textContent ?? '').length;
    if (textBefore(el, root) > Math.max(T.crumbsHeadChars, total * T.crumbsHeadShare)) continue;
    trace?.('breadcrumb', texts.join(' > '));
    el.remove();
  }
}

/** Characters of text ahead of `el` inside `root`. */
function textBefore(el: Element, root: Element): number {
  let n = 0;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement)
    for (let s = e.previousSibling; s; s = s.previousSibling) n += collapseSpace(s.textContent ?? '').length;
  return n;
}

/** Reader polls: "Poll: Should ...?" then the options and a vote button. */
const POLL_LABEL =
  /^(?:(?:quick |reader |our )?poll|vote|survey|quiz|umfrage|sondage|encuesta|sondaggio|enquete|enquête|peiling|sonda|ankieta)\s*:\s*\S.{0,200}\?$/i;
const BOXES = new Set(['div', 'section', 'aside', 'figure', 'article']);
/** Boxes, and the paragraph a sign-up plug is written as: the only elements whose text is read. */
const CANDIDATES = new Set([...BOXES, 'p']);
const NEWSLETTER =
  /\b(?:newsletters?|in your inbox|to your inbox|delivered (?:to you|every|each)|e-?mail (?:briefing|digest))\b/i;
const SIGNUP_BUTTON =
  /^(?:sign ?up|subscribe|sign me up|join|register|get (?:it|(?:our|the|a) .{0,40}newsletter)|(?:jetzt )?(?:anmelden|abonnieren|registrieren)|s['’]inscrire|je m['’]inscris|inscr[ií]b(?:ete|irse)|suscr[ií]b(?:ete|irse)|iscriviti|inscreva-se|assine|aanmelden|inschrijven|zapisz się|subskrybuj)(?:$|[\s!.])/iu;
const CONTROLS = new Set(['a', 'button', 'input']);

function hasSignupButton(el: Element): boolean {
  return elementsByTags(el, CONTROLS).some((c) =>
    SIGNUP_BUTTON.test((c.textContent || c.getAttribute('value') || '').trim()),
  );
}
