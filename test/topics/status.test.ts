import { describe, expect, it } from 'vitest';
import { compileStatusRules, findStatus } from '../../src/topics/status.js';
import { prepareText } from '../../src/topics/query.js';
import { UKRAINE_NATO } from './fixtures.js';

const rules = compileStatusRules(UKRAINE_NATO.statuses);
const cands = (...texts: string[]) => texts.map((text) => ({ text, prepared: prepareText(text) }));

describe('status rules', () => {
  it('takes the first rule top to bottom that a sentence asserts, with its sentence and terms', () => {
    const found = findStatus(
      rules,
      cands('Allies have called the path irreversible.', 'Ministers sidestepped the request for an invitation.'),
    );
    expect(found?.rule.id).toBe('stalled');
    expect(found?.candidate.text).toBe('Ministers sidestepped the request for an invitation.');
    expect(found?.terms).toEqual(['sidestep*']);
  });

  it('ignores negated and hedged mentions', () => {
    expect(findStatus(rules, cands('Ukraine has not been formally invited to join.'))).toBeNull();
    expect(findStatus(rules, cands("Kyiv hasn't been formally invited."))).toBeNull();
    expect(findStatus(rules, cands('Diplomats debate whether Kyiv will be formally invited.'))).toBeNull();
    expect(findStatus(rules, cands('Ukraine is not ready to join, one envoy said.'))?.rule.id).toBe('stalled');
  });

  it('finds nothing without evidence', () => {
    expect(findStatus(rules, cands('Ministers met in Brussels.'))).toBeNull();
    expect(findStatus([], cands('Ministers sidestepped the request.'))).toBeNull();
  });
});
