// Evidence of a new incident that is not a bag of terms, read from the texts of an article and of a story's
// members, for bench/story-signal.ts (development only; docs/benchmarks.md, "Novelty and event frames"):
// - cue*: novelty and follow-up cues of the article's headline and lead (novelty-cues.ts);
// - the event frame, by text: the participants (last words of the names) of the headline and lead of one side,
//   looked for as any word of the other side's first 5,000 characters (leadNamesMissing: the article's against
//   the story's members, storyLeadMissing: the story's first article's against the article, frameProduct both);
// - the same with what the index holds or could hold (TermSide): the story's centroid of 48 terms, the full term
//   sets of article and members, and the article's words as e: term ids (*VsArticleWords).
import type { DedupDoc } from '../../src/dedup/deduper.js';
import { entitiesOf, stem } from '../../src/dedup/features.js';
import { cueCounts, cueHead, CUE_CHARS } from './novelty-cues.js';
import { kindOfId, termId, TERM_KINDS } from '../../src/dedup/hash.js';
import type { StoryCentroid } from '../../src/dedup/index-types.js';
import { STOPWORDS } from '../../src/dedup/stopwords.js';
import { normalizeText } from '../../src/dedup/text.js';

export const TEXT_SIGNALS = [
  'cueRepeat',
  'cueOrdinal',
  'cuePast',
  'cueFollowUp',
  'cueNew',
  'cueNet',
  'storyCueNew',
  'cueNewStoryNot',
  'leadNamesMissing',
  'storyLeadMissing',
  'frameProduct',
  'titleNamesMissing',
  'titleOverlap',
  'sameFrameOtherNames',
  'leadVsCentroid',
  'leadVsMemberTerms',
  'storyLeadVsArticleTerms',
  'centroidNamesVsArticleTerms',
  'leadVsCentroidXcentroidNames',
  'leadVsMemberXstoryLead',
  'centroidNamesVsArticleWords',
  'centroidTop4VsArticleWords',
  'centroidTop8VsArticleWords',
  'storyLeadVsArticleWords',
] as const;

/** What the index holds or could hold: the story's centroid, and the full term sets of article and members. */
export interface TermSide {
  centroid: StoryCentroid;
  articleIds: ReadonlySet<number>;
  /** Ids of e: terms for every word and word pair of the article's head: names mentioned in any form. */
  articleWords: ReadonlySet<number>;
  memberIds: readonly ReadonlySet<number>[];
}

interface DocInfo {
  cues: ReturnType<typeof cueCounts>;
  /** Normalized head (first 5,000 characters), padded with spaces for word lookups. */
  head: string;
  /** Last words of the names of the headline and lead. */
  leadNames: string[];
  titleNames: string[];
  titleWords: Set<string>;
}

const cache = new WeakMap<DedupDoc, DocInfo>();

function info(d: DedupDoc): DocInfo {
  let i = cache.get(d);
  if (i) return i;
  const body = d.text.startsWith(d.title) ? d.text.slice(d.title.length) : d.text;
  const lead = body.slice(0, CUE_CHARS);
  const last = (n: string) => n.split(' ').pop()!;
  const leadNames = [...new Set(entitiesOf(`${d.title}.\n${lead}`).map(last))].filter((n) => n.length > 2);
  // Capitalized words of the headline after its first, not function words: its participants.
  const tw = d.title.split(/\s+/).slice(1);
  const titleNames = [
    ...new Set(
      tw
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => normalizeText(w))
        .filter((w) => w.length > 2 && !STOPWORDS.has(w)),
    ),
  ];
  i = {
    cues: cueCounts(cueHead(d.title, d.text)),
    head: ` ${normalizeText(d.text.slice(0, 5000))} `,
    leadNames,
    titleNames,
    titleWords: new Set(
      normalizeText(d.title)
        .split(' ')
        .filter((w) => w.length > 2 && !STOPWORDS.has(w))
        .map(stem),
    ),
  };
  cache.set(d, i);
  return i;
}

const missing = (names: readonly string[], heads: readonly string[]) =>
  names.length ? names.filter((n) => !heads.some((h) => h.includes(` ${n} `))).length / names.length : 0;

