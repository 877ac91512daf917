// After Readability: remove what it kept that is not the story. Readability picks the right container but
// keeps whatever sits inside it: rails of other headlines, "Read more" teasers, author bios, sign-up
// boxes, credits, share rows, comments. Each step judges by structure first (position, link density,
// item length and shape, section labels) and uses the article's own vocabulary to tell a list that
// belongs to the story from one that does not.
import { isBio, removeBioCard } from './bio.js';
import { removeButtonLinks } from './button-links.js';
import { removeMediaBoxes } from './media-boxes.js';
import { appealBox, removeChromeBoxes } from './chrome-lines.js';
import { elementsByTags } from './document.js';
import { CREDIT, DISCLOSURE, FILLER, SECTION_LABEL, SHARE, SIGNUP, TAIL_LABEL } from './junk-text.js';
import { CAPTION_CLASS, CARD_CLASS } from './junk-text.js';
import { leafBlocks, linkLengths, wrapLinkBlocks, wrapLooseLinks } from './blocks.js';
import { removeLiveStamps } from './live-blog.js';
import { takesItsBox, wordRule } from './line-rules.js';
import { removeDirectoryLists } from './directory-lists.js';
import { removeExcerptCards } from './excerpt-cards.js';
import { removeLinkRows } from './link-rows.js';
import { labelledTail } from './labelled-tail.js';
import { removeSeriesNavigation } from './series-nav.js';
import { removeWidgetBoxes } from './stack-chrome.js';
import { inlineTeaser, offTopicLine } from './own-lines.js';
import { isTimeline } from './announced-lists.js';
import { hasRailLabel, isSiteMenu, isTableOfContents, railItems, railLead, railVerdict } from './rails.js';
import { PRUNE_ARTICLE, TOPICAL } from './thresholds.js';
import { Vocabulary } from './topical.js';
import { collapseSpace } from './text.js';

export interface ArticleContext {
  title: string;
  byline: string | null;
  /** Told about every removal (rule name and the text removed): for tests and tuning. */
  trace?: (rule: string, text: string) => void;
}

interface Block {
  el: Element;
  text: string;
  len: number;
  linkLen: number;
  /** Characters of article text before this block. */
  start: number;
}

interface Page {
  root: Element;
  blocks: Block[];
  total: number;
  /** Characters of prose (see isProse): what the share guard protects. */
  prose: number;
  vocab: Vocabulary;
  ctx: ArticleContext;
}

// The share guard (T.maxShare, T.minProseLeft) counts only prose: no rail of links, however long, is protected.
const T = PRUNE_ARTICLE;
const A = new Set(['a']);
const HEADING = /^H[1-6]$/;
const SENTENCE_END = /[.!?…:;)"”’»]\s*$/;
const SOCIAL_EMBED =
  /twitter-tweet|instagram-media|tiktok-embed|fb-post|facebook-post|reddit-card|bluesky-embed|threads-post|embed--social|social-embed/i;
const SOCIAL_STATUS =
  /(?:twitter\.com|x\.com)\/\w+\/status|instagram\.com\/(?:p|reel)\/|tiktok\.com\/@|facebook\.com\/.+\/posts|bsky\.app\/profile|threads\.net\/@/i;

export function pruneArticle(root: Element, ctx: ArticleContext): void {
  removeEmbedsAndCaptions(root, ctx.trace);
  removeLiveStamps(root, ctx.trace);
  removeChromeBoxes(root, ctx.trace);
  removeWidgetBoxes(root, ctx.trace);
  removeButtonLinks(root, ctx.trace);
  removeMediaBoxes(root, ctx.trace);
  wrapLooseLinks(root);
  wrapLinkBlocks(root);
  removeDirectoryLists(root, ctx.trace);
  removeLinkRows(root, ctx.trace);
  removeSeriesNavigation(root, ctx.trace);
  removeExcerptCards(root, ctx.trace);
  let page = describe(root, ctx);
  if (!page.total) return;
  // Each step judges the blocks the previous one left, read again only if it removed something (steps only remove).
  for (const step of [removeLabelledSections, removeTeaserGroups, removeJunkBlocks]) {
    const before = removals;
    step(page);
    if (removals !== before) page = describe(root, ctx, page.vocab);
  }
  removeOrphanHeadings(page);
  removeBioCard(root, ctx.byline, ctx.trace);
}

/** Removals by drop, dropWithLabel and removeFrom: a step that removed nothing needs no new describe(). */
let removals = 0;

