// Which known claims a new sentence could be the same claim as. The engine compares a sentence only with claims
// that share a signature word or a quotation with it (any other has similarity 0 and no shared quote). Building
// that index from every claim costs more than the comparisons themselves when one topic state takes article
// after article (a backtest replays thousands), so a replay keeps one index across articles.
//
// While an article is applied the index may hold more than the state's claims had (the article's own sentences
// are filed as they come): it only proposes candidates, and the engine scores every candidate on the exact
// signatures and quotations of the state it was given, so an over-full index changes the cost, never a result.
// After the article, the claims it touched are filed again exactly and the claims the state dropped removed.
import type { Claim } from '../model.js';
import type { CompiledTopic } from './topic.js';
import { corroboration } from './claims.js';

/** Source sentences besides the claim's text that a new sentence is compared with (paraphrases drift). */
export const COMPARED_SOURCES = 3;

/** The sentences of a claim that a new sentence is compared with: its text and its latest sources. */
export function comparedSentences(c: Claim): string[] {
  return [c.text, ...c.sources.slice(-COMPARED_SOURCES).map((s) => s.sentence)];
}

/** Every quotation of a claim's text and sources. */
export function claimQuotes(topic: CompiledTopic, c: Claim): Set<string> {
  return new Set([c.text, ...c.sources.map((s) => s.sentence)].flatMap((t) => topic.quotations(t)));
}

export class ClaimIndex {
  private readonly byWord = new Map<string, Set<string>>();
  private readonly byQuote = new Map<string, Set<string>>();
  /** What each claim is filed under, to take it out again. */
  private readonly filed = new Map<string, { words: Set<string>; quotes: Set<string> }>();
  /** The state whose claims this index covers; any other state gets a fresh index. */
  syncedTo: object | null = null;
  private readonly outlets = new WeakMap<Claim, number>();
  private readonly sigs = new WeakMap<Claim, string[][]>();

  /**
   * A claim's corroboration, remembered: the engine never changes a claim it did not copy in the same call,
   * and it reads corroboration only once the call's changes are made.
   */
  corroboration(c: Claim): number {
    let n = this.outlets.get(c);
    if (n === undefined) this.outlets.set(c, (n = corroboration(c.sources)));
    return n;
  }

  /** Starts over with exactly the given claims' words and quotations. */
  rebuild(topic: CompiledTopic, claims: readonly Claim[]): void {
    this.byWord.clear();
    this.byQuote.clear();
    this.filed.clear();
    for (const c of claims) this.refile(topic, c);
  }

  /** Files a claim under exactly its current compared sentences' words and its quotations. */
  refile(topic: CompiledTopic, c: Claim): void {
    this.remove(c.id);
    for (const sig of this.signatures(topic, c)) this.addWords(c.id, sig);
    this.addQuotes(c.id, claimQuotes(topic, c));
  }

  /** Files more words under a claim (a sentence it gained while an article is applied). */
  addWords(claimId: string, signature: readonly string[]): void {
    const f = this.entry(claimId);
    for (const w of signature) {
      add(this.byWord, w, claimId);
      f.words.add(w);
    }
  }

  addQuotes(claimId: string, quotes: Iterable<string>): void {
    const f = this.entry(claimId);
    for (const q of quotes) {
      add(this.byQuote, q, claimId);
      f.quotes.add(q);
    }
  }

  remove(claimId: string): void {
    const f = this.filed.get(claimId);
    if (!f) return;
    for (const w of f.words) drop(this.byWord, w, claimId);
    for (const q of f.quotes) drop(this.byQuote, q, claimId);
    this.filed.delete(claimId);
  }

  /**
   * Claims that share a word or a quotation, in claim order, each as one number: its position in `claims` (via
   * `position`) times 256 plus how many of the signature's words it is filed under, counted up to 255 (decode
   * with candidatePosition and sharedWords). That count bounds the words the signature shares with any one of
   * the claim's compared sentences. Numbers rather than pairs: this runs for every sentence against every claim.
   */
  candidates(
    signature: readonly string[],
    quotes: readonly string[],
    position: ReadonlyMap<string, number>,
  ): Uint32Array {
    const shared = new Uint8Array(position.size + 1);
    const seen = new Uint8Array(position.size + 1);
    const near: number[] = [];
    const note = (ids: Set<string> | undefined, word: boolean) => {
      if (!ids) return;
      for (const id of ids) {
        const i = position.get(id);
        if (i === undefined) continue;
        if (!seen[i]) {
          seen[i] = 1;
          near.push(i);
        }
        const n = shared[i] ?? 0;
        if (word && n < MAX_SHARED) shared[i] = n + 1;
      }
    };
    for (const w of signature) note(this.byWord.get(w), true);
    for (const q of quotes) note(this.byQuote.get(q), false);
    const out = Uint32Array.from(near, (i) => i * 256 + (shared[i] ?? 0));
    return out.sort();
  }

  /** The signatures of a claim's compared sentences, remembered per claim object (see corroboration). */
  signatures(topic: CompiledTopic, c: Claim): string[][] {
    let v = this.sigs.get(c);
    if (!v) this.sigs.set(c, (v = comparedSentences(c).map((t) => topic.signature(t))));
    return v;
  }

  private entry(claimId: string): { words: Set<string>; quotes: Set<string> } {
    let f = this.filed.get(claimId);
    if (!f) this.filed.set(claimId, (f = { words: new Set(), quotes: new Set() }));
    return f;
  }
}

function add(m: Map<string, Set<string>>, k: string, id: string): void {
  const s = m.get(k);
  if (s) s.add(id);
  else m.set(k, new Set([id]));
}

function drop(m: Map<string, Set<string>>, k: string, id: string): void {
  const s = m.get(k);
  if (!s) return;
  s.delete(id);
  if (!s.size) m.delete(k);
}

/** The most shared words a candidate counts; at it, the count no longer bounds anything. */
export const MAX_SHARED = 255;
export const candidatePosition = (c: number): number => c >>> 8;
/** The shared words of a candidate, counted up to MAX_SHARED. */
export const sharedWords = (c: number): number => c & 255;
