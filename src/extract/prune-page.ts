// Before Readability: remove what can never be the article, so less is scored and nothing of it can win.
// Page chrome is recognised by element semantics (nav, dialog, ARIA landmarks), by the generic vocabulary
// of consent/share/comment widgets in class names (as Readability itself does), and by shape (mostly
// links, little prose). Anything that holds a large share of the page's prose is kept whatever its name.
import { plainText } from './text.js';

const ALWAYS = 'nav, dialog, [role="navigation"], [role="dialog"], [role="alertdialog"], [role="search"], [role="menubar"], [role="menu"], [aria-modal="true"], [hidden], [aria-hidden="true"]';
const LANDMARKS = 'header, footer, aside, form, [role="banner"], [role="contentinfo"], [role="complementary"]';
const WIDGET =
  /(^|[\s_-])(cookie|consent|gdpr|cmp|onetrust|didomi|privacy-?(banner|notice|manager)|share|sharing|social|comment|comments|disqus|respond|newsletter|subscribe|subscription|signup|sign-up|paywall|related|recirc|recommend|trending|most-?(read|popular|viewed)|outbrain|taboola|promo|advert|ad-slot|ad-container|sponsor|breadcrumbs?|skip-?link|sr-only|visually-?hidden|screen-?reader)([\s_-]|$)/i;
/** Container names that may hold the article: a widget-looking name on them is a false alarm. */
const ARTICLE_LIKE = /(^|[\s_-])(article|story|post|entry|content|main|body|text)([\s_-]|$)/i;

export function prunePage(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const bodyText = textLength(body);
  const small = (el: Element, share: number): boolean => textLength(el) < Math.max(400, bodyText * share);

  for (const el of Array.from(body.querySelectorAll(ALWAYS))) {
    // A <nav> or hidden block that holds most of the page is a mis-marked main column.
    if (el.isConnected && small(el, 0.4)) el.remove();
  }
  for (const el of Array.from(body.querySelectorAll(LANDMARKS))) {
    if (!el.isConnected || insideArticle(el)) continue;
    if (small(el, 0.25) || linkDensity(el) > 0.5) el.remove();
  }
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected) continue;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!WIDGET.test(name) || ARTICLE_LIKE.test(name)) continue;
    if (el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') continue;
    if (small(el, 0.15)) el.remove();
  }
}

function insideArticle(el: Element): boolean {
  return !!el.parentElement?.closest('article, main, [itemprop="articleBody"], [role="main"]');
}

export function textLength(el: Element): number {
  return plainText(el).length;
}

export function linkDensity(el: Element): number {
  const total = textLength(el);
  if (!total) return 0;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += plainText(a).length;
  return Math.min(1, links / total);
}