function describe(root: Element, ctx: ArticleContext, vocab?: Vocabulary): Page {
  const blocks: Block[] = [];
  let total = 0;
  let prose = 0;
  const leaves = leafBlocks(root);
  const linkLens = linkLengths(root, leaves);
  for (const el of leaves) {
    const text = collapseSpace(el.textContent ?? '');
    if (!text) continue;
    const linkLen = linkLens.get(el) ?? 0;
    blocks.push({ el, text, len: text.length, linkLen: Math.min(linkLen, text.length), start: total });
    total += text.length;
  }
  if (!vocab) {
    vocab = new Vocabulary();
    // The story's vocabulary comes from its prose: long, sentence-shaped paragraphs with few links.
    for (const b of blocks) if (isProse(b)) vocab.add(b.text);
  }
  for (const b of blocks) if (isProse(b)) prose += b.len;
  return { root, blocks, total, prose, vocab, ctx };
}

function isProse(b: Block): boolean {
  return b.len >= T.proseMinChars && b.linkLen / b.len < T.proseLinkDensity && /[.!?]/.test(b.text);
}

function textLen(el: Element): number {
  return collapseSpace(el.textContent ?? '').length;
}

/** Social embeds' fallback text, captions and credits: never part of the text. */
function removeEmbedsAndCaptions(root: Element, trace: ArticleContext['trace']): void {
  for (const el of elementsByTags(root, null)) {
    if (!el.isConnected) continue;
    const tag = el.localName;
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (tag === 'figcaption') {
      drop(el, 'caption', trace);
    } else if (CARD_CLASS.test(cls) && isCard(el)) {
      drop(el, 'embed-card', trace);
    } else if (tag === 'blockquote' && (SOCIAL_EMBED.test(cls) || isSocialFallback(el))) {
      drop(el, 'social-embed', trace);
    } else if (CAPTION_CLASS.test(cls) && textLen(el) < T.captionMaxChars) {
      drop(el, 'caption-class', trace);
    }
  }
}

/** Small, and either mostly a link or no prose of its own: a card, not a section of the story. */
function isCard(el: Element): boolean {
  const len = textLen(el);
  if (len > T.cardMaxText) return false;
  const links = elementsByTags(el, A).reduce((a, x) => a + textLen(x), 0);
  return len === 0 || links / len >= T.cardLinkShare || len < T.cardShortChars || el.localName === 'figure';
}

/** A quoted post: links to the network's status page and ends in "— Name (@handle) date". */
function isSocialFallback(el: Element): boolean {
  const links = elementsByTags(el, A);
  if (!links.some((a) => SOCIAL_STATUS.test(a.getAttribute('href') ?? ''))) return false;
  return /[—–-]\s*[^\n]{0,80}\(@\w+\)|pic\.twitter\.com|@\w+\)\s*\w+ \d/.test(el.textContent ?? '');
}

function isHeadingLike(b: Block): boolean {
  if (HEADING.test(b.el.tagName)) return true;
  if (b.len > T.headingMaxChars) return false;
  // A line that is entirely bold is a heading in markup that has none.
  const only = b.el.children.length === 1 ? b.el.firstElementChild : null;
  return !!only && /^(STRONG|B)$/.test(only.tagName) && collapseSpace(only.textContent ?? '') === b.text;
}

function removeLabelledSections(page: Page): void {
  const { blocks, total } = page;
  for (const b of blocks) {
    if (!b.el.isConnected || b.len > T.headingMaxChars) continue;
    const label = b.text.replace(/^[\s•·|>»›-]+/, '');
    if (TAIL_LABEL.test(label) && b.start >= total * T.tailLabelStart && isHeadingLike(b)) {
      removeFrom(b.el, page);
    } else if (SECTION_LABEL.test(label)) {
      removeSection(b, page);
    }
  }
}

/** Remove `el` and everything after it inside `root`, if that is not most of the story's prose. */
function removeFrom(el: Element, page: Page): void {
  const { root, ctx } = page;
  const victims: Node[] = [el];
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    for (let s = n.nextSibling; s; s = s.nextSibling) victims.push(s);
  }
  if (!guardAllows(page, victims)) return;
  ctx.trace?.('tail-section', victims.map((v) => collapseSpace(v.textContent ?? '')).join(' | '));
  removals++;
  for (const v of victims) v.parentNode?.removeChild(v);
}

/** Prose of the page's blocks inside any of `nodes`. */
function proseIn(page: Page, nodes: Node[]): number {
  let n = 0;
  for (const b of page.blocks)
    if (isProse(b) && b.el.isConnected && nodes.some((v) => v === b.el || v.contains(b.el))) n += b.len;
  return n;
}

/**
 * The share guard: `nodes` may go if they hold at most T.maxShare of the story's prose and enough prose
 * stays. On a page without prose (a section front) nothing big goes, and the verdict says why.
 */
