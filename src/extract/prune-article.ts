// After Readability: remove what it kept that is not the story. Readability picks the right container but
// keeps whatever sits inside it: rails of other headlines, "Read more" teasers, author bios, sign-up
// boxes, credits, share rows, comments. Each step judges by structure first (position, link density,
// item length and shape, section labels) and uses the article's own vocabulary to tell a list that
// belongs to the story from one that does not.
import { elementsByTags } from './document.js';
import {
  BIO_ROLE, BIO_START, CREDIT, DISCLOSURE, FILLER, INLINE_TEASER, SECTION_LABEL, SHARE, SIGNUP, TAIL_LABEL,
} from './junk-text.js';
import { leafBlocks } from './blocks.js';
import { isBlockTag } from './text.js';
import { Vocabulary } from './topical.js';

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
  vocab: Vocabulary;
  ctx: ArticleContext;
}

/** Nothing is removed in one step if it would take more than this share of the text. */
const MAX_SHARE = 0.4;
const A = new Set(['a']);
const HEADING = /^H[1-6]$/;
const SENTENCE_END = /[.!?…:;)"”’»]\s*$/;
const SOCIAL_EMBED = /twitter-tweet|instagram-media|tiktok-embed|fb-post|facebook-post|reddit-card|bluesky-embed|threads-post|embed--social|social-embed/i;
const SOCIAL_STATUS = /(?:twitter\.com|x\.com)\/\w+\/status|instagram\.com\/(?:p|reel)\/|tiktok\.com\/@|facebook\.com\/.+\/posts|bsky\.app\/profile|threads\.net\/@/i;
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|credit|credits|photo-?credit|image-?credit|media-?credit|wp-caption-text|copyright)(?:[\s_-]|$)/i;

export function pruneArticle(root: Element, ctx: ArticleContext): void {
  removeEmbedsAndCaptions(root, ctx.trace);
  const page = describe(root, ctx);
  if (!page.total) return;
  removeLabelledSections(page);
  removeTeaserGroups(describe(root, ctx, page.vocab));
  removeJunkBlocks(describe(root, ctx, page.vocab));
  removeOrphanHeadings(describe(root, ctx, page.vocab));
}

function describe(root: Element, ctx: ArticleContext, vocab?: Vocabulary): Page {
  const blocks: Block[] = [];
  let total = 0;
  for (const el of leafBlocks(root)) {
    const text = collapse(el.textContent ?? '');
    if (!text) continue;
    let linkLen = 0;
    for (const a of elementsByTags(el, A)) linkLen += collapse(a.textContent ?? '').length;
    blocks.push({ el, text, len: text.length, linkLen: Math.min(linkLen, text.length), start: total });
    total += text.length;
  }
  if (!vocab) {
    vocab = new Vocabulary();
    // The story's vocabulary comes from its prose: long, sentence-shaped paragraphs with few links.
    for (const b of blocks) if (isProse(b)) vocab.add(b.text);
  }
  return { root, blocks, total, vocab, ctx };
}

function isProse(b: Block): boolean {
  return b.len >= 120 && b.linkLen / b.len < 0.3 && /[.!?]/.test(b.text);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function textLen(el: Element): number {
  return collapse(el.textContent ?? '').length;
}

/** Social embeds' fallback text, captions and credits: never part of the text. */
function removeEmbedsAndCaptions(root: Element, trace: ArticleContext['trace']): void {
  for (const el of elementsByTags(root, null)) {
    if (!el.isConnected) continue;
    const tag = el.localName;
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (tag === 'figcaption') {
      drop(el, 'caption', trace);
    } else if (tag === 'blockquote' && (SOCIAL_EMBED.test(cls) || isSocialFallback(el))) {
      drop(el, 'social-embed', trace);
    } else if (CAPTION_CLASS.test(cls) && textLen(el) < 400) {
      drop(el, 'caption-class', trace);
    }
  }
}

/** A quoted post: links to the network's status page and ends in "— Name (@handle) date". */
function isSocialFallback(el: Element): boolean {
  const links = elementsByTags(el, A);
  if (!links.some((a) => SOCIAL_STATUS.test(a.getAttribute('href') ?? ''))) return false;
  return /[—–-]\s*[^\n]{0,80}\(@\w+\)|pic\.twitter\.com|@\w+\)\s*\w+ \d/.test(el.textContent ?? '');
}

