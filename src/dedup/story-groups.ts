// Hindsight splits in the stream (issue 16), one core for `deltafeed cluster` and the pipeline: beside each index
// story, the groups it was cut into (story-groups-types.ts). After each article, the groups of index stories a late
// merge absorbed are placed block by block into the survivor's (each block into the group closest to it by mean
// cosine, which is then tested for a cut), and the article goes to its story's closest group, which is tested the
// same way (splitMembers). Decisions only: what is remembered and read goes through StoryGroupsState, and the IDF
// is the dedup index's own document-frequency sketch, which the pipeline has anyway (no private counts to keep).
import { storyIdFor, type DedupDoc } from './deduper.js';
import { articleTerms } from './features.js';
import type { TimeWindow } from './index-types.js';
import { cosine, type SparseVector } from './sparse-vector.js';
import { publishedMs, splitMembers, tfidfVector, type SplitCut, type SplitRule } from './story-split.js';
import type { GroupsStep, StoryGroup, StoryGroupsState } from './story-groups-types.js';
import { IDF_PRIOR_DOCS, termList } from './story-vector.js';
import { LRUCache } from 'lru-cache';

/** A member as the groups compare it: its terms (factor before IDF, and term id for the sketch) and its time. */
export interface MemberTerms {
  factors: Map<string, number>;
  ids: Map<string, number>;
  /** Epoch ms of `published`; NaN undated. */
  time: number;
}

export function memberTerms(doc: DedupDoc): MemberTerms {
  const list = termList(articleTerms(doc.title, doc.text));
  const factors = new Map<string, number>();
  const ids = new Map<string, number>();
  list.names.forEach((n, i) => {
    factors.set(n, list.factors[i]!);
    ids.set(n, list.ids[i]!);
  });
  return { factors, ids, time: publishedMs([doc])[0]! };
}

/**
 * Members whose terms one process keeps: a step reads its story's members again and again, and tokenizing a
 * text costs more than comparing it. A few thousand cover the live stories of a busy worker; a miss only reads.
 */
export const MEMBER_CACHE = 4096;

export interface StoryGroupsOptions {
  /** The IDF prior (see IDF_PRIOR_DOCS). */
  idfPrior?: number;
  /** Members' terms kept in process (MEMBER_CACHE). */
  cacheSize?: number;
  /** Hears each cut: the index story, splitMembers' cuts and the members (ids) it was given, in order. */
  onCut?: (indexStoryId: string, cuts: SplitCut['cuts'], members: readonly string[]) => void;
}

/** What one step has read: members' terms, the document frequencies by term, the vectors made of them. */
interface Step {
  /** The article of the step, tokenized only if a comparison needs it (most joins need none). */
  atHand: Map<string, DedupDoc>;
  terms: Map<string, MemberTerms>;
  df: Map<string, number>;
  docs: number;
  vectors: Map<string, SparseVector>;
}

/** A label that lost its group this step, and the member that says where the group went. */
interface Gone {
  label: string;
  first: string;
}

const copyGroups = (gs: readonly StoryGroup[] | null): StoryGroup[] =>
  (gs ?? []).map((g) => ({ ...g, members: [...g.members] }));

export class StoryGroups {
  private readonly cache: LRUCache<string, MemberTerms>;
  private readonly idfPrior: number;

  constructor(
    private readonly rule: SplitRule,
    private readonly state: StoryGroupsState,
    private readonly opts: StoryGroupsOptions = {},
  ) {
    this.cache = new LRUCache({ max: opts.cacheSize ?? MEMBER_CACHE });
    this.idfPrior = opts.idfPrior ?? IDF_PRIOR_DOCS;
  }

