// The last word on what the cleaner found: the headline comes off the text, and a result that is too
// short, mostly links, or a consent/paywall notice is "no article" rather than a bad article.
import { linkDensity } from './prune-page.js';

const CONSENT = /\b(cookies?|consent|privacy (policy|settings)|accept all|reject all|manage (options|preferences)|legitimate interest|partners?|personali[sz]ed ads)\b/gi;
const WALL = /\b(subscribe|subscription|sign in|log in|create (a free )?account|already a (subscriber|member)|to continue reading|unlock|paywall)\b/gi;

export function looksLikeNoArticle(text: string, content: Element, min: { minChars: number; minWords: number }): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (text.length < min.minChars || words < min.minWords) return 'too little text';
  if (linkDensity(content) > 0.65) return 'mostly links (an index page)';
  if (text.length < 3000) {
    const consent = text.match(CONSENT)?.length ?? 0;
    if (consent >= 4 && consent * 40 > words) return 'a consent notice';
    const wall = text.match(WALL)?.length ?? 0;
    if (wall >= 3 && wall * 25 > words) return 'a paywall or sign-in notice';
  }
  return null;
}

/** Paragraphs without a leading headline (or its near copy): the title is reported on its own. */
export function dropHeadline(paragraphs: string[], title: string): string[] {
  if (!title) return paragraphs;
  const t = norm(title);
  if (!t) return paragraphs;
  for (let i = 0; i < Math.min(3, paragraphs.length); i++) {
    const p = norm(paragraphs[i]!);
    if (p === t || (p.length > 20 && (t.startsWith(p) || p.startsWith(t)) && Math.abs(p.length - t.length) < 0.3 * t.length)) {
      return [...paragraphs.slice(0, i), ...paragraphs.slice(i + 1)];
    }
  }
  return paragraphs;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
