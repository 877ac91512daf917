// What a reloaded config changes: lists by id, live settings, and restart-only settings kept at their running
// values (and said to need a restart) rather than silently ignored.
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/load.js';
import { describeChanges, diffConfig, hasChanges, liveConfig } from '../../src/config/changes.js';

const base = {
  redis: { url: 'redis://127.0.0.1:6379', prefix: 'x' },
  sources: [
    { id: 'a', url: 'https://a.example/feed', every: '5m' },
    { id: 'b', url: 'https://b.example/feed', every: '5m' },
  ],
  topics: [{ id: 't', title: 'T', query: 'quarry' }],
  workers: { concurrency: 4 },
};
const cfg = (over: Record<string, unknown> = {}) => validateConfig({ ...base, ...over }, {});

describe('diffConfig', () => {
  it('finds added, removed and changed sources, topics and webhooks by id', () => {
    const next = cfg({
      sources: [
        { id: 'b', url: 'https://b.example/feed', every: '10m' },
        { id: 'c', url: 'https://c.example/feed' },
      ],
      topics: [{ id: 'u', title: 'U', query: 'x' }],
    });
    const c = diffConfig(cfg(), next);
    expect(c.sources).toEqual({ added: ['c'], removed: ['a'], changed: ['b'] });
    expect(c.topics).toEqual({ added: ['u'], removed: ['t'], changed: [] });
    expect(describeChanges(c)).toEqual(['sources: +c, -a, ~b', 'topics: +u, -t']);
  });

  it('says which settings need a restart, and the live config keeps their running values', () => {
    const running = cfg();
    const next = cfg({ workers: { concurrency: 16 }, http: { port: 9999, pageSize: 20 } });
    const c = diffConfig(running, next);
    expect(c.needsRestart).toEqual(['http.port: 8080 -> 9999', 'workers.concurrency: 4 -> 16']);
    expect(c.settings).toEqual(['http.pageSize']);
    const live = liveConfig(running, next);
    expect([live.workers.concurrency, live.http.port, live.http.pageSize]).toEqual([4, 8080, 20]);
  });

  it('an identical file changes nothing', () => {
    const c = diffConfig(cfg(), cfg());
    expect(hasChanges(c)).toBe(false);
    expect(describeChanges(c)).toEqual(['no changes']);
  });
});
