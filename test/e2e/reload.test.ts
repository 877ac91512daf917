// Reload without restart, with real processes: a scheduler, a worker and an api process (`deltafeed run
// --role ...`) on one Redis. The config file is rewritten and one process gets SIGHUP (or `deltafeed reload`
// runs): every process takes the new file. An added source is polled and its articles matched by an added topic,
// whose feed the api then serves, and an added webhook gets its events; an invalid file is refused and the old config keeps running; a removed source
// stops being scheduled; restart-only settings are reported as such; no item is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { stringify } from 'yaml';
import { REDIS_URL, testRedis, type TestRedis } from '../helpers/redis.js';
import { runCli } from '../helpers/cli.js';
import { expectNothingLost } from '../helpers/accounting.js';
import { startSyntheticPublisher, type SyntheticPublisher } from '../../simulation/synthetic-publisher.js';
import { startService, waitFor, type ServiceProcess } from '../../simulation/processes.js';
import { TOPIC } from '../../simulation/article-text.js';
import { queuePrefix } from '../../src/app.js';
import { listSeenItems } from '../../src/store/sources.js';
import { startReceiver, type Receiver } from '../helpers/receiver.js';

let redis: TestRedis;
let pub: SyntheticPublisher;
let file: string;
const procs: ServiceProcess[] = [];
let api: string;
let receiver: Receiver;

const OTHER_TOPIC = { id: 'quarry-again', title: 'Quarry, again', query: TOPIC.query };

function config(sources: SyntheticPublisher['feeds'], extra: Record<string, unknown> = {}): string {
  return stringify({
    redis: { url: REDIS_URL, prefix: redis.prefix },
    http: { port: 0, host: '127.0.0.1', publicUrl: 'http://feeds.test' },
    fetch: { perHostConcurrency: 16, perHostRate: 10_000, allowPrivateNetworks: true },
    sources: sources.map((f) => ({ id: f.id, url: f.url, every: '10s', allowPrivateNetworks: true })),
    topics: [TOPIC],
    workers: { concurrency: 4 },
    log: { level: 'info' },
    ...extra,
  });
}

const reloaded = (p: ServiceProcess) => p.count('config reloaded');
const refused = (p: ServiceProcess) => p.count('config reload refused; the running config stays');
const seen = async (id: string) => (await listSeenItems(redis, id)).size;

beforeAll(async () => {
  redis = testRedis('reload');
  receiver = await startReceiver();
  pub = await startSyntheticPublisher({ feeds: 2, articlesPerFeed: 6, seed: 5, topicShare: 0.6 });
  file = join(mkdtempSync(join(tmpdir(), 'dfreload-')), 'deltafeed.yaml');
  writeFileSync(file, config(pub.feeds.slice(0, 1)));
  for (const role of ['scheduler', 'worker', 'api'] as const) procs.push(startService({ role, config: file }));
  const apiProc = procs[2]!;
  const port = await waitFor(
    'the api process to listen',
    () => apiProc.logs.find((l) => l.msg === 'deltafeed running')?.port as number | undefined,
    { timeoutMs: 30_000 },
  );
  api = `http://127.0.0.1:${port}`;
  // Every process subscribes before it says it runs; the scheduler and worker too.
  await waitFor('every process to run', () => procs.every((p) => p.count('deltafeed running') === 1), {
    timeoutMs: 30_000,
  });
}, 60_000);

afterAll(async () => {
  const exits = await Promise.all(procs.map((p) => p.stop(30_000)));
  await pub?.close();
  await receiver?.close();
  await redis?.cleanup();
  for (const e of exits) expect(e.code).toBe(0);
}, 60_000);

