// Runs of linked headlines set among the story's blocks with no list element and no label: four or more
// sibling paragraphs, divs or headings in a row that are each one link to another article, shaped as a
// headline (optionally with a separator such as " -" or "·", or a word or two of kicker between them), or one
// paragraph that is nothing but four or more such links with separators (" | ", " · "). The items may be on
// the story's own subject, so no vocabulary test is asked: the shape is the rail. A roundup's linked
// subheadings each stand over a paragraph, a story's links sit inside its sentences, a table of contents
// points into the page, documents end in a file type, and a run the story announces ("... linked below.")
// is its own; none of those is a run. Lists (<ul>, <ol>) are left to the rail rules of prune-article.ts.
import { isAnnouncedList } from './announced-lists.js';
import { elementsByTags, type Trace } from './document.js';
import { RAIL_INVITE, SECTION_LABEL } from './junk-text.js';
import { collapseSpace } from './text.js';

const T = {
  /** A run is this many linked headlines at least. */
  minRun: 4,
  /** A headline has this many words at least... */
  minWords: 4,
  /** ...and at most this many. */
  maxWords: 18,
  /** The link is at least this share of the item's text (the rest a kicker, a source or a separator). */
  linkShare: 0.7,
  /** Between two items, a block of at most this many words and no link (a kicker, a section) is passed over. */
  gapMaxWords: 3,
  /** Prose that must stay outside the run: a page of links alone is left for the verdict. */
  minProseLeft: 200,
} as const;

const A = new Set(['a']);
const ITEM_TAGS = new Set(['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'span', 'a', 'section', 'article']);
const SEPARATORS = /^[\s\-–—|•·/,;>»›]+|[\s\-–—|•·/,;>»›]+$/g;
const SEPARATOR_ONLY = /^[\s\-–—|•·/,;>»›]*$/;
const NOT_HEADLINE = /[.!?:;…]["”’)]*$/;
const FILE = /\.(?:pdf|docx?|odt|rtf|xlsx?|ods|csv|pptx?|zip|jpe?g|png|mp3|mp4)(?:$|[?#])/i;

const words = (s: string): number => (s ? s.split(' ').length : 0);

/** A link to another page (not into this one, not a file, not a script). */
function articleLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return !!href && !href.startsWith('#') && !/^(?:javascript|mailto|tel):/i.test(href) && !FILE.test(href);
}

function headlineText(s: string): boolean {
  const n = words(s);
  return n >= T.minWords && n <= T.maxWords && !NOT_HEADLINE.test(s);
}

/** The text the item rules judge: collapsed, without separators at its ends. */
const itemText = (el: Element): string => collapseSpace(el.textContent ?? '').replace(SEPARATORS, '');

/**
 * `el` is wholly one headline link (with maybe a separator or a short kicker beside it). `text` is its
 * itemText; `noLinks` says the link count already knows it holds none (most blocks), which settles it.
 */
function linkedHeadline(el: Element, text: string, noLinks: boolean): boolean {
  if (noLinks) return false;
  const links = elementsByTags(el, A);
  if (!text || links.length === 0 || links.length > 2) return false;
  const main = links.map((a) => collapseSpace(a.textContent ?? '')).sort((x, y) => y.length - x.length)[0]!;
  return (
    links.every(articleLink) && main.length >= text.length * T.linkShare && headlineText(main.replace(SEPARATORS, ''))
  );
}

/** A block passed over between items: a separator, or a word or two of kicker with no link. */
function gap(el: Element, text = itemText(el)): boolean {
  return !text || (words(text) <= T.gapMaxWords && elementsByTags(el, A).length === 0 && !NOT_HEADLINE.test(text));
}

/** One block that is nothing but headline links and separators. */
function linkLine(el: Element): boolean {
  const links: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if (!SEPARATOR_ONLY.test(n.nodeValue ?? '')) return false;
    } else if (n.nodeType === 1) {
      const c = n as Element;
      if (c.localName === 'br') continue;
      if (c.localName !== 'a') return false;
      links.push(c);
    }
  }
  return (
    links.length >= T.minRun &&
    links.every((a) => articleLink(a) && headlineText(collapseSpace(a.textContent ?? '').replace(SEPARATORS, '')))
  );
}

/**
 * Links under each element, counted bottom-up in one pass: asking each element's text of every parent in turn
 * read the page's text once per level of nesting, most of the cleaner's time in this rule.
 */
function linkCounts(all: readonly Element[]): Map<Element, number> {
  const counts = new Map<Element, number>();
  // Document order puts an element before its descendants: backwards, every child is counted before its parent.
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    let n = el.localName === 'a' ? 1 : 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) n += counts.get(c) ?? 0;
    counts.set(el, n);
  }
  return counts;
}

