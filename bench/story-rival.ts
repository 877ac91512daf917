// Does a contrast between candidate stories pick the right one among kind-mates (issue 16)? For development:
//   node dist/bench/story-rival.js [N]   ECB+ undated in file order, and each corpus (whole and cut to small
//                                        stories) re-timed in N seeds (default 3; RETIME_SPAN_DAYS, STORY_REACH as
//                                        for story-trace.js), clustered as `deltafeed cluster` does; ECB+
//                                        also in N seeded shuffles. RIVAL_ONLY=undated or =retimed: one part.
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
import { MemoryStoryRedirects } from '../src/dedup/story-merge.js';
import { loadStoryModel } from '../src/dedup/story-model.js';
import { STORY_GAP_PRIOR, STORY_REACH_MS } from '../src/dedup/story-time.js';
import { parseDateText } from '../src/util/dates.js';
import { shuffled } from '../simulation/prng.js';
import { devCorpora, type Corpus } from './support/corpora.js';
import { gapPriorFromEnv, memoryFromEnv, reachesFromEnv, retimed, SPAN_DAYS } from './support/retime.js';
import { smallStories } from './support/small-stories.js';
import { youngStoriesFromEnv } from './support/young-env.js';
import { CLOSE, CONTRASTS, contrasts, vectorOf, WatchedIndex, type Contrast } from './support/rival.js';

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
      const fs = contrasts(vectorOf(index, prepared.get(doc)!, model), scored);
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
const pooled: Decision[] = [];
for (const c of devCorpora()) {
  if (which.includes('undated') && c.docs.every((d) => !d.published)) {
    const ds: Decision[] = [];
    await collect(c, ds);
    report(`${c.name} undated file order`, ds);
    // Undated, any order is a valid stream: the same in seeded shuffles, as story-eval.js orders does.
    const sh: Decision[] = [];
    for (let s = 1; s <= seeds; s++) {
      const idx = shuffled(
        c.docs.map((_, i) => i),
        s,
      );
      await collect({ ...c, docs: idx.map((i) => c.docs[i]!), gold: idx.map((i) => c.gold[i]!) }, sh);
    }
    report(`${c.name} undated ${seeds} shuffles`, sh);
  }
  if (!which.includes('retimed')) continue;
  for (const cut of ['whole', 'small'] as const) {
    const ds: Decision[] = [];
    for (let s = 1; s <= seeds; s++) await collect(retimed(cut === 'small' ? smallStories(c, s) : c, s), ds);
    report(`${c.name} ${cut} ${SPAN_DAYS}d ${seeds} seeds`, ds);
    pooled.push(...ds);
  }
}
if (pooled.length) report(`pooled re-timed cells ${SPAN_DAYS}d ${seeds} seeds`, pooled);
