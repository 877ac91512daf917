// Create an extraction fixture case from an HTML file:
//
//   npm run build && node dist/scripts/add-extract-case.js NAME page.html [--url URL] [--no-article] [--about TEXT]
//
// writes test/fixtures/extract/NAME/{page.html, expected.txt, case.json}. expected.txt starts as what the
// cleaner makes of the page today, so review it by hand: delete what is not the story, add what is missing,
// and list the junk that must never leak in case.json "junk". Only pages you wrote yourself belong here.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/extract/index.js';

const { values, positionals } = parseArgs({
  options: {
    url: { type: 'string' },
    'no-article': { type: 'boolean' },
    about: { type: 'string' },
    force: { type: 'boolean' },
  },
  allowPositionals: true,
});
const [name, file] = positionals;
if (!name || !file || !/^[a-z0-9-]+$/.test(name)) {
  process.stderr.write(
    'usage: add-extract-case NAME page.html [--url URL] [--no-article] [--about TEXT] [--force]\n  NAME: lowercase letters, digits, dashes\n',
  );
  process.exit(2);
}

const dir = resolve('test', 'fixtures', 'extract', name);
if (existsSync(dir) && !values.force) {
  process.stderr.write(`${dir} exists (use --force to overwrite)\n`);
  process.exit(1);
}
const html = readFileSync(file, 'utf8');
// Fixture pages have no real address: a reserved example domain keeps relative links resolvable.
const url = values.url ?? `https://fixtures.example/${name}`;
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'page.html'), html);

const result = extractArticle(html, url);
const about = values.about ?? 'describe what this page tests';
if (values['no-article']) {
  writeFileSync(join(dir, 'case.json'), `${JSON.stringify({ url, about, article: false }, null, 2)}\n`);
  process.stdout.write(
    `${dir}: no-article case; the cleaner currently says ${result.ok ? 'there IS an article' : `"${result.reason}" (${result.detail})`}\n`,
  );
} else {
  const text = result.ok ? result.article.text : '';
  const meta = result.ok
    ? { title: result.article.title, byline: result.article.byline, published: result.article.published }
    : {};
  writeFileSync(join(dir, 'expected.txt'), `${text}\n`);
  writeFileSync(join(dir, 'case.json'), `${JSON.stringify({ url, about, junk: [], meta }, null, 2)}\n`);
  process.stdout.write(
    `${dir}: wrote the current output to expected.txt (${result.ok ? `${text.split('\n\n').length} paragraphs` : `no article: ${result.detail}`}); review it and fill in "junk"\n`,
  );
}