/** A run needs `minRun` children that each hold one or two links (a linked headline); most blocks have fewer. */
function mayHoldRun(parent: Element, links: ReadonlyMap<Element, number>): boolean {
  let items = 0;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    const n = links.get(c) ?? 0;
    if (n >= 1 && n <= 2 && ITEM_TAGS.has(c.localName) && ++items >= T.minRun) return true;
  }
  return false;
}

function textLen(nodes: Element[]): number {
  return nodes.reduce((n, el) => n + collapseSpace(el.textContent ?? '').length, 0);
}

/** The block before `el` labels or invites to what follows ("Most read", "... check out these articles!"). */
function labelled(el: Element): boolean {
  let prev = el.previousElementSibling;
  while (prev && gap(prev) && !itemText(prev)) prev = prev.previousElementSibling;
  const text = collapseSpace(prev?.textContent ?? '');
  return !!text && (SECTION_LABEL.test(text) || RAIL_INVITE.test(text));
}

/**
 * Removes the runs. Before the article pruning (`opts.first`) a run under a label or an invitation is left to
 * the pruner's labelled-rail rules, which take the label with it; after the pruning every run goes, so that a
 * run the pruner thinned (taking some items by their vocabulary) is still taken whole.
 */
export function removeLinkRuns(root: Element, trace?: Trace, opts: { first?: boolean } = {}): void {
  // Read at the first run found (most pages have none), before anything here is removed.
  let total = -1;
  const found: { nodes: Element[]; rule: string }[] = [];
  for (const el of elementsByTags(root, new Set(['p', 'div'])))
    if (linkLine(el)) found.push({ nodes: [el], rule: 'rail: links in one line' });
  const all = elementsByTags(root, null);
  const links = linkCounts(all);
  for (const parent of [root, ...all]) {
    if (!mayHoldRun(parent, links)) continue;
    let run: Element[] = [];
    let items = 0;
    let pending: Element[] = [];
    const close = (): void => {
      if (items >= T.minRun && !isAnnouncedList(run[0]!, 0))
        found.push({ nodes: run, rule: 'rail: run of linked headlines' });
      run = [];
      items = 0;
      pending = [];
    };
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if (!SEPARATOR_ONLY.test(n.nodeValue ?? '')) close();
        continue;
      }
      if (n.nodeType !== 1) continue;
      const c = n as Element;
      if (!ITEM_TAGS.has(c.localName)) {
        close();
        continue;
      }
      const text = itemText(c);
      // The count includes `c` itself when it is a link; none at all means none under it.
      if (linkedHeadline(c, text, !links.get(c))) {
        run.push(...pending, c);
        pending = [];
        items++;
      } else if (gap(c, text)) pending.push(c);
      else close();
    }
    close();
  }
  for (const { nodes, rule } of found) {
    if (!nodes.every((n) => n.isConnected)) continue;
    if (opts.first && labelled(nodes[0]!)) continue;
    if (total < 0) total = collapseSpace(root.textContent ?? '').length;
    if (total - textLen(nodes) < T.minProseLeft) continue;
    // The lone separator line just before the run ("-") goes with it.
    const before = nodes[0]!.previousElementSibling;
    if (before && SEPARATOR_ONLY.test(before.textContent ?? '') && !before.querySelector('img')) nodes.unshift(before);
    trace?.(rule, nodes.map((n) => collapseSpace(n.textContent ?? '')).join(' | '));
    for (const n of nodes) n.remove();
  }
}
