// Pointers to other articles that close the body (red team 9): after the story's last paragraph, in the same
// container, one to a few linked headlines, with or without a label ("More:", "Read next", "Related:"), as
// paragraphs, a short list, linked subheadings, or cards with a one-sentence dek under each. lone-teasers.ts
// looks between paragraphs and rails.ts at runs of three or more in one box; these close the story, often two
// blocks apart, and with a dek no item is link-only. The whole closing run goes when every block of it is such
// furniture and it is either labelled or about something else than the story (a closing link that echoes the
// story's words, the story's own documents or candidates, a correction, a sentence with a link: all stay).
import { followsAnnouncement } from './announced-lists.js';
import { elementsByTags, type Trace } from './document.js';
import { isItemExtra } from './item-extras.js';
import { SECTION_LABEL } from './junk-text.js';
import { isHeadlineLink, isProse } from './lone-teasers.js';
import { collapseSpace } from './text.js';
import { Vocabulary } from './topical.js';

const T = {
  /** Links in one closing block ("More: <a> | <a>"). */
  maxLinksPerBlock: 3,
  /** Linked headlines in the whole closing run (more are rails.ts's). */
  maxTeasers: 8,
  /** A numbered listicle has at least this many items. */
  minNumbered: 3,
  /** A dek under a linked headline: one or two sentences, at most this long. */
  dekMaxChars: 220,
  /** A label: at most this long. */
  labelMaxChars: 40,
  /** Unlabelled, the run's words must be this foreign to the story (share of its words the story uses). */
  offTopicOverlap: 0.25,
  /** The story's vocabulary must be this large to judge. */
  minVocabulary: 20,
} as const;

