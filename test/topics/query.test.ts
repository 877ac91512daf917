import { describe, expect, it } from 'vitest';
import {
  compileQuery,
  matchQuery,
  matchedTerms,
  prepareText,
  QuerySyntaxError,
  conjuncts,
  isQueryWord,
} from '../../src/topics/query.js';

const TOPIC =
  '(ukraine OR kyiv OR kiev OR zelensky*) AND (nato OR "north atlantic") AND (member* OR accession OR invit* OR join*)';

function syntaxError(src: string): QuerySyntaxError {
  try {
    compileQuery(src);
  } catch (err) {
    if (err instanceof QuerySyntaxError) return err;
    throw err;
  }
  throw new Error(`expected a syntax error for ${src}`);
}

describe('query language', () => {
  const topic = compileQuery(TOPIC);

  it('matches the CONTRACT example topic on a sentence carrying all three groups', () => {
    expect(matchQuery(topic, "Zelenskyy urged NATO's foreign ministers to issue an invitation at once.")).toBe(true);
    expect(matchQuery(topic, 'Kyiv wants to join the North Atlantic alliance.')).toBe(true);
  });

  it('does not match when one AND group is missing', () => {
    expect(matchQuery(topic, 'Ukraine asked NATO for more air defence systems.')).toBe(false);
    expect(matchQuery(topic, 'Kyiv hopes for an invitation from the alliance.')).toBe(false);
  });

  it('is case- and accent-insensitive', () => {
    const q = compileQuery('kyiv AND "security guarantee"');
    expect(matchQuery(q, 'KYÏV says only a SECURITY GUARANTÉE will do')).toBe(true);
    expect(matchQuery(compileQuery('Élysée'), 'talks at the elysee palace')).toBe(true);
  });

  it('matches on word boundaries, and apostrophes and hyphens split words', () => {
    const nato = compileQuery('nato');
    expect(matchQuery(nato, "the alliance's chief said NATO's door stays open")).toBe(true);
    expect(matchQuery(nato, 'pro-NATO parties')).toBe(true);
    expect(matchQuery(nato, 'the natoprogram was cancelled')).toBe(false);
    expect(matchQuery(compileQuery('join'), 'the country joined the bloc')).toBe(false);
  });

  it('supports trailing * prefixes, also inside phrases', () => {
    expect(matchQuery(compileQuery('invit*'), 'an invitation was not issued')).toBe(true);
    expect(matchQuery(compileQuery('invit*'), 'the envoy was uninvited')).toBe(false);
    expect(matchQuery(compileQuery('"formally invit*"'), 'Kyiv was formally invited to begin talks')).toBe(true);
    expect(matchQuery(compileQuery('"formally invit*"'), 'Kyiv was invited formally')).toBe(false);
  });

  it('matches phrases only as consecutive words', () => {
    const q = compileQuery('"little interest"');
    expect(matchQuery(q, 'the incoming team showed little interest in the bid')).toBe(true);
    expect(matchQuery(q, 'there is little real interest in the bid')).toBe(false);
  });

  it('evaluates NOT, OR, parentheses and implicit AND', () => {
    const q = compileQuery('nato NOT (summit OR "foreign ministers")');
    expect(matchQuery(q, 'NATO allies discussed Ukraine')).toBe(true);
    expect(matchQuery(q, 'NATO foreign ministers discussed Ukraine')).toBe(false);
    const implicit = compileQuery('ukraine nato');
    expect(matchQuery(implicit, 'Ukraine and NATO')).toBe(true);
    expect(matchQuery(implicit, 'Ukraine alone')).toBe(false);
    // Lowercase keywords are ordinary terms.
    expect(matchQuery(compileQuery('ukraine or'), 'Ukraine or Georgia')).toBe(true);
    expect(matchQuery(compileQuery('ukraine or'), 'Ukraine, Georgia')).toBe(false);
  });

  it('binds AND tighter than OR', () => {
    const q = compileQuery('member OR ukraine AND nato');
    expect(matchQuery(q, 'a member state')).toBe(true);
    expect(matchQuery(q, 'ukraine only')).toBe(false);
  });

  it('reports the matched terms as written, without negated ones', () => {
    const text = prepareText('Kyiv renewed its call for an invitation to join NATO, Zelensky said.');
    expect(matchedTerms(topic, text)).toEqual(['kyiv', 'zelensky*', 'nato', 'invit*', 'join*']);
    expect(matchedTerms(compileQuery('nato NOT kyiv'), text)).toEqual(['nato']);
  });

  it('reuses one prepared text across queries with the same results as raw text', () => {
    const raw = 'Foreign ministers sidestepped an invitation for Ukraine at the NATO meeting in Brussels.';
    const pt = prepareText(raw);
    for (const src of [TOPIC, 'sidestep*', '"hold off" OR delay*', 'brussels NOT nato']) {
      const q = compileQuery(src);
      expect(matchQuery(q, pt)).toBe(matchQuery(q, raw));
    }
  });

  it('exposes the top-level clauses and the query words', () => {
    const parts = conjuncts(compileQuery('(a OR b) AND c NOT d'));
    expect(parts.positive).toHaveLength(2);
    expect(parts.negative).toHaveLength(1);
    expect(isQueryWord(topic, 'invitation')).toBe(true);
    expect(isQueryWord(topic, 'alliance')).toBe(false);
  });

  it.each([
    ['', 1, 'empty query'],
    ['   ', 1, 'empty query'],
    ['(nato OR kyiv', 1, "unbalanced parenthesis: '(' is never closed"],
    ['nato OR kyiv)', 13, "unbalanced parenthesis: ')' without '('"],
    ['nato AND', 6, 'AND needs a term after it'],
    ['OR nato', 1, 'OR needs a term before it'],
    ['nato OR OR kyiv', 6, 'OR needs a term after it'],
    ['nato NOT', 6, 'NOT needs a term after it'],
    ['nato AND ""', 10, 'empty phrase'],
    ['nato AND "north atlantic', 10, 'unterminated quote'],
    ['nato AND ()', 11, 'empty parentheses'],
    ['na*to', 3, "'*' is only allowed at the end of a term"],
    ['nato AND -', 10, 'term "-" has no letters or digits'],
  ])('rejects %j at column %i', (src, column, detail) => {
    const err = syntaxError(src);
    expect(err.code).toBe('QUERY_SYNTAX');
    expect(err.detail).toBe(detail);
    expect(err.column).toBe(column);
    expect(err.message).toBe(`column ${column}: ${detail}`);
  });

  it('counts columns in characters, not UTF-16 units', () => {
    // Mathematical bold letters are astral (two UTF-16 units each) and fold to plain "nato".
    expect(syntaxError('𝐍𝐀𝐓𝐎 AND (kyiv').column).toBe(10);
    expect(matchQuery(compileQuery('nato'), '𝐍𝐀𝐓𝐎 allies')).toBe(true);
  });
});