  /**
   * Article `doc` is in index story `indexStoryId` now, which absorbed the index stories `merged` in this step
   * (late merges). An article already a member changes nothing (a retried job) and answers the groups as they are.
   */
  async add(
    doc: DedupDoc,
    indexStoryId: string,
    merged: readonly string[] = [],
    _at?: TimeWindow,
  ): Promise<GroupsStep> {
    const gs = copyGroups(await this.state.groups(indexStoryId));
    const holder = gs.find((g) => g.members.includes(doc.id));
    if (holder) return { storyId: holder.label, indexStoryId, groups: gs, gone: [], regrouped: false };
    const step: Step = {
      atHand: new Map([[doc.id, doc]]),
      terms: new Map(),
      df: new Map(),
      docs: -1,
      vectors: new Map(),
    };
    const changes = new Map<string, StoryGroup[] | null>();
    const gone: Gone[] = [];
    let regrouped = await this.absorb(step, indexStoryId, gs, merged, changes, gone);
    if (!gs.length) gs.push({ label: indexStoryId, members: [doc.id] });
    else regrouped = (await this.place(step, indexStoryId, gs, [doc.id], false)) || regrouped;
    changes.set(indexStoryId, gs);
    await this.state.save(changes);
    const storyId = gs.find((g) => g.members.includes(doc.id))!.label;
    return { storyId, indexStoryId, groups: gs, gone: resolveGone(gone, gs), regrouped };
  }

  /**
   * Index story `indexStoryId` absorbed `absorbed` without an article of its own (a held pair's wait ended, say):
   * their groups are placed as add() places them. `storyId` is then the label of the story's first group.
   */
  async merge(indexStoryId: string, absorbed: readonly string[]): Promise<GroupsStep> {
    const gs = copyGroups(await this.state.groups(indexStoryId));
    const step: Step = { atHand: new Map(), terms: new Map(), df: new Map(), docs: -1, vectors: new Map() };
    const changes = new Map<string, StoryGroup[] | null>();
    const gone: Gone[] = [];
    const regrouped = await this.absorb(step, indexStoryId, gs, absorbed, changes, gone);
    if (changes.size) {
      changes.set(indexStoryId, gs);
      await this.state.save(changes);
    }
    const storyId = gs[0]?.label ?? indexStoryId;
    return { storyId, indexStoryId, groups: gs, gone: resolveGone(gone, gs), regrouped };
  }

  /** Each absorbed story's groups into `gs` (the first one's as they are when `gs` has none); true if any moved. */
  private async absorb(
    step: Step,
    id: string,
    gs: StoryGroup[],
    merged: readonly string[],
    changes: Map<string, StoryGroup[] | null>,
    gone: Gone[],
  ): Promise<boolean> {
    let moved = false;
    for (const m of new Set(merged)) {
      if (m === id) continue;
      const blocks = await this.state.groups(m);
      if (!blocks) continue;
      changes.set(m, null);
      if (!gs.length) {
        gs.push(...copyGroups(blocks));
        continue;
      }
      for (const b of blocks) {
        if (!b.members.length) continue;
        gone.push({ label: b.label, first: b.members[0]! });
        await this.place(step, id, gs, b.members, true);
        moved = true;
      }
    }
    return moved;
  }

  /**
   * `block` joins the group of `gs` closest to it (mean cosine of the block's and the group's last `recent`
   * members), which is then tested for a cut unless it has more than `most` members. True when it was cut.
   */
  private async place(
    step: Step,
    id: string,
    gs: StoryGroup[],
    block: readonly string[],
    merging: boolean,
  ): Promise<boolean> {
    // One group (nearly every story) is the closest without a comparison: nothing to read or tokenize.
    const best = gs.length > 1 ? await this.closest(step, gs, block) : 0;
    const g = gs[best]!;
    if (merging) {
      // Arrival order across the two is not known; publication order is the closest to it (undated last).
      await this.read(step, [...g.members, ...block]);
      g.members = byTime(g.members, block, (m) => step.terms.get(m)?.time ?? NaN);
    } else g.members.push(...block);
    if (g.members.length < this.rule.minSize || g.members.length > this.rule.most) return false;
    return this.test(step, id, gs, best);
  }

  /** The group of `gs` closest to `block`: mean cosine of the block's and each group's last `recent` members. */
  private async closest(step: Step, gs: readonly StoryGroup[], block: readonly string[]): Promise<number> {
    const recent = (ms: readonly string[]) => ms.slice(-this.rule.recent);
    await this.read(step, [...recent(block), ...gs.flatMap((g) => recent(g.members))]);
    const bv = this.vectors(step, recent(block));
    let best = 0;
    let bestSim = -Infinity;
    gs.forEach((g, k) => {
      const gv = this.vectors(step, recent(g.members));
      let sum = 0;
      for (const a of gv) for (const b of bv) sum += cosine(a, b);
      const sim = gv.length && bv.length ? sum / (gv.length * bv.length) : -Infinity;
      if (sim > bestSim) [best, bestSim] = [k, sim];
    });
    return best;
  }

