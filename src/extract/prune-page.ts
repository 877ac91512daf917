// Before Readability: remove what can never be the article, so less is scored and nothing of it can win.
// Page chrome is recognised by element semantics (nav, dialog, ARIA landmarks), by the generic vocabulary
// of consent/share/comment widgets in class names (as Readability itself does), and by shape (mostly
// links, little prose). Anything that holds a large share of the page's prose is kept whatever its name.
import { elementsByTags } from './document.js';

const ALWAYS_TAGS = new Set(['nav', 'dialog']);
const ALWAYS_ROLES = new Set(['navigation', 'dialog', 'alertdialog', 'search', 'menubar', 'menu']);
const LANDMARK_TAGS = new Set(['header', 'footer', 'aside', 'form']);
const LANDMARK_ROLES = new Set(['banner', 'contentinfo', 'complementary']);
const WIDGET =
  /(^|[\s_-])(cookie|consent|gdpr|cmp|onetrust|didomi|privacy-?(banner|notice|manager)|share|sharing|social|comment|comments|disqus|respond|newsletter|subscribe|subscription|signup|sign-up|related|recirc|recommend|trending|most-?(read|popular|viewed)|outbrain|taboola|promo|advert|ad-slot|ad-container|sponsor|breadcrumbs?|skip-?link|sr-only|visually-?hidden|screen-?reader)([\s_-]|$)/i;
/** Container names that may hold the article: a widget-looking name on them is a false alarm. */
const ARTICLE_LIKE = /(^|[\s_-])(article|story|post|entry|content|main|body|text)([\s_-]|$)/i;
const NEVER = new Set(['body', 'html', 'article', 'main']);

type Kind = 'always' | 'landmark' | 'widget';

export function prunePage(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const candidates: [Element, Kind][] = [];
  for (const el of elementsByTags(body, null)) {
    const kind = kindOf(el);
    if (kind) candidates.push([el, kind]);
  }
  if (!candidates.length) return;
  const bodyText = textLength(body);
  const small = (el: Element, share: number): boolean => textLength(el) < Math.max(400, bodyText * share);
  // Document order: an ancestor is judged (and maybe removed) before its descendants.
  for (const [el, kind] of candidates) {
    if (!el.isConnected) continue;
    if (kind === 'always') {
      // A <nav> or hidden block that holds most of the page is a mis-marked main column.
      if (small(el, 0.4)) el.remove();
    } else if (kind === 'landmark') {
      if (!insideArticle(el) && (small(el, 0.25) || linkDensity(el) > 0.5)) el.remove();
    } else if (small(el, 0.15) && !isProseParagraph(el)) {
      el.remove();
    }
  }
}

function kindOf(el: Element): Kind | null {
  const tag = el.localName;
  if (NEVER.has(tag)) return null;
  const role = el.getAttribute('role');
  if (ALWAYS_TAGS.has(tag) || (role && ALWAYS_ROLES.has(role)) || el.hasAttribute('hidden')) return 'always';
  if (el.getAttribute('aria-hidden') === 'true' || el.getAttribute('aria-modal') === 'true') return 'always';
  if (LANDMARK_TAGS.has(tag) || (role && LANDMARK_ROLES.has(role))) return 'landmark';
  const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (name.length > 1 && WIDGET.test(name) && !ARTICLE_LIKE.test(name)) return 'widget';
  return null;
}

/** Paragraphs carry widget-like classes for styling ("paywall", "promo-text"); real prose stays. */
function isProseParagraph(el: Element): boolean {
  return el.localName === 'p' && textLength(el) >= 150 && linkDensity(el) < 0.3;
}

function insideArticle(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const tag = p.localName;
    if (tag === 'article' || tag === 'main' || p.getAttribute('itemprop') === 'articleBody' || p.getAttribute('role') === 'main') return true;
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
