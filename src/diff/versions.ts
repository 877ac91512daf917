// Revision diffs of one article: sentence-level alignment on noise-free keys (jsdiff diffArrays), pairing of
// removed and added sentences into moves and edits, then a word-level diff inside each edited sentence.
import { diffArrays } from 'diff';
import { splitParagraphs } from '../text/sentences.js';
import { keyNumbers, noiseKey } from './noise.js';
import { del, escapeHtml, ins, wordDiffHtml } from './html.js';

export interface ArticleVersion {
  title: string;
  text: string;
}

export type RevisionLabel =
  'wording' | 'new-paragraph' | 'removed-paragraph' | 'numbers-changed' | 'headline' | 'correction' | 'moved';

export interface VersionDiff {
  added: string[];
  removed: string[];
  changed: { before: string; after: string }[];
  /** Sentences that only changed place. */
  moved: string[];
  labels: RevisionLabel[];
  diffHtml: string;
}

/** Removed and added sentences at least this similar (Dice on words) are one edited sentence. */
const EDIT_SIMILARITY = 0.5;
const LABEL_ORDER: RevisionLabel[] = [
  'headline',
  'correction',
  'numbers-changed',
  'wording',
  'new-paragraph',
  'removed-paragraph',
  'moved',
];
const CORRECTION =
  /\b(?:correction|corrected|clarification|an earlier version of this (?:story|article|report)|editor(?:'|\u2019)?s note|this (?:story|article|report) has been (?:updated|amended|corrected))\b/iu;

interface Sentence {
  text: string;
  key: string;
  para: number;
}

type Fate =
  | { kind: 'same'; other: number }
  | { kind: 'moved'; other: number }
  | { kind: 'edited'; other: number }
  | { kind: 'alone' }; // added (in the new version) or removed (in the old one)

function sentencesOf(text: string): Sentence[] {
  return splitParagraphs(text).flatMap((sents, para) =>
    sents.map((s) => ({ text: s, key: noiseKey(s), para })).filter((s) => s.key !== ''),
  );
}

function dice(a: string, b: string): number {
  const wa = a.split(' ');
  const wb = b.split(' ');
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

/** Aligns two sentence lists: each sentence's fate and, for pairs, its counterpart's index. */
function align(old: Sentence[], neu: Sentence[]): { oldFate: Fate[]; newFate: Fate[] } {
  const oldFate: Fate[] = old.map(() => ({ kind: 'alone' }));
  const newFate: Fate[] = neu.map(() => ({ kind: 'alone' }));
  let i = 0;
  let j = 0;
  // Hunk number of each unmatched sentence, to prefer pairing edits that sit in the same place.
  const oldHunk: number[] = [];
  const newHunk: number[] = [];
  let hunk = 0;
  for (const part of diffArrays(
    old.map((s) => s.key),
    neu.map((s) => s.key),
  )) {
    if (part.added) for (let k = 0; k < part.count; k++) newHunk[j++] = hunk;
    else if (part.removed) for (let k = 0; k < part.count; k++) oldHunk[i++] = hunk;
    else {
      for (let k = 0; k < part.count; k++) {
        oldFate[i] = { kind: 'same', other: j };
        newFate[j] = { kind: 'same', other: i };
        i++;
        j++;
      }
      hunk++;
    }
  }
  const removed = old.flatMap((_, k) => (oldFate[k]!.kind === 'alone' ? [k] : []));
  const added = neu.flatMap((_, k) => (newFate[k]!.kind === 'alone' ? [k] : []));

  // The same sentence taken out in one place and put back in another was moved.
  const byKey = new Map<string, number[]>();
  for (const k of added) byKey.set(neu[k]!.key, [...(byKey.get(neu[k]!.key) ?? []), k]);
  for (const r of removed) {
    const k = byKey.get(old[r]!.key)?.shift();
    if (k === undefined) continue;
    oldFate[r] = { kind: 'moved', other: k };
    newFate[k] = { kind: 'moved', other: r };
  }

  // Then the most similar remaining pairs are edits, best first, nearby ones before distant ones.
  const candidates: { r: number; a: number; score: number }[] = [];
  for (const r of removed) {
    if (oldFate[r]!.kind !== 'alone') continue;
    for (const a of added) {
      if (newFate[a]!.kind !== 'alone') continue;
      const sim = dice(old[r]!.key, neu[a]!.key);
      if (sim >= EDIT_SIMILARITY) candidates.push({ r, a, score: sim + (oldHunk[r] === newHunk[a] ? 1 : 0) });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.r - y.r || x.a - y.a);
  for (const { r, a } of candidates) {
    if (oldFate[r]!.kind !== 'alone' || newFate[a]!.kind !== 'alone') continue;
    oldFate[r] = { kind: 'edited', other: a };
    newFate[a] = { kind: 'edited', other: r };
  }
  return { oldFate, newFate };
}

function wholeParagraphs(sents: Sentence[], fates: Fate[], kind: Fate['kind']): Set<number> {
  const paras = new Map<number, boolean>();
  sents.forEach((s, k) => paras.set(s.para, (paras.get(s.para) ?? true) && fates[k]!.kind === kind));
  return new Set([...paras].filter(([, all]) => all).map(([p]) => p));
}

function withoutNumbers(key: string): string {
  return key.replace(/\p{N}+/gu, '#');
}

/** The change between two versions of an article, or null when only noise changed. */
export function diffVersions(before: ArticleVersion, after: ArticleVersion): VersionDiff | null {
  const old = sentencesOf(before.text);
  const neu = sentencesOf(after.text);
  const headline = noiseKey(before.title) !== noiseKey(after.title);
  const { oldFate, newFate } = align(old, neu);

  const added = neu.filter((_, k) => newFate[k]!.kind === 'alone');
  const removed = old.filter((_, k) => oldFate[k]!.kind === 'alone');
  const moved = neu.filter((_, k) => newFate[k]!.kind === 'moved');
  const edits = neu.flatMap((s, k) => {
    const f = newFate[k]!;
    return f.kind === 'edited' ? [{ before: old[f.other]!, after: s }] : [];
  });
  if (!headline && !added.length && !removed.length && !moved.length && !edits.length) return null;

  const newParas = wholeParagraphs(neu, newFate, 'alone');
  const removedParas = wholeParagraphs(old, oldFate, 'alone');
  const labels = new Set<RevisionLabel>();
  if (headline) labels.add('headline');
  if (
    [...added, ...edits.map((e) => e.after)].some((s) => CORRECTION.test(s.text)) ||
    (headline && CORRECTION.test(after.title))
  ) {
    labels.add('correction');
  }
  for (const e of edits) {
    if (keyNumbers(e.before.key).join(' ') !== keyNumbers(e.after.key).join(' ')) labels.add('numbers-changed');
    if (withoutNumbers(e.before.key) !== withoutNumbers(e.after.key)) labels.add('wording');
  }
  if (added.some((s) => newParas.has(s.para))) labels.add('new-paragraph');
  if (removed.some((s) => removedParas.has(s.para))) labels.add('removed-paragraph');
  if (added.some((s) => !newParas.has(s.para)) || removed.some((s) => !removedParas.has(s.para))) labels.add('wording');
  if (moved.length) labels.add('moved');

  return {
    added: added.map((s) => s.text),
    removed: removed.map((s) => s.text),
    changed: edits.map((e) => ({ before: e.before.text, after: e.after.text })),
    moved: moved.map((s) => s.text),
    labels: LABEL_ORDER.filter((l) => labels.has(l)),
    diffHtml: render(before, after, old, neu, oldFate, newFate, headline, removedParas),
  };
}

/**
 * The new version's changed paragraphs, in order, with removed sentences put back where they stood (after the
 * nearest preceding sentence that survived) and whole removed paragraphs as paragraphs of their own.
 */
function render(
  before: ArticleVersion,
  after: ArticleVersion,
  old: Sentence[],
  neu: Sentence[],
  oldFate: Fate[],
  newFate: Fate[],
  headline: boolean,
  removedParas: Set<number>,
): string {
  // Removed sentences anchored after a new-version sentence index (-1: before the first one).
  const inline = new Map<number, Sentence[]>();
  const blocks = new Map<number, Map<number, Sentence[]>>(); // anchor -> old paragraph -> its sentences
  let anchor = -1;
  old.forEach((s, k) => {
    const f = oldFate[k]!;
    if (f.kind === 'same' || f.kind === 'edited') anchor = Math.max(anchor, f.other);
    if (f.kind !== 'alone') return;
    if (removedParas.has(s.para)) {
      const byPara = blocks.get(anchor) ?? new Map<number, Sentence[]>();
      byPara.set(s.para, [...(byPara.get(s.para) ?? []), s]);
      blocks.set(anchor, byPara);
    } else {
      inline.set(anchor, [...(inline.get(anchor) ?? []), s]);
    }
  });

  const out: string[] = [];
  if (headline)
    out.push(`<p class="headline"><strong>Headline:</strong> ${wordDiffHtml(before.title, after.title)}</p>`);
  const removedBlocks = (at: number) => {
    for (const sents of blocks.get(at)?.values() ?? [])
      out.push(`<p class="removed">${del(sents.map((s) => s.text).join(' '))}</p>`);
  };
  const removedInline = (at: number) => (inline.get(at) ?? []).map((s) => del(s.text));

  removedBlocks(-1);
  let k = 0;
  while (k < neu.length) {
    const para = neu[k]!.para;
    const pieces: string[] = k === 0 ? removedInline(-1) : [];
    let changed = pieces.length > 0;
    let allMoved = true;
    const start = k;
    for (; k < neu.length && neu[k]!.para === para; k++) {
      const s = neu[k]!;
      const f = newFate[k]!;
      if (f.kind !== 'moved') allMoved = false;
      if (f.kind === 'same') pieces.push(escapeHtml(s.text));
      else if (f.kind === 'moved') pieces.push(`<span class="moved">${escapeHtml(s.text)}</span>`);
      else if (f.kind === 'edited') pieces.push(wordDiffHtml(old[f.other]!.text, s.text));
      else pieces.push(ins(s.text));
      if (f.kind !== 'same') changed = true;
      const gone = removedInline(k);
      if (gone.length) changed = true;
      pieces.push(...gone);
    }
    if (changed) out.push(`<p${allMoved ? ' class="moved"' : ''}>${pieces.join(' ')}</p>`);
    for (let a = start; a < k; a++) removedBlocks(a);
  }
  return out.join('\n');
}
