// Short lines a widget leaves in the body when its class says nothing (CSS-in-JS hashes, utility classes), told
// by their words and shape alone:
// - a player's label and length ("Listen • 3:45", "Play 0:00 / 4:12", "Listen to this article · 6 min"), its
//   state words alone on a line ("Now playing", "Autoplay", "Playing in 5") and a clip's title with its length
//   ("Video: Crews reach the ridge (1:12)"), a text-to-speech player's "0:00 / 5:12" and its credit ("Voice by
//   X"). A story's sentence about a recording has more words than a label;
// - a market widget's stock chips ("In this article: HSC -6.21%"), a gallery's "View 12 photos" button, and a
//   live page's "Key events" label and switch (its list of in-page links goes by the link rules);
// - a share row run together by spans ("1.4K sharesTweetShare on WhatsAppPin it");
// - a registration wall's lines ("This article is free to read, but you need to register", "Already
//   registered? Log in"), and a sign-up box's lone button ("Sign me up") at the close; both take their small box;
// - a plug paragraph that pitches the site's free briefing and ends on "Sign up here.";
// - topic links after a label ("Read more about: Health, Labour"), and an event promo's lone button ("Get
//   tickets") at the close, which takes its small box.
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
const PLAYER = new RegExp(
  String.raw`^(?:(?:listen(?: now| to (?:this|the) (?:article|story|episode))?|play(?: (?:audio|video|episode))?|watch(?: now| video)?)\s*[•·|:–—-]?\s*(?:${TIME}(?:\s*\/\s*${TIME})?|\d{1,3}\s?(?:min(?:ute)?s?|sec(?:ond)?s?))|now playing|up next|autoplay(?: (?:is )?(?:on|off))?|playing in \d{1,2}(?: s(?:ec(?:ond)?s?)?)?|tap to unmute|watch again|(?:video|audio|watch|listen)\s*[:|]\s*[^.!?]{3,100}\(${TIME}\)|0:00\s*\/\s*${TIME}(?:\s*\d(?:\.\d+)?x)?(?:\s*(?:voice|voiced|audio|narration|narrated|powered) by .{1,40})?|(?:voice|voiced|audio|narration|narrated|read aloud|powered) by \p{Lu}[\p{L}\d&.'’ -]{1,40})$`,
  'iu',
);
/** What a share row is made of; the pieces may be run together with no space between them. */
const SHARE_PIECE =
  /(?:\d[\d.,]*\s?[km]?\s(?:shares?|likes?|comments?|reactions?)|share(?: on| to| via)? (?:facebook|x|twitter|whatsapp|linkedin|reddit|pinterest|telegram|threads|bluesky|e-?mail|sms)|tweet(?: this)?|pin it|post to (?:facebook|x)|share|e-?mail|print|copy link|save)\s*[|•·/]?\s*/giy;
const SHARE_ROW_MIN = 3;
/** A market widget's chips: "In this article: HSC -6.21% SOXX -1.04%" (signed: "YES 52% NO 48%" is a result). */
const STOCK_CHIPS = /^(?:[Ii]n this (?:article|story)\s*:\s*)?(?:[A-Z][A-Z.]{0,5}\s*[+\-−]\d+(?:\.\d+)?%\s*){1,8}$/;
/** A gallery's button: "View 12 photos", "See all 30 images". */
const GALLERY_BUTTON = /^(?:view|see|open|browse)(?: all)? \d+ (?:photos|images|pictures|slides)$/i;
const REGISTER_WALL =
  /^(?:this (?:article|story|content) is free(?: to read)?,? but you (?:need|have) to (?:register|sign in|log in|create an? (?:free )?account)|(?:please )?(?:register|sign in|log in) (?:for free )?to (?:read|access|unlock) (?:this|the (?:full|rest))|registration (?:is free and )?takes (?:less than )?(?:a|one) minute|(?:register\s+)?already (?:registered|have an account)\?)/i;
const SIGNUP_BUTTON =
  /^(?:sign me up|sign up(?: now| today| for free)?|subscribe(?: now| today| for free)?|count me in|join (?:now|free))[.!]?$/i;
/** "... in our free transport briefing. Sign up here.": a pitch word, then the ask closing the line. */
const PLUG_ASK = /\b(?:sign up|subscribe|register|join)(?: here| now| today| for free)[.!]?$/i;
/** The site's own product: "free" alone is also a story's word ("places are free ..., who can sign up today"). */
const PLUG_PITCH = /\b(?:newsletters?|briefings?|bulletins?|digest|inbox|e-?mails?)\b/i;
const PLUG_MAX_CHARS = 260;
const TOPIC_LABEL =
  /^(?:read more about|more about|more on|explore more(?: on)?|related topics|topics|tags|tagged|filed under|mots-clés|thèmes|schlagw(?:orte|örter)|stichw(?:orte|örter)|themen|etiquetas|temas|argomenti|palavras-chave|trefwoorden|onderwerpen|tagi)\s*:\s*(.+)$/i;
const PROMO_BUTTON =
  /^(?:(?:get|buy|book) (?:your )?tickets?(?: now| today| here)?|book (?:now|your place|a seat)|reserve (?:your|a) (?:seat|spot|place))[.!]?$/i;
/** A live page's navigation box: its label, and its switch. */
const LIVE_NAV = /^(?:key (?:events|moments|updates)|show key events(?: only)?|jump to key events)$/i;
/** Rules whose line goes with its small box (line-rules.ts). */
export const BOXED_WIDGET_RULES = ['promo-button'];
/** A widget line is a label: never longer than this. */
const MAX_CHARS = 120;

/** The rule that removes this short block, or null (`tail`: among the article's last blocks). */
export function widgetLine(text: string, len: number, tail: boolean): string | null {
  const t = text.trim();
  if (len <= PLUG_MAX_CHARS && PLUG_ASK.test(t) && PLUG_PITCH.test(t)) return 'signup';
  if (len > MAX_CHARS) return null;
  if (topicLine(t)) return 'tag-line';
  if (tail && PROMO_BUTTON.test(t)) return 'promo-button';
  if (PLAYER.test(t)) return 'player-label';
  if (shareRow(t)) return 'share';
  if (STOCK_CHIPS.test(t)) return 'stock-chips';
  if (LIVE_NAV.test(t)) return 'live-nav';
  if (GALLERY_BUTTON.test(t)) return 'gallery-button';
  if (REGISTER_WALL.test(t)) return 'paywall';
  if (tail && SIGNUP_BUTTON.test(t)) return 'signup';
  return null;
}

/** "Read more about: A, B, C": short names after the label, no sentence. */
function topicLine(t: string): boolean {
  const m = TOPIC_LABEL.exec(t);
  if (!m || /[.!?]$/.test(t)) return false;
  return m[1]!.split(/\s*[,|•·]\s*/).every((x) => x && x.split(/\s+/).length <= 4);
}

function shareRow(t: string): boolean {
  let pieces = 0;
  SHARE_PIECE.lastIndex = 0;
  while (SHARE_PIECE.lastIndex < t.length) {
    const at = SHARE_PIECE.lastIndex;
    if (!SHARE_PIECE.exec(t) || SHARE_PIECE.lastIndex === at) return false;
    pieces++;
  }
  return pieces >= SHARE_ROW_MIN;
}
