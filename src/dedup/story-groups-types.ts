// Hindsight splits in the stream (issue 16): the dedup index keeps each story whole (its centroid finds it), and
// beside it each index story is kept as one or more GROUPS of its articles; a group that turns out to be two
// cohesive halves far apart (two incidents of one kind that the shared words joined) is cut, and every group is
// a public story of its own. The same core (story-groups.ts) runs over the memory state in `deltafeed cluster`
// and over Redis in the pipeline, so a backtest cuts as the pipeline does. These are the types both share.
import type { DedupDoc } from './deduper.js';

/** One group of an index story: its public story id (label) and its articles, in arrival order. */
export interface StoryGroup {
  label: string;
  members: string[];
  /** The label of the group this one was cut from (absent for the group that kept the index story's id). */
  splitFrom?: string;
}

/** What the groups layer remembers and reads; the pipeline's is Redis, `deltafeed cluster`'s is memory. */
export interface StoryGroupsState {
  /** The groups of an index story, or null when none are kept (a story the layer has not seen). */
  groups(indexStoryId: string): Promise<StoryGroup[] | null>;
  /** Write the groups of index stories at once; null deletes them (an index story absorbed by a late merge). */
  save(changes: ReadonlyMap<string, StoryGroup[] | null>): Promise<void>;
  /** Member articles as the deduper saw them (title, text, published); ids not found are left out. */
  docs(ids: readonly string[]): Promise<Map<string, DedupDoc>>;
  /** Document frequencies of term ids (see termId), as the dedup index counts them now, and its article count. */
  df(terms: readonly number[]): Promise<{ docs: number; df: number[] }>;
}

/** The outcome of one article for the public stories. */
export interface GroupsStep {
  /** The article's public story id: the label of the group it was placed in. */
  storyId: string;
  /** The index story the groups belong to (the deduper's storyId). */
  indexStoryId: string;
  /** Every group of that index story after the step. */
  groups: StoryGroup[];
  /** Labels that no longer exist (a merged story's groups joined other groups), each with the label holding it now. */
  gone: Array<{ label: string; into: string }>;
  /** Whether any group was cut or moved in this step (false: the article only joined its group). */
  regrouped: boolean;
}
