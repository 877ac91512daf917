// A grid of other posts set into the middle of the story: a box whose every child is a card (one heading that
// is wholly a link to another post of the site, and at most a short blurb), with the story's prose before and
// after it. WordPress's and Newspack's post blocks, and CSS-in-JS recirculation modules, put them there; their
// blurbs are sentences, so the rail rules (short link-only items) pass them by, and excerpt-cards.ts judges
// only the cards after the story. A roundup's linked sections are the article itself: they are most of its
// text, or link to shops, not to the site's own posts.
import { elementsByTags, type Trace } from './document.js';
import { collapseSpace } from './text.js';

const T = {
  /** Fewest cards in a grid. */
  minCards: 2,
  /** A card's text besides its headline: a blurb of a sentence or two. */
  blurbMaxChars: 260,
  /** The grid is at most this share of the article's text. */
  maxShare: 0.4,
  /** Prose of the story both before and after the grid, at least this much on each side. */
  sideProseChars: 150,
  /** A post's slug has at least this many words. */
  slugWords: 3,
} as const;

const BOXES = new Set(['div', 'section', 'ul', 'ol', 'aside']);
const HEADINGS = 'h2,h3,h4,h5,h6';
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const A = new Set(['a']);
const P = new Set(['p']);

export function removeCardGrids(root: Element, pageUrl: string, trace?: Trace): void {
  let host: string;
  try {
    host = new URL(pageUrl).host;
  } catch {
    return;
  }
  // Most pages have no two headings that are each one link: nothing to judge, and no box's text to read.
  if (elementsByTags(root, HEADING_TAGS).filter(linkedHeading).length < T.minCards) return;
  const total = collapseSpace(root.textContent ?? '').length;
  for (const box of elementsByTags(root, BOXES)) {
    if (!box.isConnected || box.children.length < T.minCards) continue;
    const text = collapseSpace(box.textContent ?? '');
    if (text.length > total * T.maxShare) continue;
    if (!Array.from(box.children).every((c) => isCard(c, host))) continue;
    if (!proseAround(root, box)) continue;
    trace?.('card-grid', text);
    box.remove();
  }
}

function isCard(card: Element, host: string): boolean {
  const heads = card.querySelectorAll(HEADINGS);
  if (heads.length !== 1) return false;
  const h = heads[0]!;
  const link = linkedHeading(h);
  if (!link) return false;
  const title = collapseSpace(h.textContent ?? '');
  if (collapseSpace(card.textContent ?? '').length - title.length > T.blurbMaxChars) return false;
  return ownPost(link.getAttribute('href') ?? '', host);
}

/** The one link that is the whole text of heading `h`, or null. */
function linkedHeading(h: Element): Element | null {
  const links = elementsByTags(h, A);
  const title = collapseSpace(h.textContent ?? '');
  return links.length === 1 && title && collapseSpace(links[0]!.textContent ?? '') === title ? links[0]! : null;
}

function ownPost(href: string, host: string): boolean {
  let u: URL;
  try {
    u = new URL(href, `https://${host}/`);
  } catch {
    return false;
  }
  if (u.host !== host || u.hash) return false;
  const slug = u.pathname.split('/').filter(Boolean).pop() ?? '';
  return slug.split(/[-_]/).filter(Boolean).length >= T.slugWords;
}

/** Story paragraphs outside the box, before and after it. */
function proseAround(root: Element, box: Element): boolean {
  let before = 0;
  let after = 0;
  for (const p of elementsByTags(root, P)) {
    if (box.contains(p)) continue;
    const text = collapseSpace(p.textContent ?? '');
    if (!/[.!?]["”’)]*$/.test(text)) continue;
    if (box.compareDocumentPosition(p) & 4) after += text.length;
    else before += text.length;
  }
  return before >= T.sideProseChars && after >= T.sideProseChars;
}