describe('reload without restart (real processes)', () => {
  const [a, b] = [() => pub.feeds[0]!.id, () => pub.feeds[1]!.id];

  it('SIGHUP to one process: all three take an added source and topic; the api serves the new feed', async () => {
    await waitFor('the first source to be polled', async () => (await seen(a())) === 6, { timeoutMs: 60_000 });
    expect(await seen(b())).toBe(0);
    expect((await fetch(`${api}/feeds/topics/${OTHER_TOPIC.id}.atom`)).status).toBe(404);

    const hook = {
      id: 'added-hook',
      url: receiver.url,
      secret: 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD',
      events: ['topic.updated'],
      topics: [OTHER_TOPIC.id],
      allowPrivateNetworks: true,
    };
    writeFileSync(file, config(pub.feeds, { topics: [TOPIC, OTHER_TOPIC], webhooks: [hook] }));
    procs[1]!.child.kill('SIGHUP');
    await waitFor('every process to reload', () => procs.every((p) => reloaded(p) === 1), { timeoutMs: 20_000 });
    const line = procs[0]!.logs.find((l) => l.msg === 'config reloaded');
    expect(line?.changes).toEqual([`sources: +${b()}`, `topics: +${OTHER_TOPIC.id}`, 'webhooks: +added-hook']);

    await waitFor('the added source to be polled', async () => (await seen(b())) === 6, { timeoutMs: 60_000 });
    const feed = await fetch(`${api}/feeds/topics/${OTHER_TOPIC.id}.atom`);
    expect(feed.status).toBe(200);
    // The workers match the added source's articles against the added topic.
    await waitFor(
      'the added topic to make updates',
      async () => {
        const t = (await (await fetch(`${api}/api/topics/${OTHER_TOPIC.id}`)).json()) as { updateCount: number };
        return t.updateCount > 0;
      },
      { timeoutMs: 60_000 },
    );
    const sources = (await (await fetch(`${api}/api/sources`)).json()) as { id: string }[];
    expect(sources.map((s) => s.id).sort()).toEqual([a(), b()].sort());
    // The worker delivers to the added webhook.
    await waitFor('a delivery to the added webhook', () => receiver.received.length > 0, { timeoutMs: 30_000 });
    const event = JSON.parse(receiver.received[0]!.body) as { type: string; data: { topic: { id: string } } };
    expect([event.type, event.data.topic.id]).toEqual(['topic.updated', OTHER_TOPIC.id]);
  }, 150_000);

  it('an invalid file is refused with the start-up error listing, and the old config keeps running', async () => {
    writeFileSync(file, config(pub.feeds, { topics: [TOPIC, { ...OTHER_TOPIC, query: 'quarry AND (' }] }));
    const cli = await runCli(['reload', '--config', file]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/invalid configuration:\n\s+topics\[1\]\.query/);
    const check = await runCli(['check', '--config', file]);
    expect(cli.stderr).toContain(check.stderr.split('\n')[1]!.trim());

    procs[0]!.child.kill('SIGHUP');
    await waitFor('every process to refuse the file', () => procs.every((p) => refused(p) === 1), {
      timeoutMs: 20_000,
    });
    expect(procs.every((p) => reloaded(p) === 1)).toBe(true);
    expect((await fetch(`${api}/feeds/topics/${OTHER_TOPIC.id}.atom`)).status).toBe(200);
    expect(procs.every((p) => p.exit === null)).toBe(true);
  }, 60_000);

  it('`deltafeed reload` removes a source, reports restart-only settings, and waits for every answer', async () => {
    writeFileSync(file, config(pub.feeds.slice(1), { topics: [TOPIC, OTHER_TOPIC], workers: { concurrency: 6 } }));
    const cli = await runCli(['reload', '--config', file]);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout.match(/: reloaded$/gm)).toHaveLength(3);
    expect(cli.stdout).toContain(`sources: -${a()}`);
    expect(cli.stdout).toContain('needs restart: workers.concurrency: 4 -> 6');
    expect(cli.stdout).toContain('3 of 3 processes run the new config');

    const poll = new Queue('poll', { connection: redis.redis, prefix: queuePrefix(redis.prefix) });
    try {
      const keys = (await poll.getJobSchedulers()).map((j) => j.key);
      expect(keys).toEqual([`poll-${b()}`]);
    } finally {
      await poll.close();
    }
    const sources = (await (await fetch(`${api}/api/sources`)).json()) as { id: string }[];
    expect(sources.map((s) => s.id)).toEqual([b()]);

    // Nothing changed since: every process says so, and the restart-only setting is still pending.
    const again = await runCli(['reload', '--config', file]);
    expect(again.code).toBe(0);
    expect(again.stdout.match(/: reloaded$/gm)).toHaveLength(3);
    expect(again.stdout).not.toContain('sources:');
  }, 60_000);

  it('loses no item across the reloads', async () => {
    await waitFor(
      'every item to be accounted for',
      async () => {
        const stages = ['poll', 'fetch', 'extract', 'dedup', 'topics', 'publish'];
        for (const name of stages) {
          const q = new Queue(name, { connection: redis.redis, prefix: queuePrefix(redis.prefix) });
          const c = await q.getJobCounts('waiting', 'active', 'delayed');
          await q.close();
          if (name !== 'poll' && (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) > 0) return false;
        }
        return true;
      },
      { timeoutMs: 60_000 },
    );
    const account = await expectNothingLost(redis, [a(), b()]);
    expect(account.seen).toBe(12);
  }, 90_000);
});
