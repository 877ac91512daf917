// Before Readability: remove what can never be the article, so less is scored and nothing of it can win.
// Page chrome is recognised by element semantics (nav, dialog, ARIA landmarks), by the generic vocabulary
// of consent/share/comment widgets in class names (as Readability itself does), and by shape (mostly
// links, little prose). Anything that holds a large share of the page's prose is kept whatever its name.
import { elementsByTags } from './document.js';
import { isCollapsedProse, unhide } from './collapsed-prose.js';
import { PRUNE_PAGE } from './thresholds.js';
import { mediaLabelBox } from './newsroom-lines.js';
import { removeParagraphRails } from './paragraph-rails.js';
import { collapseSpace } from './text.js';
import { textParents } from './jsdom-internals.js';

const T = PRUNE_PAGE;

const ALWAYS_TAGS = new Set(['nav', 'dialog', 'figcaption']);
const ALWAYS_ROLES = new Set(['navigation', 'dialog', 'alertdialog', 'search', 'menubar', 'menu']);
const LANDMARK_TAGS = new Set(['header', 'footer', 'aside', 'form']);
const LANDMARK_ROLES = new Set(['banner', 'contentinfo', 'complementary']);
const WIDGET =
  /(^|[\s_-])(cookie|consent|gdpr|cmp|onetrust|didomi|privacy-?(banner|notice|manager)|share|sharing|social|comment|comments|disqus|respond|newsletter|subscribe|subscription|signup|sign-up|related|recirc|recommend|trending|most-?(read|popular|viewed)|outbrain|taboola|promo|advert|ad-slot|ad-container|sponsor|(?:bread)?crumbs?|skip-?link|sr-only|visually-?hidden|screen-?reader|caption|credits?|photo-?credit|image-?credit|copyright)([\s_-]|$)/i;
/** Container names that may hold the article: a widget-looking name on them is a false alarm. */
const ARTICLE_LIKE = /(^|[\s_-])(article|story|post|entry|content|main|body|text)([\s_-]|$)/i;
const NEVER = new Set(['body', 'html', 'article', 'main']);

type Kind = 'always' | 'landmark' | 'widget';

// Readability drops any element whose class or id looks like chrome ("sidebar", "banner", "extra") or
// whose role is a landmark, and everything inside it. Pages wrap their whole article in such containers
// ("layout-with-sidebar"), and then it keeps a disclaimer instead of the story. These mirror its rules
// (Readability 0.6, REGEXPS.unlikelyCandidates / okMaybeItsACandidate / UNLIKELY_ROLES) so that a
// container holding most of the page's prose can be shielded from them before it runs.
export const READABILITY_UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const READABILITY_MAYBE = /and|article|body|column|content|main|shadow/i;
const READABILITY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
const P = new Set(['p']);
/** Reader comments are long prose too, but never the article: they are not shielded. */
const COMMENTS = /(^|[\s_-])(comments?|comment-list|disqus|replies|respond|discussion)([\s_-]|$)/i;

export function prunePage(doc: Document, trace?: (rule: string, text: string) => void): void {
  const body = doc.body;
  if (!body) return;
  const candidates: [Element, Kind][] = [];
  // One walk reads each element's attributes once, for its kind and for the shield. The shield changes
  // only the element it judges, after its kind is known, so the kinds are those of the page as parsed.
  const shield = new Shield(body);
  for (const el of elementsByTags(body, null)) {
    const a = attributesOf(el);
    const kind = kindOf(el, a);
    if (kind) candidates.push([el, kind]);
    shield.judge(el, a);
  }
  removeConsentNotices(body, trace);
  removeParagraphRails(body, trace);
  if (!candidates.length) return;
  const bodyText = textLength(body);
  const small = (el: Element, share: number): boolean => textLength(el) < Math.max(T.smallMinChars, bodyText * share);
  // Document order: an ancestor is judged (and maybe removed) before its descendants.
  for (const [el, kind] of candidates) {
    if (!el.isConnected) continue;
    if (kind === 'always') {
      if (isCollapsedProse(el)) {
        unhide(el);
        continue;
      }
      // A <nav> or hidden block that holds most of the page is a mis-marked main column.
      if (small(el, T.chromeShare)) remove(el, `page-chrome: ${el.localName}`, trace);
    } else if (kind === 'landmark') {
      if (!insideArticle(el) && (small(el, T.landmarkShare) || linkDensity(el) > T.landmarkLinkDensity))
        remove(el, `page-landmark: ${el.localName}`, trace);
    } else if (small(el, T.widgetShare) && !isProseParagraph(el)) {
      // A hidden "Image source, " label goes with the credit it names (newsroom-lines.ts).
      const box = mediaLabelBox(el);
      remove(box ?? el, box ? 'media-label' : 'page-widget', trace);
    }
  }
}

const CONSENT_HINT = /cookie|consent|gdpr/i;
const CONSENT_TERMS =
  /\b(?:cookies?|consent|gdpr|privacy (?:policy|settings|preferences|notice)|accept(?: all)?|reject(?: all)?|decline|manage (?:options|preferences|settings|cookies)|personali[sz]ed (?:ads|advertising|content)|legitimate interests?|(?:our )?partners|third[- ]part(?:y|ies)|opt[- ]out|tracking technologies|similar technologies|akceptuj\w*|polityk\S* prywatno|przeglądar\S*|navigateur|navegador|browsereinstellungen|datenschutz\w*|einwilligung|zustimm\w*|akzeptier\w*|politique de confidentialit|consentement|accepter|refuser|política de (?:privacidad|cookies)|consentimiento|aceptar|rechazar|informativa (?:sulla )?privacy|accett\w*|rifiut\w*|toestemming|accepteren|weigeren)\b/gi;

