// Adding sources to a config file's text: the new entries appear in the sources list and nothing else changes,
// not a comment, not an alignment; whatever the shape of the list (missing, empty, null, block, flow).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { addSourcesToConfigText, ConfigEditError, sourcesInConfigText } from '../../src/config/add-sources.js';
import { parseConfigText } from '../../src/config/load.js';

const NEW = [
  { id: 'harbour-news', url: 'https://harbour.example.com/rss', title: 'Harbour: news # not a comment' },
  { id: 'tide-tables', url: 'https://tides.example.org/feed.xml', every: '10m' },
];

/** The lines of `before` are all in `after`, in order: nothing of the old text was changed or dropped. */
function keepsEveryLine(before: string, after: string): void {
  const lines = after.split('\n');
  let i = 0;
  for (const line of before.split('\n')) {
    while (i < lines.length && lines[i] !== line) i++;
    expect(i, `line ${JSON.stringify(line)} kept`).toBeLessThan(lines.length);
    i++;
  }
}

const shapes: [string, string][] = [
  ['the shipped config', readFileSync('config/deltafeed.yaml', 'utf8')],
  ['an empty file', ''],
  ['a comment only', '# sources come later\n'],
  ['an empty flow list', 'sources: []   # none yet\n# tail comment\n'],
  ['a key without value', 'sources:\n# comment\ntopics: []\n'],
  ['an explicit null', 'sources: null\ntopics: []\n'],
  [
    'a block list with trailing comments',
    'redis: { url: "redis://127.0.0.1:6379" }\nsources:\n  - id: old\n    url: http://old.example.com/rss   # aligned\n  # trailing\n\n# top comment\ntopics: []\n',
  ],
  ['a list at column 0 without final newline', 'sources:\n- id: old\n  url: http://old.example.com/rss'],
];

describe.each(shapes)('into %s', (_, before) => {
  const after = addSourcesToConfigText(before, NEW);

  test('the old text is all there, and the sources are added after the existing ones', () => {
    if (!/sources:\s*(\[\]|null)/.test(before)) keepsEveryLine(before, after);
    const old = (parse(before) as { sources?: unknown[] } | null)?.sources ?? [];
    expect((parse(after) as { sources: unknown[] }).sources).toEqual([...(Array.isArray(old) ? old : []), ...NEW]);
  });

  test('the result is a valid config with those sources', () => {
    const c = parseConfigText(after);
    expect(c.sources.slice(-2).map((s) => [s.id, s.url, s.title, s.every])).toEqual([
      ['harbour-news', 'https://harbour.example.com/rss', 'Harbour: news # not a comment', 300_000],
      ['tide-tables', 'https://tides.example.org/feed.xml', undefined, 600_000],
    ]);
    expect(
      sourcesInConfigText(after)
        .map((s) => s.id)
        .slice(-2),
    ).toEqual(['harbour-news', 'tide-tables']);
  });
});

test('the shipped config keeps its alignment: only added lines differ', () => {
  const before = readFileSync('config/deltafeed.yaml', 'utf8');
  const after = addSourcesToConfigText(before, NEW);
  const added = after.split('\n').length - before.split('\n').length;
  expect(added).toBe(6);
  expect(after).toContain(
    '    #                             # polls (/api/sources and the dashboard say the source is catching up)\n  - id: harbour-news\n',
  );
});

test('a flow list with items becomes a block list holding the old and new sources', () => {
  const after = addSourcesToConfigText('sources: [{ id: old, url: "http://old.example.com/rss" }]\n', NEW);
  expect((parse(after) as { sources: unknown[] }).sources).toEqual([
    { id: 'old', url: 'http://old.example.com/rss' },
    ...NEW,
  ]);
});

test.each([
  ['sources is a mapping', 'sources: { id: x }\n', /not a list/],
  ['the top level is a list', '- a\n- b\n', /not a YAML mapping/],
  ['broken YAML', 'sources: [\n', /not valid YAML \(line/],
])('refuses when %s', (_, text, message) => {
  expect(() => addSourcesToConfigText(text, NEW)).toThrow(ConfigEditError);
  expect(() => addSourcesToConfigText(text, NEW)).toThrow(message);
});
