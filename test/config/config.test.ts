import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfigText } from '../../src/config/load.js';
import { parseBytes, parseDuration } from '../../src/config/units.js';
import { problemsOf } from '../helpers/config-problems.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('config', () => {
  it('fills defaults for a minimal file', () => {
    const c = parseConfigText('sources: []\n', {});
    expect(c.redis).toEqual({ url: 'redis://127.0.0.1:6379', prefix: 'deltafeed' });
    expect(c.http.port).toBe(8080);
    expect(c.fetch.timeout).toBe(20_000);
    expect(c.fetch.maxBytes).toBe(15 * 1024 * 1024);
    expect(c.fetch.recheck).toEqual([15 * 60_000, 3_600_000, 6 * 3_600_000, 24 * 3_600_000, 72 * 3_600_000]);
  });

  it('lists every problem with its path', () => {
    const problems = problemsOf(`
sources:
  - { id: ok-one, url: http://a.example/rss, every: 5m }
  - { id: Bad_Id, url: http://b.example/rss }
  - { id: three, url: http://c.example/rss, every: often }
  - { id: four, url: ftp://d.example/rss, every: 5s }
topics:
  - { id: t, title: T, query: '(ukraine AND' }
fetch: { maxBytes: lots, colour: blue }
`);
    expect(problems).toContain('sources[2].every: expected a duration like "5m", got "often"');
    expect(problems.some((p) => p.startsWith('sources[1].id:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('sources[3].url:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('sources[3].every:') && p.includes('10s'))).toBe(true);
    expect(problems.some((p) => p.startsWith('fetch.maxBytes:'))).toBe(true);
    expect(problems).toContain('fetch: unknown option "colour"');
  });

  it('websub: defaults in milliseconds, and lease bounds that contradict each other are named', () => {
    const c = parseConfigText('sources: []\n', {});
    expect(c.websub).toMatchObject({
      leaseDefault: 10 * 86_400_000,
      leaseMin: 3_600_000,
      leaseMax: 30 * 86_400_000,
      retrySchedule: [5000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000],
      subscribeRate: 30,
    });
    expect(problemsOf('websub: { leaseMin: 20d }\n')).toEqual([
      'websub: expected leaseMin <= leaseDefault <= leaseMax',
    ]);
    expect(problemsOf('websub: { leaseMin: 0s, hubPath: /x }\n')).toEqual([
      'websub.leaseMin: expected 1s or more',
      'websub: unknown option "hubPath"',
    ]);
  });

  it('names the topic and the column of a query syntax error', () => {
    const problems = problemsOf(`
topics:
  - { id: nato, title: N, query: 'ukraine AND (nato OR' }
  - { id: fine, title: F, query: 'kyiv', statuses: [{ id: s, label: S, when: '"unterminated' }] }
`);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^topics\[0\]\.query: topic "nato": column \d+: /);
    expect(problems[1]).toMatch(/^topics\[1\]\.statuses\[0\]\.when: topic "fine" status "s": column 1: /);
  });

  it('rejects duplicate ids and unknown topics in webhooks', () => {
    const problems = problemsOf(`
sources:
  - { id: a, url: http://a.example/rss }
  - { id: a, url: http://b.example/rss }
webhooks:
  - { id: w, url: http://h.example/, secret: ${SECRET}, topics: [nope] }
`);
    expect(problems).toContain('sources[1].id: "a" is already used by sources[0]');
    expect(problems).toContain('webhooks[0].topics: unknown topic "nope"');
  });

  it('lists type errors, unknown keys, duplicate ids and bad queries of one file together', () => {
    const problems = problemsOf(`
sources:
  - { id: a, url: http://a.example/rss, every: often }
  - { id: a, url: http://b.example/rss }
topics:
  - { id: t, title: T, query: '(ukraine AND' }
  - { id: t, title: 5, query: kyiv }
http: { port: high, colour: red }
`);
    expect(problems).toContain('sources[0].every: expected a duration like "5m", got "often"');
    expect(problems).toContain('http: unknown option "colour"');
    expect(problems.some((p) => p.startsWith('http.port:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('topics[1].title:'))).toBe(true);
    expect(problems).toContain('sources[1].id: "a" is already used by sources[0]');
    expect(problems).toContain('topics[1].id: "t" is already used by topics[0]');
    expect(problems.some((p) => /^topics\[0\]\.query: topic "t": column \d+: /.test(p))).toBe(true);
  });

  it('refuses an alias bomb and an oversized file with a message', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const problems = problemsOf(bomb);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^YAML aliases expand too far/);
    const big = problemsOf(`# ${'x'.repeat(1024 * 1024)}\nsources: []\n`);
    expect(big).toEqual([expect.stringMatching(/^the file is \d+ bytes; a config may be at most 1048576 bytes/)]);
  });

  it('resolves the feed token and its rotation', () => {
    const c = parseConfigText(
      'http: { feedTokenEnv: FEED, feedTokenPrevious: [old-key], feedTokenPreviousUntil: "2030-01-01T00:00:00Z" }\n',
      { FEED: 'a-feed-key-of-16-chars' },
    );
    expect(c.http.feedToken).toBe('a-feed-key-of-16-chars');
    expect(c.http.feedTokenPrevious).toEqual(['old-key']);
    expect(problemsOf('http: { feedToken: short }\n')).toEqual(['http.feedToken: expected at least 16 characters']);
    expect(problemsOf('http: { feedTokenPrevious: [x] }\n')).toEqual([
      'http.feedTokenPrevious: set http.feedToken (the current key) too',
    ]);
    expect(problemsOf('http: { feedTokenEnv: NOPE }\n')).toEqual([
      'http.feedTokenEnv: environment variable NOPE is not set',
    ]);
  });

  it('takes secrets from the environment and reports missing ones', () => {
    const yaml = `webhooks:\n  - { id: w, url: http://h.example/, secretEnv: HOOK_SECRET }\n`;
    expect(problemsOf(yaml)).toEqual(['webhooks[0].secretEnv: environment variable HOOK_SECRET is not set']);
    const c = parseConfigText(yaml, { HOOK_SECRET: SECRET });
    expect(c.webhooks[0]?.secrets).toEqual([SECRET]);
    expect(problemsOf(`webhooks:\n  - { id: w, url: http://h.example/, secret: nope }\n`)[0]).toMatch(
      /^webhooks\[0\]\.secret: expected "whsec_"/,
    );
  });

  it('lists a bad or missing webhook secret with the problems the schema finds, in one run', () => {
    const yaml = [
      'sources:',
      '  - { id: a, url: http://x.example/f, every: often }',
      'webhooks:',
      '  - { id: w, url: http://h.example/, secret: nope }',
      '  - { id: v, url: http://h.example/ }',
      `  - { id: u, url: http://h.example/, secret: ${SECRET} }`,
      '',
    ].join('\n');
    expect(problemsOf(yaml)).toEqual([
      'sources[0].every: expected a duration like "5m", got "often"',
      'webhooks[0].secret: expected "whsec_" followed by at least 16 base64-encoded bytes',
      'webhooks[1]: give a secret ("whsec_..." ) or secretEnv: NAME',
    ]);
  });

  it('applies REDIS_URL, PORT and DELTAFEED_PREFIX', () => {
    const c = parseConfigText('redis: { url: redis://x:1, prefix: p }\n', {
      REDIS_URL: 'redis://y:2',
      PORT: '9999',
      DELTAFEED_PREFIX: 'other',
    });
    expect(c.redis).toEqual({ url: 'redis://y:2', prefix: 'other' });
    expect(c.http.port).toBe(9999);
    expect(problemsOf('{}', { PORT: 'eighty' })).toEqual(['PORT: expected a port number, got "eighty"']);
  });

  it('reports YAML syntax errors with line and column', () => {
    const problems = problemsOf('sources: [\n  - id: x\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^line \d+, column \d+: /);
  });

  it('parses units', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('90')).toBe(90_000);
    expect(parseDuration('soon')).toBeNull();
    expect(parseBytes('512KiB')).toBe(524_288);
    expect(parseBytes('2MB')).toBe(2_000_000);
    expect(parseBytes('big')).toBeNull();
  });

  it('the shipped configs are valid', () => {
    for (const f of ['config/deltafeed.yaml', 'config/demo.yaml']) {
      const r = spawnSync(process.execPath, ['dist/src/cli.js', 'check', '--config', f], {
        encoding: 'utf8',
        env: { ...process.env, DELTAFEED_PREFIX: 'dftest-config-check' },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });

  it('`check` counts what the file holds in words that agree with the count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dfcfg-'));
    const file = join(dir, 'one.yaml');
    writeFileSync(file, 'sources:\n  - { id: a, url: https://news.example.com/rss.xml, every: 5m }\n');
    const r = spawnSync(process.execPath, ['dist/src/cli.js', 'check', '--config', file], {
      encoding: 'utf8',
      env: { ...process.env, DELTAFEED_PREFIX: 'dftest-config-check' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 source, 0 topics, 0 webhooks;');
  });

  it('`check` exits 2 and lists every problem for an invalid file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dfcfg-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'sources:\n  - { id: a, url: nope, every: often }\n');
    const r = spawnSync(process.execPath, ['dist/src/cli.js', 'check', '--config', file], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('sources[0].url: expected an http(s) URL');
    expect(r.stderr).toContain('sources[0].every: expected a duration like "5m", got "often"');
  });

  it('`check` exits 2 with a one-line message for an alias bomb', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dfcfg-'));
    const file = join(dir, 'bomb.yaml');
    writeFileSync(
      file,
      [
        'a: &a [x,x,x,x,x,x,x,x,x]',
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
        'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, ['dist/src/cli.js', 'check', '--config', file], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('YAML aliases expand too far');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('`check` says how to get Redis when none answers', () => {
    const r = spawnSync(process.execPath, ['dist/src/cli.js', 'check', '--config', 'config/deltafeed.yaml'], {
      encoding: 'utf8',
      env: { ...process.env, REDIS_URL: 'redis://127.0.0.1:1' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1: start one/);
  });
});
