// once's watch on its Redis connection: a connection away for the whole grace period is reported once; one that
// comes back within it (a blip, a quick restart) is not. No Redis needed: only the connection's status is read.
import { describe, expect, it } from 'vitest';
import { watchRedisLoss } from '../../src/store/redis.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchRedisLoss', () => {
  it('reports a connection that stays away for the grace period, once', async () => {
    const conn = { status: 'ready' };
    let lost = 0;
    const stop = watchRedisLoss(conn, 500, () => (lost += 1));
    conn.status = 'reconnecting';
    await sleep(1500);
    stop();
    expect(lost).toBe(1);
  });

  it('says nothing of a connection that comes back within the grace period', async () => {
    const conn = { status: 'ready' };
    let lost = 0;
    const stop = watchRedisLoss(conn, 1500, () => (lost += 1));
    for (let i = 0; i < 3; i++) {
      conn.status = 'reconnecting';
      await sleep(600);
      conn.status = 'ready';
      await sleep(400);
    }
    stop();
    expect(lost).toBe(0);
  });
});