function isHeadingLike(b: Block): boolean {
  if (HEADING.test(b.el.tagName)) return true;
  if (b.len > 80) return false;
  // A line that is entirely bold is a heading in markup that has none.
  const only = b.el.children.length === 1 ? b.el.firstElementChild : null;
  return !!only && /^(STRONG|B)$/.test(only.tagName) && collapse(only.textContent ?? '') === b.text;
}

function removeLabelledSections(page: Page): void {
  const { blocks, total, root } = page;
  for (const b of blocks) {
    if (!b.el.isConnected || b.len > 80) continue;
    const label = b.text.replace(/^[\s•·|>»›-]+/, '');
    if (TAIL_LABEL.test(label) && b.start >= total * 0.5 && isHeadingLike(b)) {
      removeFrom(b.el, root, total, page.ctx.trace);
    } else if (SECTION_LABEL.test(label)) {
      removeSection(b, page);
    }
  }
}

/** Remove `el` and everything after it inside `root`, if that is not most of the article. */
function removeFrom(el: Element, root: Element, total: number, trace: ArticleContext['trace']): void {
  const victims: Node[] = [el];
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    for (let s = n.nextSibling; s; s = s.nextSibling) victims.push(s);
  }
  const len = victims.reduce((a, n) => a + collapse(n.textContent ?? '').length, 0);
  if (len > total * MAX_SHARE) return;
  trace?.('tail-section', victims.map((v) => collapse(v.textContent ?? '')).join(' | '));
  for (const v of victims) v.parentNode?.removeChild(v);
}

/** A labelled rail: its container if it has one, else the label and the teaser blocks after it. */
function removeSection(label: Block, page: Page): void {
  const limit = Math.min(4000, page.total * MAX_SHARE);
  let box: Element = label.el;
  while (box.parentElement && box.parentElement !== page.root && textLen(box.parentElement) <= limit) box = box.parentElement;
  const trace = page.ctx.trace;
  const boxLen = textLen(box);
  const boxLinks = elementsByTags(box, A).reduce((a, x) => a + textLen(x), 0);
  if (boxLen > label.len + 20 && (boxLinks / boxLen >= 0.3 || box.querySelector('ul,ol'))) {
    drop(box, `labelled-section: ${label.text}`, trace);
    return;
  }
  // The label stands alone: take the following siblings while they look like teasers.
  let taken = 0;
  for (let s = box.nextElementSibling; s; ) {
    const next = s.nextElementSibling;
    const len = textLen(s);
    const links = elementsByTags(s, A).reduce((a, x) => a + textLen(x), 0);
    const heading = HEADING.test(s.tagName) || !!s.querySelector('h1,h2,h3,h4,h5,h6');
    const teaser = len === 0 || links / Math.max(1, len) >= 0.3 || s.tagName === 'UL' || s.tagName === 'OL' || (len < 160 && !SENTENCE_END.test(collapse(s.textContent ?? '')));
    if (heading || !teaser || taken + len > limit) break;
    taken += len;
    drop(s, 'labelled-section', trace);
    s = next;
  }
  drop(box, 'section-label', trace);
}

/** Containers whose children can be a list of teasers. */
const GROUP = new Set(['UL', 'OL', 'DIV', 'SECTION', 'ASIDE', 'NAV', 'DL', 'ARTICLE', 'HEADER', 'FOOTER']);

/** Item elements of a container, or null when it is running text (a paragraph's links are not a list). */
function groupItems(el: Element): { c: Element; text: string }[] | null {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) return null;
  const items: { c: Element; text: string }[] = [];
  for (const c of Array.from(el.children)) {
    const text = collapse(c.textContent ?? '');
    if (!text) continue;
    if (c.tagName !== 'LI' && c.tagName !== 'A' && !isBlockTag(c.tagName)) return null;
    items.push({ c, text });
  }
  return items;
}

