// Property: whatever YAML-ish text the loader is given, it returns a Config or throws a ConfigError that lists
// problems; it never throws anything else. Cases: DELTAFEED_FUZZ_RUNS (300 by default).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';

const RUNS = Number(process.env.DELTAFEED_FUZZ_RUNS ?? 300);

const scalar = fc.oneof(
  fc.constantFrom(
    '5m',
    'often',
    '-1',
    '1e308',
    'null',
    '~',
    'true',
    '[',
    ']',
    '{',
    '}',
    '&a x',
    '*a',
    '*b',
    '!!binary x',
    '!!js/function f',
    '"',
    "'",
    '|',
    '>',
    '- ',
    '? ',
    ': ',
    '#',
    '%YAML 1.2',
    '---',
    '...',
    'http://a.example/rss',
    'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    '(nato AND',
    'nato OR kyiv',
    '<<: *a',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer().map(String),
);
const key = fc.oneof(
  fc.constantFrom(
    'sources',
    'topics',
    'webhooks',
    'http',
    'redis',
    'fetch',
    'dedup',
    'retention',
    'workers',
    'log',
    'id',
    'url',
    'every',
    'query',
    'title',
    'statuses',
    'when',
    'secret',
    'port',
    'token',
    'feedToken',
    'feedTokenPrevious',
    'pageSize',
    '<<',
  ),
  fc.string({ maxLength: 8 }),
);
/** Lines of "key: value", "- item" and flow collections at random indents: mostly YAML, sometimes not. */
const line = fc
  .tuple(
    fc.nat({ max: 6 }),
    fc.oneof(
      fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
      scalar.map((v) => `- ${v}`),
      fc.tuple(key, fc.array(scalar, { maxLength: 4 })).map(([k, vs]) => `${k}: [${vs.join(', ')}]`),
      fc.tuple(key, key, scalar).map(([k, k2, v]) => `- { ${k}: ${v}, ${k2}: ${v} }`),
      key.map((k) => `${k}:`),
      scalar,
    ),
  )
  .map(([indent, l]) => `${' '.repeat(indent)}${l}`);
const yamlish = fc.oneof(
  { weight: 4, arbitrary: fc.array(line, { maxLength: 20 }).map((ls) => ls.join('\n')) },
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
);

describe('config loader on random input', () => {
  it('returns a config or a listing of problems, never another error', () => {
    let listed = 0;
    let valid = 0;
    fc.assert(
      fc.property(yamlish, (text) => {
        try {
          parseConfigText(text, {});
          valid++;
        } catch (err) {
          if (!(err instanceof ConfigError)) throw err;
          expect(err.problems.length).toBeGreaterThan(0);
          for (const p of err.problems) expect(typeof p).toBe('string');
          listed++;
        }
      }),
      { numRuns: RUNS },
    );
    // Both outcomes occur, so the generator reaches past the YAML parser into validation.
    expect(listed).toBeGreaterThan(0);
    expect(valid).toBeGreaterThan(0);
  }, 600_000);
});
