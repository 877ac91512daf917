// `npm run check:sizes`: no source file outside test/ and fixture folders is over 400 lines, so that a file
// keeps one purpose and a reader can hold it in mind. Tests and fixtures are exempt: a table of cases or a
// captured page reads fine at any length. Files come from git (tracked, plus new files not yet ignored), so
// node_modules, dist and other build output never count.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_LINES = 400;
const SOURCE = /\.(ts|mts|cts|js|mjs|cjs|lua|sh)$/;
const exempt = (path) => path.startsWith('test/') || path.split('/').includes('fixtures');

const root = fileURLToPath(new URL('..', import.meta.url));
const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 << 20,
})
  .split('\0')
  .filter((path) => SOURCE.test(path) && !exempt(path));

const lineCount = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
const over = [];
for (const path of new Set(files)) {
  let text;
  try {
    text = readFileSync(join(root, path), 'utf8');
  } catch (err) {
    if (err.code === 'ENOENT') continue; // deleted in the working tree, not yet staged
    throw err;
  }
  const lines = lineCount(text);
  if (lines > MAX_LINES) over.push({ path, lines });
}

if (over.length) {
  over.sort((a, b) => b.lines - a.lines);
  for (const { path, lines } of over) process.stderr.write(`  ${path}: ${lines} lines\n`);
  process.stderr.write(
    `check-sizes: ${over.length} source file(s) above are over ${MAX_LINES} lines; split each along a seam into modules whose names say what they hold\n`,
  );
  process.exit(1);
}
console.log(`check-sizes: ${files.length} source files outside test/ and fixtures, none over ${MAX_LINES} lines`);