function guardAllows(page: Page, nodes: Node[]): boolean {
  const inside = proseIn(page, nodes);
  if (page.prose < T.minProseLeft)
    return nodes.reduce((a, v) => a + collapseSpace(v.textContent ?? '').length, 0) <= page.total * T.maxShare;
  return inside <= page.prose * T.maxShare && page.prose - inside >= T.minProseLeft;
}

/** A labelled rail: its container if it has one, else the label and the teaser blocks after it. */
function removeSection(label: Block, page: Page): void {
  const limit = Math.min(T.sectionMaxChars, page.total * T.maxShare);
  let box: Element = label.el;
  // Climb to the rail's own container: one without prose of the story, or a small one.
  for (let p = box.parentElement; p && p !== page.root; p = p.parentElement) {
    if (proseIn(page, [p]) > 0 && textLen(p) > limit) break;
    if (!guardAllows(page, [p])) break;
    box = p;
  }
  const trace = page.ctx.trace;
  const boxLen = textLen(box);
  const boxLinks = elementsByTags(box, A).reduce((a, x) => a + textLen(x), 0);
  if (
    boxLen > label.len + T.sectionMinExtra &&
    (boxLinks / boxLen >= T.sectionLinkDensity || box.querySelector('ul,ol'))
  ) {
    const storyBefore = page.blocks.some((b) => b.start < label.start && isProse(b) && box.contains(b.el));
    for (const v of labelledTail(label.el, box, storyBefore)) drop(v, `labelled-section: ${label.text}`, trace);
    return;
  }
  // The label stands alone: take the teaser-like siblings after it (lists of links at any length, others to the limit).
  let taken = 0;
  for (let s = box.nextElementSibling; s;) {
    const next = s.nextElementSibling;
    const len = textLen(s);
    const links = elementsByTags(s, A).reduce((a, x) => a + textLen(x), 0);
    const heading = HEADING.test(s.tagName) || !!s.querySelector('h1,h2,h3,h4,h5,h6');
    const linkList = len > 0 && links / len >= T.sectionLinkListDensity && proseIn(page, [s]) === 0;
    const teaser =
      len === 0 ||
      links / Math.max(1, len) >= T.teaserLinkDensity ||
      s.tagName === 'UL' ||
      s.tagName === 'OL' ||
      (len < T.teaserMaxChars && !SENTENCE_END.test(collapseSpace(s.textContent ?? '')));
    if (heading || !teaser || (!linkList && taken + len > limit) || !guardAllows(page, [s])) break;
    if (!linkList) taken += len;
    drop(s, 'labelled-section', trace);
    s = next;
  }
  drop(box, 'section-label', trace);
}

/** Containers whose children can be a list of teasers; a table's rows too (old sites set rails as tables). */
const GROUP = new Set('UL OL DIV SECTION ASIDE NAV DL ARTICLE HEADER FOOTER P TBODY'.split(' '));

/** Lists of short, headline-shaped items that are mostly links, or that are far from the story's topic. */
function removeTeaserGroups(page: Page): void {
  const { root, total, vocab } = page;
  const prose = new Map<Element, string>();
  for (const b of page.blocks) if (isProse(b)) prose.set(b.el, b.text);
  const before = new Map<Element, number>();
  for (const b of page.blocks) before.set(b.el, b.start);
  for (const el of elementsByTags(root, null)) {
    if (!GROUP.has(el.tagName) || !el.isConnected || el.childElementCount < T.minGroupItems) continue;
    const list = railItems(el);
    if (!list || list.items.length < T.minGroupItems || !guardAllows(page, [el])) continue;
    const items = list.items;
    const ownProse = [...prose]
      .filter(([p]) => el.contains(p))
      .map(([, t]) => t)
      .join(' ');
    const rail = isTableOfContents(items)
      ? 'table-of-contents'
      : isSiteMenu(items)
        ? 'site-menu'
        : railVerdict(items, { vocab, ownProse, labelled: list.label || hasRailLabel(el, items) });
    if (rail) {
      dropWithLabel(el, rail, page.ctx.trace);
      continue;
    }
    const len = items.reduce((a, x) => a + x.text.length, 0);
    const lens = items.map((x) => x.text.length).sort((a, b) => a - b);
    const median = lens[lens.length >> 1]!;
    if (median > T.teaserMedianChars || lens[lens.length - 1]! > T.teaserItemMaxChars) continue;
    const links = elementsByTags(el, A).reduce((a, x) => a + textLen(x), 0);
    const density = links / Math.max(1, len);
    const headlineLike = isTimeline(items.map((x) => x.text))
      ? 0
      : items.filter((x) => x.text.length >= T.headlineMinChars && !SENTENCE_END.test(x.text)).length / items.length;
    const overlap =
      vocab.size >= TOPICAL.minVocabulary ? vocab.overlap(items.map((x) => x.text).join(' '), ownProse) : null;
    const offTopic = overlap !== null && overlap < T.offTopicOverlap;
    const firstBlock = leafBlocks(el)[0];
    const start = firstBlock ? (before.get(firstBlock) ?? 0) : 0;
    const atTail = start >= total * T.tailStart;
    const words = items.map((x) => x.text.split(' ').length);
    // A table's rows are judged by their links only: a table of figures is no headline list, whatever its words.
    const wordy = el.tagName !== 'TBODY' && words.every((n) => n >= T.wordyMinWords);
    // Headlines run to several words; a list of linked names or products is part of a guide.
    const headlines = words.reduce((a, n) => a + n, 0) / words.length >= T.headlineMeanWords;
    if (density >= T.linkListDensity && headlines && (offTopic || (headlineLike >= T.linkListHeadlineShare && atTail)))
      drop(el, 'link-list', page.ctx.trace);
    else if (
      atTail &&
      wordy &&
      headlineLike >= T.offTopicHeadlineShare &&
      overlap !== null &&
      overlap < T.offTopicHeadlinesOverlap
    )
      drop(el, 'off-topic-headlines', page.ctx.trace);
  }
}

