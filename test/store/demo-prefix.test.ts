import { afterAll, describe, expect, it } from 'vitest';
import { claimDemoPrefix } from '../../src/store/demo-prefix.js';
import { testRedis } from '../helpers/redis.js';

const r = testRedis('demo-prefix');
afterAll(() => r.cleanup());

// Each case on a prefix of its own under the file's prefix, so the file's cleanup removes them all.
const ctxFor = (name: string) => ({ redis: r.redis, prefix: `${r.prefix}-${name}` });

describe('claimDemoPrefix', () => {
  it('takes an empty prefix and marks it, then wipes its own earlier run', async () => {
    const ctx = ctxFor('fresh');
    expect(await claimDemoPrefix(ctx, { adoptUnmarked: false })).toEqual({ ok: true, wiped: 0 });
    await r.redis.set(`${ctx.prefix}:article:1`, '{}');
    await r.redis.hset(`${ctx.prefix}:bull:fetch:meta`, 'v', '1');
    expect(await claimDemoPrefix(ctx, { adoptUnmarked: false })).toEqual({ ok: true, wiped: 2 });
    expect(await r.redis.exists(`${ctx.prefix}:article:1`, `${ctx.prefix}:bull:fetch:meta`)).toBe(0);
  });

  it("refuses a prefix holding keys no demo marked, and deletes none of them (a deployment's)", async () => {
    const ctx = ctxFor('deployment');
    await r.redis.set(`${ctx.prefix}:article:1`, '{}');
    await r.redis.set(`${ctx.prefix}:source:world:state`, '{}');
    expect(await claimDemoPrefix(ctx, { adoptUnmarked: false })).toEqual({ ok: false, foreignKeys: 2 });
    expect(await r.redis.exists(`${ctx.prefix}:article:1`, `${ctx.prefix}:source:world:state`)).toBe(2);
  });

  it("adopts the demo config's own prefix when an older demo left it unmarked", async () => {
    const ctx = ctxFor('old-demo');
    await r.redis.set(`${ctx.prefix}:article:1`, '{}');
    expect(await claimDemoPrefix(ctx, { adoptUnmarked: true })).toEqual({ ok: true, wiped: 1 });
    expect(await claimDemoPrefix(ctx, { adoptUnmarked: false })).toEqual({ ok: true, wiped: 0 });
  });

  it('leaves a longer prefix that starts with the same letters alone', async () => {
    const ctx = ctxFor('near');
    await r.redis.set(`${ctx.prefix}2:article:1`, '{}');
    expect(await claimDemoPrefix(ctx, { adoptUnmarked: false })).toEqual({ ok: true, wiped: 0 });
    expect(await r.redis.exists(`${ctx.prefix}2:article:1`)).toBe(1);
  });
});
