// A fresh `extract --serve` answers its first page sooner when its main thread does not load the cleaner too:
// only the pool's threads need jsdom and the rules. Checked on the built modules, in a fresh process each, by
// whether jsdom's files are in Node's module cache after the import.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist', 'src');

function loadsJsdom(module: string): boolean {
  const file = join(DIST, module);
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build"`);
  const script = [
    "import { createRequire } from 'node:module';",
    `await import(${JSON.stringify(pathToFileURL(file).href)});`,
    'const cached = Object.keys(createRequire(import.meta.url).cache);',
    "process.stdout.write(String(cached.some((k) => k.includes('/node_modules/jsdom/'))));",
  ].join('\n');
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }) === 'true';
}

describe('extract --serve start-up', () => {
  it('the server, the command and the pool load without the cleaner', () => {
    expect(loadsJsdom('cli/extract-serve.js')).toBe(false);
    expect(loadsJsdom('cli/extract.js')).toBe(false);
    expect(loadsJsdom('extract/pool.js')).toBe(false);
  });

  it('the cleaner itself and the thread do load it (the check sees jsdom when it is there)', () => {
    expect(loadsJsdom('extract/index.js')).toBe(true);
    expect(loadsJsdom('cli/extract-page.js')).toBe(true);
  });
});
