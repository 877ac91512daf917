// Does a contrast between candidate stories pick the right one among kind-mates (issue 16)? For development:
//   node dist/bench/story-rival.js [N]   ECB+ undated in file order, and each corpus (whole and cut to small
//                                        stories) re-timed in N seeds (default 3; RETIME_SPAN_DAYS, STORY_REACH as
//                                        for story-trace.js), clustered as `deltafeed cluster` does.
// At every decision where two or more candidates score within CLOSE log-odds of the top one, and one of those
// close candidates is the article's own story (commonest gold story of its articles so far, as they stand then),
// the current pair score z is compared with z plus one contrast feature at a few hand-set weights: how often
// each picks the right candidate among the close ones, and the AUC of right over wrong candidates (pairs within a
// decision). Contrasts, of a candidate s against r, the best-scored other candidate (the "best rival"):
//   names    specificity of the article's names, places, numbers and headline words (best per root, as the
//            pair model's `evidence`) that s holds and r does not, less those r holds and s does not
//   share    the same over the article's total specificity (0 to 1 a side)
//   own      s's `ownEvidence` (terms no other candidate holds) less the best of the others'
//   cosX     s's `cosExclusive` less r's
// Nothing here changes a decision: the deduper decides as shipped; the figures are what a re-ranking would pick.
import { createDeduper, type DedupDoc, type ScoredStory } from '../src/dedup/deduper.js';
import type { PreparedDoc } from '../src/dedup/copies.js';
import type { LookupQuery, LookupResult, TimeWindow } from '../src/dedup/index-types.js';
import { MemoryDedupIndex } from '../src/dedup/memory-index.js';
import { MemoryStoryRedirects } from '../src/dedup/story-merge.js';
import { loadStoryModel } from '../src/dedup/story-model.js';
import { PAIR_FEATURES } from '../src/dedup/story-score.js';
import { STORY_GAP_PRIOR, STORY_REACH_MS } from '../src/dedup/story-time.js';
import { articleVector, IDF_PRIOR_DOCS, type ArticleVector } from '../src/dedup/story-vector.js';
import { parseDateText } from '../src/util/dates.js';
import { devCorpora, type Corpus } from './support/corpora.js';
import { gapPriorFromEnv, memoryFromEnv, reachesFromEnv, retimed, SPAN_DAYS } from './support/retime.js';
import { smallStories } from './support/small-stories.js';
import { youngStoriesFromEnv } from './support/young-env.js';

const CLOSE = Number(process.env.RIVAL_CLOSE || 1.5);
const COS_EXCLUSIVE = PAIR_FEATURES.indexOf('cosExclusive');
const CONTRASTS = ['names', 'share', 'own', 'cosX'] as const;
type Contrast = (typeof CONTRASTS)[number];
/** Hand-set weights per contrast (log-odds per unit), picked from the features' scales, not fitted. */
const WEIGHTS: Record<Contrast, number[]> = {
  names: [0.25, 0.5, 1, 2],
  share: [1, 2, 4, 8],
  own: [0.25, 0.5, 1, 2],
  cosX: [1, 2, 4, 8],
};

/** One candidate of a close decision: its z, its contrasts, whether it is the article's own story. */
interface Cand {
  z: number;
  right: boolean;
  f: Record<Contrast, number>;
}
interface Decision {
  cands: Cand[];
  joined: boolean;
}

/** The memory index, remembering the document frequencies of the last lookup (to rebuild the article's vector). */
class WatchedIndex extends MemoryDedupIndex {
  last: LookupResult | null = null;
  override async lookup(q: LookupQuery, at: TimeWindow): Promise<LookupResult> {
    this.last = await super.lookup(q, at);
    return this.last;
  }
}

/** Best specificity per root of the article's terms that `a` holds and `b` does not (b null: all `a` holds). */
function heldOnly(v: ArticleVector, a: ReadonlySet<number>, b: ReadonlySet<number> | null): number {
  const best = new Float64Array(v.rootCount);
  for (let i = 0; i < v.ids.length; i++) {
    const r = v.roots[i]!;
    if (r < 0 || !a.has(v.ids[i]!) || b?.has(v.ids[i]!)) continue;
    best[r] = Math.max(best[r]!, v.specificities[i]!);
  }
  return best.reduce((s, x) => s + x, 0);
}

function totalSpecificity(v: ArticleVector): number {
  const best = new Float64Array(v.rootCount);
  for (let i = 0; i < v.ids.length; i++)
    if (v.roots[i]! >= 0) best[v.roots[i]!] = Math.max(best[v.roots[i]!]!, v.specificities[i]!);
  return best.reduce((s, x) => s + x, 0) || 1;
}

function contrasts(v: ArticleVector, scored: readonly ScoredStory[]): Record<Contrast, number>[] {
  const sets = scored.map((s) => new Set(s.story.terms));
  const total = totalSpecificity(v);
  return scored.map((s, i) => {
    let r = -1;
    scored.forEach((o, j) => {
      if (j !== i && (r < 0 || o.z > scored[r]!.z)) r = j;
    });
    if (r < 0) return { names: 0, share: 0, own: 0, cosX: 0 };
    const names = heldOnly(v, sets[i]!, sets[r]!) - heldOnly(v, sets[r]!, sets[i]!);
    const bestOwn = Math.max(...scored.filter((_, j) => j !== i).map((o) => o.evidence.ownEvidence));
    return {
      names,
      share: names / total,
      own: s.evidence.ownEvidence - bestOwn,
      cosX: s.evidence.x[COS_EXCLUSIVE]! - scored[r]!.evidence.x[COS_EXCLUSIVE]!,
    };
  });
}

