// Options whose wrong values used to be taken (robust3's audit of config/): a Redis URL that is not one, a zero
// deadline, an empty User-Agent and two status rules of one id in a topic are each named by path, with every
// other problem of the file; a good value of each is still taken. `check` and `once` exit 2 on them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { problemsOf } from '../helpers/config-problems.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('config values that cannot work', () => {
  it('a Redis URL of another scheme, in the file or in REDIS_URL, is a problem named by where it came from', () => {
    expect(problemsOf('redis: { url: "http://cache.example:6379" }\n')).toEqual([
      'redis.url: expected a redis:// or rediss:// URL (or the path of a Unix socket), got "http://cache.example:6379"',
    ]);
    expect(problemsOf('redis: { url: "127.0.0.1:6379" }\n')[0]).toMatch(/^redis\.url: expected a redis:\/\//);
    expect(problemsOf('sources: []\n', { REDIS_URL: 'localhost' })[0]).toMatch(/^REDIS_URL: expected a redis:\/\//);
    expect(parseConfigText('sources: []\n', { REDIS_URL: 'redis://10.0.0.5:6380/2' }).redis.url).toBe(
      'redis://10.0.0.5:6380/2',
    );
    for (const url of ['redis://127.0.0.1:6379', 'rediss://user:pw@cache.example:6380/1', '/run/redis/redis.sock'])
      expect(parseConfigText(`redis: { url: "${url}" }\n`, {}).redis.url, url).toBe(url);
  });

  it('a deadline of 0 is refused (every request would fail at once); a short one is taken', () => {
    const problems = problemsOf(`
fetch: { timeout: 0s }
websub: { timeout: 0, verifyTimeout: 0s }
webhooks: [{ id: w, url: "https://hooks.example/x", secret: "${SECRET}", timeout: 0s }]
`);
    expect(problems.sort()).toEqual([
      'fetch.timeout: expected a duration above 0',
      'webhooks[0].timeout: expected a duration above 0',
      'websub.timeout: expected a duration above 0',
      'websub.verifyTimeout: expected a duration above 0',
    ]);
    const ok = parseConfigText(
      `fetch: { timeout: 500ms }\nwebhooks: [{ id: w, url: "https://hooks.example/x", secret: "${SECRET}", timeout: 300ms }]\n`,
      {},
    );
    expect([ok.fetch.timeout, ok.webhooks[0]?.timeout]).toEqual([500, 300]);
  });

  it('an empty User-Agent is refused', () => {
    expect(problemsOf('fetch: { userAgent: "" }\n')).toEqual(['fetch.userAgent: expected a non-empty User-Agent']);
    expect(parseConfigText('fetch: { userAgent: "newsroom-bot/2" }\n', {}).fetch.userAgent).toBe('newsroom-bot/2');
  });

  it('two status rules of one id in a topic are named; the same id in two topics is fine', () => {
    const problems = problemsOf(`
topics:
  - id: t
    title: T
    query: nato
    statuses:
      - { id: stalled, label: Stalled, when: delay* }
      - { id: joined, label: Joined, when: '"joined nato"' }
      - { id: stalled, label: Stalled again, when: '"hold off"' }
`);
    expect(problems).toEqual(['topics[0].statuses[2].id: "stalled" is already used by topics[0].statuses[0]']);
    const two = parseConfigText(
      `topics:
  - { id: a, title: A, query: nato, statuses: [{ id: s, label: S, when: x }] }
  - { id: b, title: B, query: eu, statuses: [{ id: s, label: S, when: y }] }
`,
      {},
    );
    expect(two.topics.map((t) => t.statuses[0]?.id)).toEqual(['s', 's']);
  });

  it('`check` and `once` exit 2 naming the file and the key, before reaching for Redis', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dfcfg-r3-')), 'bad.yaml');
    writeFileSync(file, 'redis: { url: "http://cache.example:6379" }\nfetch: { timeout: 0s }\n');
    const env = { ...process.env };
    delete env.REDIS_URL;
    for (const args of [['check'], ['once', '--timeout', '5s']]) {
      const r = spawnSync(process.execPath, ['dist/src/cli.js', ...args, '--config', file], { encoding: 'utf8', env });
      expect(r.status, args[0]).toBe(2);
      expect(r.stderr).toContain(`${file}: invalid configuration:`);
      expect(r.stderr).toContain('redis.url: expected a redis:// or rediss:// URL');
      expect(r.stderr).toContain('fetch.timeout: expected a duration above 0');
    }
  });
});
