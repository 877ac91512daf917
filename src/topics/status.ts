// Topic status rules (CONTRACT §2 `statuses`): checked top to bottom against an article's topic sentences; the
// first rule with evidence names the article's status. A rule term that is negated or hedged where it occurs
// ("has not been formally invited", "whether Kyiv would be formally invited") is not evidence.
import {
  compileQuery,
  matchQuery,
  matchedTerms,
  type AcceptSpan,
  type CompiledQuery,
  type PreparedText,
} from './query.js';
import type { StatusRule } from '../config/schema.js';

export interface CompiledStatusRule {
  id: string;
  label: string;
  when: CompiledQuery;
}

export interface StatusCandidate {
  text: string;
  prepared: PreparedText;
}

export interface StatusFinding<C extends StatusCandidate = StatusCandidate> {
  rule: CompiledStatusRule;
  candidate: C;
  /** The rule's terms found in the sentence. */
  terms: string[];
}

export function compileStatusRules(rules: readonly StatusRule[]): CompiledStatusRule[] {
  return rules.map((r) => ({ id: r.id, label: r.label, when: compileQuery(r.when) }));
}

/** Words that, shortly before a term, make it no evidence of a fact. "t" is what remains of "n't". */
const UNASSERTED = new Set(
  (
    'not no never t nor neither without whether if unless could would might may should hope hopes hoped hoping ' +
    'want wants wanted seek seeks sought until yet unlikely'
  ).split(' '),
);
const WINDOW = 4;

/** Accepts a rule term's occurrence unless one of the few words before it negates or hedges it. */
export const asserted: AcceptSpan = (tokens, start) => {
  for (let i = Math.max(0, start - WINDOW); i < start; i++) if (UNASSERTED.has(tokens[i]!)) return false;
  return true;
};

/** The first rule (in order) that some candidate sentence asserts, with the first such sentence. */
export function findStatus<C extends StatusCandidate>(
  rules: readonly CompiledStatusRule[],
  candidates: readonly C[],
): StatusFinding<C> | null {
  for (const rule of rules) {
    for (const candidate of candidates) {
      if (matchQuery(rule.when, candidate.prepared, asserted)) {
        return { rule, candidate, terms: matchedTerms(rule.when, candidate.prepared) };
      }
    }
  }
  return null;
}

/** Whether any rule is asserted in a sentence (such sentences carry the topic even when they name it loosely). */
export function assertsAnyRule(rules: readonly CompiledStatusRule[], prepared: PreparedText): boolean {
  return rules.some((r) => matchQuery(r.when, prepared, asserted));
}