const A = new Set(['a']);
const P = new Set(['p']);
const BLOCKS = new Set(['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'aside', 'figure']);
const LISTS = new Set(['ul', 'ol']);
const MEDIA = new Set(['img', 'picture', 'video', 'iframe', 'svg', 'table']);
const SEPARATORS = /^[\s\-–—|•·*/]*$/;
const LABEL = /^(?:more|related|read|next|also)[\s:.|>»–—-]*$/i;
const SENTENCE_END = /[.!?]["”’)]*$/;
const ANNOUNCES = /:$|\b(?:below|as follows|the following)\b/i;

type Kind = 'separator' | 'label' | 'teaser' | 'labelled-teaser' | 'dek';

export function removeClosingTeasers(root: Element, trace?: Trace): void {
  const prose = elementsByTags(root, P).filter(isProse);
  const isStory = new Set(prose);
  // The story's vocabulary, built once and only when a run is unlabelled and has to be judged by its words.
  let vocab: Vocabulary | undefined;
  const story = (): Vocabulary => (vocab ??= storyVocabulary(prose));
  const first = prose[0];
  const lastProse = prose[prose.length - 1];
  if (!first || !lastProse) return;
  // "All three walks below ...", "The candidates:": the story announces what follows, which is its own.
  if (!ANNOUNCES.test(collapseSpace(lastProse.textContent ?? ''))) {
    const after: ChildNode[] = [];
    for (let n = lastProse.nextSibling; n; n = n.nextSibling) after.push(n);
    takeRun(after, story, 'closing-teaser', trace);
  }
  // One card between two paragraphs: a linked headline and its dek (lone-teasers.ts takes a headline alone).
  for (const el of elementsByTags(root, BLOCKS)) {
    const dek = el.nextElementSibling;
    const prev = el.previousElementSibling;
    if (!dek || !prev || prev.localName !== 'p' || !isStory.has(prev)) continue;
    const next = dek.nextElementSibling;
    if (!next || next.localName !== 'p' || !isStory.has(next) || teaserBlock(el) !== 'teaser') continue;
    if (kindOf(dek, 'teaser') === 'dek') takeRun([el, dek], story, 'card-between', trace);
  }
  // The same cards before the first paragraph, in its container (rare, and then never the story's own).
  const before: ChildNode[] = [];
  for (let n = first.previousSibling; n; n = n.previousSibling) before.unshift(n);
  takeRun(before, story, 'opening-teaser', trace);
}

/** Removes `nodes` when every one of them is teaser furniture, labelled or foreign to the story. */
function takeRun(nodes: ChildNode[], story: () => Vocabulary, rule: string, trace?: Trace): void {
  const run: Element[] = [];
  const kinds: Kind[] = [];
  for (const n of nodes) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return;
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const kind = kindOf(el, kinds[kinds.length - 1]);
    if (!kind) return;
    run.push(el);
    kinds.push(kind);
  }
  const teasers = run.filter((_, i) => kinds[i] === 'teaser' || kinds[i] === 'labelled-teaser');
  if (!teasers.length || teasers.length > T.maxTeasers) return;
  // "Here is what you need to know ...": the items after the story's handover are its own (a briefing).
  if (followsAnnouncement(run[0]!)) return;
  if (isNumberedListicle(run, kinds)) return;
  const labelled = kinds.some((k) => k === 'label' || k === 'labelled-teaser');
  if (!labelled && !offTopic(story(), run, kinds)) return;
  for (const el of run) {
    const text = collapseSpace(el.textContent ?? '');
    if (text) trace?.(rule, text);
    el.remove();
  }
}

function kindOf(el: Element, before: Kind | undefined): Kind | null {
  const text = collapseSpace(el.textContent ?? '');
  const links = elementsByTags(el, A);
  if (!links.length) {
    if (SEPARATORS.test(text)) return elementsByTags(el, MEDIA).length ? null : 'separator';
    if (text.length <= T.labelMaxChars && (LABEL.test(text) || SECTION_LABEL.test(text))) return 'label';
    const dek = (before === 'teaser' || before === 'labelled-teaser') && text.length <= T.dekMaxChars;
    return dek && SENTENCE_END.test(text) && BLOCKS.has(el.localName) ? 'dek' : null;
  }
  if (LISTS.has(el.localName)) {
    const items = [...el.children];
    const each = items.map((li) => (li.localName === 'li' ? teaserBlock(li, true) : null));
    if (!items.length || each.some((k) => !k)) return null;
    return each.includes('labelled-teaser') ? 'labelled-teaser' : 'teaser';
  }
  return BLOCKS.has(el.localName) ? teaserBlock(el) : null;
}

/**
 * A block whose text is one to three linked headlines, maybe after a label, with separators or extras between;
 * a card in a list may hold one headline and its dek.
 */
function teaserBlock(el: Element, card = false): Kind | null {
  const links = elementsByTags(el, A);
  if (
    !links.length ||
    links.length > T.maxLinksPerBlock ||
    !links.every((a) => isHeadlineLink(a, collapseSpace(a.textContent ?? '')))
  )
    return null;
  let rest = collapseSpace(el.textContent ?? '');
  for (const a of links) rest = rest.replace(collapseSpace(a.textContent ?? ''), ' ');
  rest = collapseSpace(rest);
  if (SEPARATORS.test(rest) || isItemExtra(rest, SEPARATORS)) return 'teaser';
  if (card && links.length === 1 && rest.length <= T.dekMaxChars && SENTENCE_END.test(rest)) return 'teaser';
  return rest.length <= T.labelMaxChars && (LABEL.test(rest) || SECTION_LABEL.test(rest)) ? 'labelled-teaser' : null;
}

/** The run's headlines and deks share little of the story's vocabulary. */
function offTopic(vocab: Vocabulary, run: Element[], kinds: Kind[]): boolean {
  if (vocab.size < T.minVocabulary) return false;
  const text = run
    .filter((_, i) => kinds[i] !== 'label' && kinds[i] !== 'separator')
    .map((el) => el.textContent ?? '')
    .join(' ');
  const overlap = vocab.overlap(text);
  return overlap !== null && overlap < T.offTopicOverlap;
}

function storyVocabulary(prose: readonly Element[]): Vocabulary {
  const vocab = new Vocabulary();
  for (const p of prose) vocab.add(p.textContent ?? '');
  return vocab;
}

/**
 * Guards 10: a listicle's items, numbered 1, 2, 3 ... in order, each a linked heading over its own sentence or
 * two. A rail of other stories numbers its headlines without a dek under each (a "Most read" top ten).
 */
function isNumberedListicle(run: Element[], kinds: Kind[]): boolean {
  const items = run.filter((_, i) => kinds[i] === 'teaser');
  if (items.length < T.minNumbered || items.length !== run.length - items.length) return false;
  return items.every((el, i) => {
    const rank = /^(\d{1,2})[.)]\s/.exec(collapseSpace(el.textContent ?? ''));
    return rank?.[1] === String(i + 1) && kinds[run.indexOf(el) + 1] === 'dek';
  });
}
