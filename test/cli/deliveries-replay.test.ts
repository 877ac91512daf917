// `deltafeed deliveries replay ID` on an id it cannot send again says why, instead of "queued 0".
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { testRedis } from '../helpers/redis.js';

const r = testRedis('cli-replay');
afterAll(() => r.cleanup());

describe('deltafeed deliveries replay', () => {
  it('an unknown delivery id: exit 1 and a reason on stderr', async () => {
    const out = await runCli(['deliveries', 'replay', 'no-such-delivery', '--config', 'config/deltafeed.yaml'], {
      DELTAFEED_PREFIX: r.prefix,
    });
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('nothing queued: no delivery "no-such-delivery" is stored');
  });

  it('--failed with nothing failed is not an error: exit 0, "queued 0"', async () => {
    const out = await runCli(['deliveries', 'replay', '--failed', '--config', 'config/deltafeed.yaml'], {
      DELTAFEED_PREFIX: r.prefix,
    });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('queued 0 deliveries again');
  });
});
