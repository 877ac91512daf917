// A topic compiled once from its configuration, and the choice of an article's sentences that carry it.
import type { TopicConfig } from '../config/schema.js';
import {
  anyQueryPrefilter,
  compileQuery,
  conjuncts,
  isQueryWord,
  matchQuery,
  prepareText,
  type CompiledQuery,
  type PreparedText,
} from './query.js';
import { assertsAnyRule, compileStatusRules, type CompiledStatusRule } from './status.js';
import { claimSignature, quotations } from './claims.js';

/** Sentences whose signatures (and quotations) one compiled topic remembers; past it the memory starts over. */
const SIGNATURE_CACHE = 20_000;

export interface CompiledTopic {
  id: string;
  title: string;
  query: CompiledQuery;
  positive: CompiledQuery[];
  negative: CompiledQuery[];
  statuses: CompiledStatusRule[];
  /** Whether a folded word is one of the topic's own query terms. */
  isTopicWord: (word: string) => boolean;
  /**
   * claimSignature(sentence, isTopicWord), remembered: the engine compares each new sentence with the known
   * claims' sentences, which are the same from one article to the next.
   */
  signature(sentence: string): string[];
  /** quotations(sentence), remembered for the same reason (each known claim's every source is searched). */
  quotations(sentence: string): string[];
  /**
   * False for a paragraph none of whose sentences can carry the topic (none can match the query or any of its
   * positive clauses, by queryPrefilter): selectTopicSentences would choose none of them.
   */
  mayCarry: (paragraph: string) => boolean;
}

export function compileTopic(cfg: TopicConfig): CompiledTopic {
  const query = compileQuery(cfg.query);
  const { positive, negative } = conjuncts(query);
  const known = new Map<string, boolean>();
  const signatures = new Map<string, string[]>();
  const quotes = new Map<string, string[]>();
  const remember = (cache: Map<string, string[]>, sentence: string, make: () => string[]): string[] => {
    let v = cache.get(sentence);
    if (v === undefined) {
      if (cache.size >= SIGNATURE_CACHE) cache.clear();
      cache.set(sentence, (v = make()));
    }
    return v;
  };
  const isTopicWord = (word: string): boolean => {
    let v = known.get(word);
    if (v === undefined) known.set(word, (v = isQueryWord(query, word)));
    return v;
  };
  return {
    id: cfg.id,
    title: cfg.title,
    query,
    positive,
    negative,
    statuses: compileStatusRules(cfg.statuses),
    isTopicWord,
    signature: (sentence) => remember(signatures, sentence, () => claimSignature(sentence, isTopicWord)),
    quotations: (sentence) => remember(quotes, sentence, () => quotations(sentence)),
    mayCarry: anyQueryPrefilter([query, ...positive]),
  };
}

export type SentenceReason = 'query' | 'most-clauses' | 'status-rule' | 'paragraph';

export interface TopicSentence {
  text: string;
  prepared: PreparedText;
  paragraph: number;
  /** Why the sentence counts as carrying the topic. */
  reason: SentenceReason;
}

/**
 * The sentences of an article (already known to match the topic) that carry the topic. A sentence rarely
 * repeats the whole query, so besides full matches this keeps sentences that match all the query's top-level
 * AND clauses but one, sentences that assert a status rule and name one clause, and sentences that name one
 * clause in a paragraph that carries the topic ("An invitation, officials argue, is the only real guarantee.").
 * A sentence that matches a NOT clause never counts.
 */
export function selectTopicSentences(topic: CompiledTopic, paragraphs: string[][]): TopicSentence[] {
  const n = topic.positive.length;
  const strongAt = Math.max(1, n - 1);
  const scored = paragraphs.flatMap((sents, paragraph) =>
    sents.map((text) => {
      const prepared = prepareText(text);
      const excluded = topic.negative.some((q) => matchQuery(q, prepared));
      const clauses = excluded ? 0 : topic.positive.filter((q) => matchQuery(q, prepared)).length;
      let reason: SentenceReason | null = null;
      if (!excluded && matchQuery(topic.query, prepared)) reason = 'query';
      else if (clauses >= strongAt) reason = 'most-clauses';
      else if (clauses >= 1 && assertsAnyRule(topic.statuses, prepared)) reason = 'status-rule';
      return { text, prepared, paragraph, clauses, reason };
    }),
  );
  const strongParagraphs = new Set(
    scored.filter((s) => s.reason === 'query' || s.reason === 'most-clauses').map((s) => s.paragraph),
  );
  const out: TopicSentence[] = [];
  for (const s of scored) {
    const reason = s.reason ?? (s.clauses >= 1 && strongParagraphs.has(s.paragraph) ? 'paragraph' : null);
    if (reason) out.push({ text: s.text, prepared: s.prepared, paragraph: s.paragraph, reason });
  }
  return out;
}
