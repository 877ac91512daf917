// Part of `npm run build`: tsc emits only JavaScript, so the files the code reads next to itself at run time
// (the dedup index's Lua scripts) are copied into dist/ at the same relative paths.
import { cpSync, globSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const files = globSync('src/**/*.lua', { cwd: root });
if (!files.length) throw new Error('copy-assets: no src/**/*.lua found; run from a checkout');
for (const file of files) {
  const to = join(root, 'dist', file);
  mkdirSync(dirname(to), { recursive: true });
  cpSync(join(root, file), to);
}