  /** Test group `k` of `gs` for a cut and replace it by its parts; true when it was cut. */
  private async test(step: Step, id: string, gs: StoryGroup[], k: number): Promise<boolean> {
    const g = gs[k]!;
    await this.read(step, g.members);
    // A member whose text is gone (expired) is not compared; it stays with the group's first part.
    const present = g.members.filter((m) => step.terms.has(m));
    const cut = splitMembers(
      this.vectors(step, present),
      this.rule,
      present.map((m) => step.terms.get(m)!.time),
    );
    if (cut.groups.length < 2) return false;
    this.opts.onCut?.(id, cut.cuts, present);
    const parts = cut.groups.map((h) => h.map((i) => present[i]!));
    const moved = new Set(parts.slice(1).flat());
    const keep: StoryGroup = { ...g, members: g.members.filter((m) => !moved.has(m)) };
    // The part holding the group's first member keeps its label; splitMembers puts the earliest present first.
    const others = parts.slice(1).map((p) => ({ label: storyIdFor(p[0]!), members: p, splitFrom: g.label }));
    gs.splice(k, 1, keep, ...others);
    return true;
  }

  /** Make sure the step holds the terms of `ids` (from the cache, else read) and the document frequencies of all. */
  private async read(step: Step, ids: readonly string[]): Promise<void> {
    const missing: string[] = [];
    for (const m of new Set(ids)) {
      if (step.terms.has(m)) continue;
      const d = step.atHand.get(m);
      const t = this.cache.get(m) ?? (d ? memberTerms(d) : undefined);
      if (t) {
        this.cache.set(m, t);
        step.terms.set(m, t);
      } else missing.push(m);
    }
    if (missing.length) {
      for (const [m, d] of await this.state.docs(missing)) {
        const t = memberTerms(d);
        this.cache.set(m, t);
        step.terms.set(m, t);
      }
    }
    const names: string[] = [];
    const termIds: number[] = [];
    const asked = new Set<string>();
    for (const m of ids) {
      const t = step.terms.get(m);
      if (t)
        for (const [n, tid] of t.ids)
          if (!step.df.has(n) && !asked.has(n)) {
            asked.add(n);
            names.push(n);
            termIds.push(tid);
          }
    }
    if (!names.length && step.docs >= 0) return;
    const got = await this.state.df(termIds);
    // One article count a step, so that every vector of the step is weighed alike.
    if (step.docs < 0) step.docs = got.docs;
    names.forEach((n, i) => step.df.set(n, got.df[i] ?? 0));
  }

  /** The TF-IDF vectors of the members of `ids` the step holds, in order. */
  private vectors(step: Step, ids: readonly string[]): SparseVector[] {
    const out: SparseVector[] = [];
    for (const m of ids) {
      let v = step.vectors.get(m);
      if (!v) {
        const t = step.terms.get(m);
        if (!t) continue;
        v = tfidfVector(t.factors, step.df, step.docs, this.idfPrior, this.rule.terms);
        step.vectors.set(m, v);
      }
      out.push(v);
    }
    return out;
  }
}

/** Two member lists, each in order, merged by time (stable: ties and undated members keep `a` first). */
function byTime(a: readonly string[], b: readonly string[], time: (m: string) => number): string[] {
  const out: string[] = [];
  let j = 0;
  for (const m of a) {
    while (j < b.length && time(b[j]!) < time(m)) out.push(b[j++]!);
    out.push(m);
  }
  return [...out, ...b.slice(j)];
}

/** Where each label that lost its group went: the label of the group holding its first member now. */
function resolveGone(gone: readonly Gone[], gs: readonly StoryGroup[]): GroupsStep['gone'] {
  const live = new Set(gs.map((g) => g.label));
  const out: GroupsStep['gone'] = [];
  for (const { label, first } of gone) {
    if (live.has(label)) continue;
    const into = gs.find((g) => g.members.includes(first))?.label;
    if (into !== undefined && !out.some((o) => o.label === label)) out.push({ label, into });
  }
  return out;
}