function removeJunkBlocks(page: Page): void {
  const { blocks, total, ctx } = page;
  const bylineName = ctx.byline?.split(/\s*(?:,| and |&)\s*/)[0]?.trim() ?? '';
  const nameHead = bylineName.split(/\s+/)[0] ?? '';
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!b.el.isConnected) continue;
    const t = b.text;
    const density = b.linkLen / b.len;
    const head = b.start < total * T.headEnd || i < T.headBlocks;
    const tail = b.start >= total * T.tailStart || i >= blocks.length - T.tailBlocks;
    // Bios close the article: only the last few blocks qualify.
    const last = i >= blocks.length - T.bioBlocks;
    let rule: string | null = null;
    if (b.len <= T.fillerMaxChars && FILLER.test(t)) rule = 'filler';
    else if (b.len <= T.shareMaxChars && SHARE.test(t)) rule = 'share';
    else if (b.len <= T.creditMaxChars && CREDIT.test(t)) rule = 'credit';
    else if (
      b.len <= T.inlineTeaserMaxChars &&
      inlineTeaser(b.el, t) &&
      (density >= T.inlineTeaserLinkDensity || !SENTENCE_END.test(t))
    )
      rule = 'inline-teaser';
    else if (
      b.len <= T.disclosureMaxChars &&
      (head || tail) &&
      (DISCLOSURE.exec(t)?.index ?? Infinity) < T.disclosureStartChars
    )
      rule = 'disclosure';
    else if (b.len <= T.signupMaxChars && SIGNUP.test(t)) rule = 'signup';
    else if (b.len <= T.bioMaxChars && (last || head) && isBio(t, bylineName, nameHead, last)) rule = 'bio';
    else if (
      b.len <= T.linkLineMaxChars &&
      density >= T.linkLineDensity &&
      (head || tail) &&
      !isHeadingLike(b) &&
      !/^(?:LI|DD)$/.test(b.el.tagName) &&
      offTopicLine(page.vocab, t, i === blocks.length - 1)
    )
      rule = 'link-line';
    else rule = wordRule({ text: t, len: b.len, density, head, tail, last, heading: HEADING.test(b.el.tagName) });
    if (!rule) continue;
    const box = takesItsBox(rule) ? smallBox(b.el, page.root, b.len) : b.el;
    drop(rule === 'appeal' ? appealBox(box, page.root) : box, rule, ctx.trace);
  }
}

/** The largest ancestor of `el` (below `root`) that holds little more text than `el` itself. */
function smallBox(el: Element, root: Element, len: number): Element {
  let box = el;
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    if (textLen(p) > Math.max(len * T.boxGrowth, len + T.boxSlackChars)) break;
    box = p;
  }
  return box;
}

/** Headings left with nothing under them at the end (their section was removed). */
function removeOrphanHeadings(page: Page): void {
  const { blocks } = page;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (!HEADING.test(b.el.tagName)) break;
    drop(b.el, 'orphan-heading', page.ctx.trace);
  }
}

/** A rail goes with the label right before it (and a lone separator between them). */
function dropWithLabel(el: Element, rule: string, trace: ArticleContext['trace']): void {
  const label = railLead(el);
  if (label) {
    trace?.('rail-label', collapseSpace(label.textContent ?? ''));
    removals++;
    label.parentNode?.removeChild(label);
  }
  drop(el, rule, trace);
}

function drop(el: Element, rule: string, trace: ArticleContext['trace']): void {
  trace?.(rule, collapseSpace(el.textContent ?? ''));
  removals++;
  el.remove();
}
