// SCRATCH (development only, reverted in the next commit; docs/benchmarks.md, "Novelty and event frames"):
// the event frame of a story, the participants its first article names in its headline and lead, and what an
// article's text mentions at all, kept in process: the index does not store them, so this runs only in
// `deltafeed cluster` and the benches, and is not Redis-consistent.
import { entitiesOf } from './features.js';
import { termId } from './hash.js';
import { normalizeText } from './text.js';

const FRAME_LEAD_CHARS = 400;
const FRAME_NAMES = 6;
const HEAD_CHARS = 5000;

/** Ids (as e: terms) of the last words of the names in an article's headline and lead, at most FRAME_NAMES. */
export function frameIds(title: string, text: string): number[] {
  const body = text.startsWith(title) ? text.slice(title.length) : text;
  const out: number[] = [];
  for (const e of entitiesOf(`${title}.\n${body.slice(0, FRAME_LEAD_CHARS)}`)) {
    const last = e.slice(e.lastIndexOf(' ') + 1);
    if (last.length < 3) continue;
    const id = termId(`e:${last}`);
    if (!out.includes(id)) out.push(id);
    if (out.length >= FRAME_NAMES) break;
  }
  return out;
}

/** Ids (as e: terms) of every word of an article's head, in any case or position: what it mentions at all. */
export function mentionIds(title: string, text: string): Set<number> {
  const out = new Set<number>();
  for (const w of normalizeText(`${title}\n${text.slice(0, HEAD_CHARS)}`).split(' ')) if (w) out.add(termId(`e:${w}`));
  return out;
}

export const FRAME_FEATURES = ['frameMissing', 'frameUnmentioned', 'frameBoth'] as const;

/** The frame of each story's first article and the words each story's articles mention, in process. */
export class FrameMemory {
  private frames = new Map<string, number[]>();
  private mentions = new Map<string, Set<number>>();
  private article: { frame: number[]; mentions: Set<number> } = { frame: [], mentions: new Set() };

  read(title: string, text: string): void {
    this.article = { frame: frameIds(title, text), mentions: mentionIds(title, text) };
  }

  /**
   * [frameMissing, frameUnmentioned, frameBoth] of the article read last against a story: the share of the story's
   * frame the article never mentions, the share of the article's frame the story's articles never mention, and
   * their product.
   */
  features(rawId: string, finalId: string): [number, number, number] {
    const frame = this.frames.get(rawId) ?? [];
    const missing = frame.length ? frame.filter((id) => !this.article.mentions.has(id)).length / frame.length : 0;
    const said = [this.mentions.get(rawId), this.mentions.get(finalId)].filter((s) => s !== undefined);
    const f = this.article.frame;
    const unmentioned = f.length && said.length ? f.filter((id) => !said.some((s) => s.has(id))).length / f.length : 0;
    return [missing, unmentioned, missing * unmentioned];
  }

  joined(storyId: string, isNew: boolean): void {
    if (isNew) this.frames.set(storyId, this.article.frame);
    let s = this.mentions.get(storyId);
    if (!s) this.mentions.set(storyId, (s = new Set()));
    for (const id of this.article.mentions) s.add(id);
  }
}
