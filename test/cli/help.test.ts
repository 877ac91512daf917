// `deltafeed <command> --help` prints the usage and runs nothing; an unknown option is still a usage error.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// Nothing answers here: a command that ran instead of printing its help would fail to reach Redis (exit 2).
const NO_REDIS = { REDIS_URL: 'redis://127.0.0.1:1', DELTAFEED_PREFIX: 'dftest-cli-help' };

describe('deltafeed <command> --help', () => {
  it.each([
    ['run', '--help'],
    ['once', '-h'],
    ['check', '--help'],
    ['reload', '--help'],
    ['cluster', '--help'],
    ['deliveries', 'replay', '--help'],
    ['retry', '--help'],
    ['sources', 'import', '--help'],
    ['topics', 'try', '--help'],
  ])('%s %s: the usage on stdout, exit 0, nothing run', async (...args) => {
    const r = await runCli(args, NO_REDIS);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^usage: deltafeed <command> \[options\]/);
    expect(r.stdout).toContain(`  ${args[0]} `);
  });

  it('an option that only starts like --help is still a usage error (exit 2)', async () => {
    const r = await runCli(['once', '--helpful'], NO_REDIS);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("Unknown option '--helpful'");
  });

  it('extract keeps its own, more detailed help', async () => {
    const r = await runCli(['extract', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: deltafeed extract /);
    expect(r.stdout).toContain('--threads N');
  });
});
