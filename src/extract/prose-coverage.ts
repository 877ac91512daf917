// Readability keeps the best-scored container and those of its siblings that score well. Pages that split
// one article into several blocks under different parents (a guide's sections in separate cards, a review
// whose chapters sit in layout columns, a recipe's intro and method in two widgets) lose all but one of
// them, and the text shrinks to a fraction of the page's prose. This measures how much of the page's prose
// Readability kept and, when it kept too little, finds the smallest element holding most of that prose:
// the article's real container, handed to the same article pruning as Readability's pick.
import { elementsByTags } from './document.js';
import { PROSE_COVERAGE as T } from './thresholds.js';
import { collapseSpace } from './text.js';

/** Guards 10: a short page's pick is checked when the page has this much prose and the pick is under maxPick. */
const STRAY = { minProse: 120, maxPick: 200 } as const;
const P = new Set(['p']);
const A = new Set(['a']);

export interface Prose {
  /** Normalised openings of the page's prose paragraphs, with their lengths. */
  snippets: [string, number][];
  total: number;
}

const norm = (t: string): string => collapseSpace(t);

/** The page's prose paragraphs (long, few links, not reader comments), before Readability moves or drops them. */
export function pageProse(body: Element): Prose {
  const snippets: [string, number][] = [];
  let total = 0;
  for (const p of proseParagraphs(body)) {
    const t = norm(p.textContent ?? '');
    snippets.push([t.slice(0, T.snippetChars), t.length]);
    total += t.length;
  }
  return { snippets, total };
}

/**
 * The pick holds too little of a page that has a fair amount of prose: the openings it does hold, or null. On a
 * page with less prose (a press review's one paragraph over its list), only a pick too short to be an article
 * and holding none of it is wrong: Readability took a byline or meta box instead (guards 10).
 */
export function tooLittle(prose: Prose, content: Element): string[] | null {
  if (prose.total < STRAY.minProse) return null;
  const text = norm(content.textContent ?? '');
  if (prose.total < T.minPageProse && text.length >= STRAY.maxPick) return null;
  const held: string[] = [];
  let kept = 0;
  for (const [s, len] of prose.snippets) {
    if (!text.includes(s)) continue;
    kept += len;
    held.push(s);
  }
  if (prose.total < T.minPageProse) return kept ? null : held;
  return kept < prose.total * T.minCoverage ? held : null;
}

/** The replacement must hold what the pick held: wider, not elsewhere (a comment thread, a rail). */
export function holdsAll(box: Element, held: readonly string[]): boolean {
  const text = norm(box.textContent ?? '');
  return held.filter((s) => text.includes(s)).length >= held.length * T.heldShare;
}

/**
 * The deepest element holding at least `T.containerShare` of the page's prose, if its text is mostly that
 * prose's neighbourhood and not the whole page's chrome; null when there is none.
 */
export function proseContainer(body: Element): Element | null {
  const paras = proseParagraphs(body);
  const total = paras.reduce((n, p) => n + (p.textContent?.length ?? 0), 0);
  if (!total) return null;
  const held = new Map<Element, number>();
  for (const p of paras) {
    const len = p.textContent?.length ?? 0;
    for (let e = p.parentElement; e && e !== body.parentElement; e = e.parentElement)
      held.set(e, (held.get(e) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [e, n] of held) {
    if (n < total * T.containerShare) continue;
    let depth = 0;
    for (let x = e.parentElement; x; x = x.parentElement) depth++;
    if (depth > bestDepth) {
      best = e;
      bestDepth = depth;
    }
  }
  if (!best || best === body) return null;
  return best;
}

/**
 * Reader comments are prose too, often more of it than the article: never counted. Nor are customer
 * testimonials and review carousels (a business site's slider of quotes, often cloned for its animation):
 * prose about the site, not the story, and a wider container taken for them brings their rails along.
 */
const COMMENTS =
  /(^|[\s_-])(comments?|comment-(?:list|body|content|text)|disqus|replies|respond|discussion|testimonials?)([\s_-]|$)/i;

function inComments(p: Element): boolean {
  for (let e: Element | null = p; e; e = e.parentElement) {
    if (COMMENTS.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

function proseParagraphs(root: Element): Element[] {
  const out: Element[] = [];
  for (const p of elementsByTags(root, P)) {
    const len = (p.textContent ?? '').trim().length;
    if (len < T.paragraphChars) continue;
    let links = 0;
    for (const a of elementsByTags(p, A)) links += (a.textContent ?? '').length;
    if (links < len * T.maxLinkDensity && !inComments(p)) out.push(p);
  }
  return out;
}