/** Lists of short, headline-shaped items that are mostly links, or that are far from the story's topic. */
function removeTeaserGroups(page: Page): void {
  const { root, total, vocab } = page;
  const prose = new Map<Element, string>();
  for (const b of page.blocks) if (isProse(b)) prose.set(b.el, b.text);
  const before = new Map<Element, number>();
  for (const b of page.blocks) before.set(b.el, b.start);
  for (const el of elementsByTags(root, null)) {
    if (!el.isConnected || el.children.length < 3 || !GROUP.has(el.tagName)) continue;
    const items = groupItems(el);
    if (!items || items.length < 3) continue;
    const len = items.reduce((a, x) => a + x.text.length, 0);
    if (len > total * MAX_SHARE) continue;
    const lens = items.map((x) => x.text.length).sort((a, b) => a - b);
    const median = lens[lens.length >> 1]!;
    if (median > 140 || lens[lens.length - 1]! > 400) continue;
    const links = elementsByTags(el, A).reduce((a, x) => a + textLen(x), 0);
    const density = links / Math.max(1, len);
    const headlineLike = items.filter((x) => x.text.length >= 15 && !SENTENCE_END.test(x.text)).length / items.length;
    const ownProse = [...prose].filter(([p]) => el.contains(p)).map(([, t]) => t).join(' ');
    const overlap = vocab.size >= 20 ? vocab.overlap(items.map((x) => x.text).join(' '), ownProse) : null;
    const offTopic = overlap !== null && overlap < 0.25;
    const firstBlock = leafBlocks(el)[0];
    const start = firstBlock ? before.get(firstBlock) ?? 0 : 0;
    const atTail = start >= total * 0.6;
    const words = items.map((x) => x.text.split(' ').length);
    const wordy = words.every((n) => n >= 4);
    // Headlines run to several words; a list of linked names or products is part of a guide.
    const headlines = words.reduce((a, n) => a + n, 0) / words.length >= 5;
    if (density >= 0.6 && headlines && (offTopic || (headlineLike >= 0.6 && atTail))) drop(el, 'link-list', page.ctx.trace);
    else if (atTail && wordy && headlineLike >= 0.8 && overlap !== null && overlap < 0.12) drop(el, 'off-topic-headlines', page.ctx.trace);
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
    const head = b.start < total * 0.15 || i < 2;
    const tail = b.start >= total * 0.6 || i >= blocks.length - 3;
    // Bios close the article: only the last few blocks qualify.
    const last = i >= blocks.length - 4;
    let rule: string | null = null;
    if (b.len <= 80 && FILLER.test(t)) rule = 'filler';
    else if (b.len <= 160 && SHARE.test(t)) rule = 'share';
    else if (b.len <= 250 && CREDIT.test(t)) rule = 'credit';
    else if (b.len <= 250 && INLINE_TEASER.test(t) && (density >= 0.3 || !SENTENCE_END.test(t))) rule = 'inline-teaser';
    else if (b.len <= 400 && (head || tail) && (DISCLOSURE.exec(t)?.index ?? 999) < 80) rule = 'disclosure';
    else if (b.len <= 250 && SIGNUP.test(t)) rule = 'signup';
    else if (b.len <= 1000 && last && isBio(t, bylineName, nameHead)) rule = 'bio';
    else if (b.len <= 120 && density >= 0.9 && (head || tail) && !isHeadingLike(b) && b.el.tagName !== 'LI' && offTopic(page.vocab, t)) rule = 'link-line';
    if (!rule) continue;
    // A sign-up or share box goes whole: its button and small print are not blocks of their own.
    drop(rule === 'signup' || rule === 'share' ? smallBox(b.el, page.root, b.len) : b.el, rule, ctx.trace);
  }
}

/** The largest ancestor of `el` (below `root`) that holds little more text than `el` itself. */
function smallBox(el: Element, root: Element, len: number): Element {
  let box = el;
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    if (textLen(p) > Math.max(len * 1.6, len + 160)) break;
    box = p;
  }
  return box;
}

function offTopic(vocab: Vocabulary, text: string): boolean {
  const o = vocab.size >= 20 ? vocab.overlap(text) : null;
  return o !== null && o < 0.3;
}

function isBio(t: string, bylineName: string, nameHead: string): boolean {
  // The role has to be said in the opening: "Jane Doe is a senior reporter who ...".
  const opening = t.slice(0, 160);
  if (BIO_START.test(t) && BIO_ROLE.test(opening)) return true;
  if (!nameHead || nameHead.length < 3) return false;
  const startsWithAuthor = t.startsWith(bylineName) || t.startsWith(`${nameHead} `);
  return startsWithAuthor && BIO_ROLE.test(opening);
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

function drop(el: Element, rule: string, trace: ArticleContext['trace']): void {
  trace?.(rule, collapse(el.textContent ?? ''));
  el.remove();
}