/** One value per TEXT_SIGNALS entry, for an article against a story's members (in the order they joined). */
const NAMES = TERM_KINDS.indexOf('e');
const idsMissing = (ids: readonly number[], sets: readonly ReadonlySet<number>[]) =>
  ids.length ? ids.filter((id) => !sets.some((s) => s.has(id))).length / ids.length : 0;

export function textSignals(doc: DedupDoc, members: readonly DedupDoc[], t: TermSide): number[] {
  const a = info(doc);
  const ms = members.map(info);
  const first = ms[0]!;
  const c = a.cues;
  const isNew = c.repeat + c.ordinal + c.past > 0 ? 1 : 0;
  const storyNew = first.cues.repeat + first.cues.ordinal + first.cues.past > 0 ? 1 : 0;
  const leadMissing = missing(
    a.leadNames,
    ms.map((m) => m.head),
  );
  const storyMissing = missing(first.leadNames, [a.head]);
  const shared = [...a.titleWords].filter((w) => first.titleWords.has(w)).length;
  const overlap = shared / (new Set([...a.titleWords, ...first.titleWords]).size || 1);
  const titleMissing = missing(
    a.titleNames,
    ms.map((m) => m.head),
  );
  return [
    c.repeat,
    c.ordinal,
    c.past,
    c.followUp,
    isNew,
    isNew - (c.followUp > 0 ? 1 : 0),
    storyNew,
    isNew && !storyNew ? 1 : 0,
    leadMissing,
    storyMissing,
    leadMissing * storyMissing,
    titleMissing,
    overlap,
    overlap * leadMissing,
    ...termSignals(a, first, t),
  ];
}

function termSignals(a: DocInfo, first: DocInfo, t: TermSide): number[] {
  const leadIds = a.leadNames.map((n) => termId(`e:${n}`));
  const centroid = new Set(t.centroid.terms);
  const leadVsCentroid = idsMissing(leadIds, [centroid]);
  const leadVsMembers = idsMissing(leadIds, t.memberIds);
  const storyLead = idsMissing(
    first.leadNames.map((n) => termId(`e:${n}`)),
    [t.articleIds],
  );
  let all = 0;
  let miss = 0;
  t.centroid.terms.forEach((id, j) => {
    if (kindOfId(id) !== NAMES) return;
    const w = t.centroid.weights[j]! ** 2;
    all += w;
    if (!t.articleIds.has(id)) miss += w;
  });
  const centroidNames = all > 0 ? miss / all : 0;
  const names: [number, number][] = [];
  t.centroid.terms.forEach((id, j) => {
    if (kindOfId(id) === NAMES) names.push([id, t.centroid.weights[j]! ** 2]);
  });
  const wordsMissing = (list: [number, number][]) => {
    const tot = list.reduce((s, [, w]) => s + w, 0);
    return tot > 0 ? list.filter(([id]) => !t.articleWords.has(id)).reduce((s, [, w]) => s + w, 0) / tot : 0;
  };
  return [
    leadVsCentroid,
    leadVsMembers,
    storyLead,
    centroidNames,
    leadVsCentroid * centroidNames,
    leadVsMembers * storyLead,
    wordsMissing(names),
    wordsMissing(names.slice(0, 4)),
    wordsMissing(names.slice(0, 8)),
    idsMissing(
      first.leadNames.map((n) => termId(`e:${n}`)),
      [t.articleWords],
    ),
  ];
}

const wordCache = new WeakMap<DedupDoc, Set<number>>();

/** e: term ids of every word and word pair of a text's head (see TermSide.articleWords). */
export function mentionIds(d: DedupDoc): Set<number> {
  let out = wordCache.get(d);
  if (out) return out;
  const w = normalizeText(`${d.title}\n${d.text.slice(0, 5000)}`).split(' ');
  out = new Set<number>();
  for (let i = 0; i < w.length; i++) {
    out.add(termId(`e:${w[i]}`));
    if (i + 1 < w.length) out.add(termId(`e:${w[i]} ${w[i + 1]}`));
  }
  wordCache.set(d, out);
  return out;
}