/** Cluster the corpus in time order (file order when undated) and collect its close decisions. */
async function collect(c: Corpus, out: Decision[]): Promise<void> {
  const reach = process.env.STORY_REACH ? reachesFromEnv()[0]!.ms : STORY_REACH_MS;
  const timeOf = (d: DedupDoc) => (d.published ? parseDateText(d.published) : 0);
  const order = c.docs.map((d, i) => ({ i, t: timeOf(d) })).sort((a, b) => a.t - b.t || a.i - b.i);
  const redirects = new MemoryStoryRedirects();
  const index = new WatchedIndex();
  const prepared = new WeakMap<DedupDoc, PreparedDoc>();
  const model = loadStoryModel();
  let latest = 0;
  let scoredNow: readonly ScoredStory[] = [];
  const deduper = createDeduper(index, {
    redirects,
    model,
    youngStories: youngStoriesFromEnv(),
    storyWindowMs: reach,
    storyMemoryMs: memoryFromEnv(),
    gapPrior: gapPriorFromEnv() ?? STORY_GAP_PRIOR,
    now: () => latest,
    prepared,
    onScored: (_d, s) => (scoredNow = s),
  });
  const story = new Map<number, string>();
  for (const { i, t } of order) {
    latest = Math.max(latest, t);
    scoredNow = [];
    const doc = c.docs[i]!;
    const r = await deduper.assign(doc);
    const scored = scoredNow;
    const top = Math.max(...scored.map((s) => s.z));
    const close = scored.filter((s) => top - s.z <= CLOSE);
    if (close.length >= 2 && index.last) {
      // The gold story each candidate stands for, as its articles stood before this one.
      const golds = new Map<string, Map<string, number>>();
      for (const [j, id] of story) {
        const f = redirects.final(id);
        const m = golds.get(f) ?? new Map<string, number>();
        m.set(c.gold[j]!, (m.get(c.gold[j]!) ?? 0) + 1);
        golds.set(f, m);
      }
      const commonest = (id: string) => [...(golds.get(redirects.final(id)) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0];
      const v = articleVector(
        prepared.get(doc)!.list,
        index.last.df,
        index.last.docs,
        IDF_PRIOR_DOCS,
        model.details.scoringTerms,
      );
      const fs = contrasts(v, scored);
      const cands = scored
        .map((s, k) => ({ z: s.z, right: commonest(s.story.id) === c.gold[i], f: fs[k]! }))
        .filter((s) => top - s.z <= CLOSE);
      if (cands.some((s) => s.right) && cands.some((s) => !s.right))
        out.push({ cands, joined: !r.newStory && r.features.match !== 'memory' && !r.duplicateOf });
    }
    story.set(i, r.storyId);
  }
}

/** Pick accuracy and right-over-wrong AUC of a score over the decisions. */
function rate(ds: readonly Decision[], score: (c: Cand) => number): { pick: number; auc: number } {
  let picks = 0;
  let won = 0;
  let pairs = 0;
  for (const d of ds) {
    const best = d.cands.reduce((a, b) => (score(b) > score(a) ? b : a));
    if (best.right) picks++;
    for (const a of d.cands)
      if (a.right)
        for (const b of d.cands)
          if (!b.right) {
            pairs++;
            won += score(a) > score(b) ? 1 : score(a) === score(b) ? 0.5 : 0;
          }
  }
  return { pick: picks / (ds.length || 1), auc: won / (pairs || 1) };
}

const f3 = (x: number) => x.toFixed(3);
function report(name: string, ds: readonly Decision[]): void {
  for (const [part, sub] of [
    ['all', ds],
    ['joined', ds.filter((d) => d.joined)],
  ] as const) {
    const base = rate(sub, (c) => c.z);
    const cells = [`z ${f3(base.pick)}/${f3(base.auc)}`];
    for (const k of CONTRASTS)
      for (const w of WEIGHTS[k]) {
        const r = rate(sub, (c) => c.z + w * c.f[k]);
        cells.push(`${k}*${w} ${f3(r.pick)}/${f3(r.auc)}`);
      }
    console.log(
      `${name} ${part}: ${sub.length} close decisions (top wrong ${f3(1 - base.pick)}); pick/AUC: ${cells.join(', ')}`,
    );
  }
}

const seeds = Number(process.argv[2] ?? 3);
const which = process.env.RIVAL_ONLY ?? 'undated,retimed';
for (const c of devCorpora()) {
  if (which.includes('undated') && c.docs.every((d) => !d.published)) {
    const ds: Decision[] = [];
    await collect(c, ds);
    report(`${c.name} undated file order`, ds);
  }
  if (!which.includes('retimed')) continue;
  for (const cut of ['whole', 'small'] as const) {
    const ds: Decision[] = [];
    for (let s = 1; s <= seeds; s++) await collect(retimed(cut === 'small' ? smallStories(c, s) : c, s), ds);
    report(`${c.name} ${cut} ${SPAN_DAYS}d ${seeds} seeds`, ds);
  }
}