/**
 * Cookie and consent notices, by their wording, wherever they sit and whatever they are called: the
 * smallest container around a mention of cookies that is dense with consent vocabulary and holds nothing
 * else of size.
 */
function remove(el: Element, rule: string, trace?: (rule: string, text: string) => void): void {
  if (trace) {
    const text = collapseSpace(el.textContent ?? '');
    if (text) trace(rule, text);
  }
  el.remove();
}

function removeConsentNotices(body: Element, trace?: (rule: string, text: string) => void): void {
  const hits = textParents(body, (t) => CONSENT_HINT.test(t)) ?? mentions(body);
  for (const start of hits) {
    if (!start.isConnected) continue;
    let box: Element | null = null;
    for (let el: Element | null = start; el && el !== body; el = el.parentElement) {
      const text = el.textContent ?? '';
      // A container that also holds paragraphs not about cookies is the article around the notice.
      if (text.length > T.consentMaxChars || holdsOtherProse(el)) break;
      const terms = new Set((text.match(CONSENT_TERMS) ?? []).map((t) => t.toLowerCase()));
      if (terms.size >= T.consentMinTerms) box = el;
    }
    // A lone paragraph among the story's paragraphs is the story talking about cookies, not a notice.
    if (box && !(box.localName === 'p' && box.parentElement && holdsOtherProse(box.parentElement)))
      remove(box, 'consent-notice', trace);
  }
}

/** The parents of the text nodes that mention cookies, through jsdom's TreeWalker (textParents does it faster). */
function mentions(body: Element): Element[] {
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const hits: Element[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (CONSENT_HINT.test(n.nodeValue ?? '') && n.parentElement) hits.push(n.parentElement);
  }
  return hits;
}

/** Two paragraphs or more that are not about cookies: a story (a form's one line of offer is not). */
function holdsOtherProse(el: Element): boolean {
  let n = 0;
  for (const p of elementsByTags(el, P))
    if (textLength(p) >= T.proseParagraphChars && !CONSENT_HINT.test(p.textContent ?? '') && ++n >= 2) return true;
  return false;
}

/** Prose of an element: the text of its real paragraphs (menus and rails have none). */
function proseLength(el: Element): number {
  let n = 0;
  for (const p of elementsByTags(el, P)) {
    const len = textLength(p);
    if (len >= T.proseParagraphChars) n += len;
  }
  return n;
}

interface Attributes {
  /** class and id, joined by a space */
  name: string;
  role: string | null;
  hidden: boolean;
  ariaHidden: boolean;
}

const NO_ATTRIBUTES: Attributes = { name: ' ', role: null, hidden: false, ariaHidden: false };

function attributesOf(el: Element): Attributes {
  // One question instead of four for the many elements without attributes (read only, so shared).
  if (!el.hasAttributes()) return NO_ATTRIBUTES;
  return {
    name: `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`,
    role: el.getAttribute('role'),
    hidden: el.hasAttribute('hidden'),
    ariaHidden: el.getAttribute('aria-hidden') === 'true',
  };
}

/** Takes Readability's chrome markers off containers that hold most of the page's prose. */
class Shield {
  private total = -1;
  constructor(private readonly body: Element) {}

  judge(el: Element, a: Attributes): void {
    const unlikely =
      (READABILITY_UNLIKELY.test(a.name) && !READABILITY_MAYBE.test(a.name)) ||
      (a.role !== null && READABILITY_ROLES.has(a.role));
    if ((!unlikely && !a.hidden && !a.ariaHidden) || COMMENTS.test(a.name)) return;
    if (this.total < 0) this.total = proseLength(this.body);
    if (!this.total || proseLength(el) < this.total * T.shieldProseShare) return;
    el.removeAttribute('class');
    el.removeAttribute('id');
    el.removeAttribute('role');
    el.removeAttribute('hidden');
    el.removeAttribute('aria-hidden');
  }
}

function kindOf(el: Element, a: Attributes): Kind | null {
  const tag = el.localName;
  if (NEVER.has(tag)) return null;
  const role = a.role;
  if (ALWAYS_TAGS.has(tag) || (role && ALWAYS_ROLES.has(role)) || a.hidden) return 'always';
  if (a.ariaHidden || el.getAttribute('aria-modal') === 'true') return 'always';
  if (LANDMARK_TAGS.has(tag) || (role && LANDMARK_ROLES.has(role))) return 'landmark';
  if (a.name.length > 1 && WIDGET.test(a.name) && !ARTICLE_LIKE.test(a.name)) return 'widget';
  return null;
}

/** Paragraphs carry widget-like classes for styling ("paywall", "promo-text"); real prose stays. */
function isProseParagraph(el: Element): boolean {
  return el.localName === 'p' && textLength(el) >= T.widgetProseChars && linkDensity(el) < T.widgetProseLinkDensity;
}

function insideArticle(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const tag = p.localName;
    if (
      tag === 'article' ||
      tag === 'main' ||
      p.getAttribute('itemprop') === 'articleBody' ||
      p.getAttribute('role') === 'main'
    )
      return true;
  }
  return false;
}

/** Characters of text, whitespace not counted. */
export function textLength(el: Element): number {
  const t = el.textContent ?? '';
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

const A = new Set(['a']);

export function linkDensity(el: Element): number {
  const total = textLength(el);
  if (!total) return 0;
  let links = 0;
  for (const a of elementsByTags(el, A)) links += textLength(a);
  return Math.min(1, links / total);
}
