// Every case folder under test/fixtures/extract is a page we wrote, with the article paragraphs it must
// yield (expected.txt) and the junk that must not leak (case.json "junk"), or "article": false.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'extract');

interface Case {
  url: string;
  about: string;
  article?: boolean;
  junk?: string[];
  meta?: Record<string, string | null>;
}

const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('extraction fixtures', () => {
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of cases) {
    const dir = join(ROOT, name);
    const c = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Case;
    const html = readFileSync(join(dir, 'page.html'), 'utf8');

    if (c.article === false) {
      it(`${name}: no article (${c.about})`, () => {
        const r = extractArticle(html, c.url);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reason).toBe('no article found');
      });
      continue;
    }

    it(`${name}: the whole body and nothing else (${c.about})`, () => {
      const r = extractArticle(html, c.url);
      expect(r.ok, r.ok ? '' : r.detail).toBe(true);
      if (!r.ok) return;
      const got = paragraphs(r.article.text);
      const want = paragraphs(readFileSync(join(dir, 'expected.txt'), 'utf8'));
      // Body whole: every paragraph, in order; nothing else: no paragraph that is not the story's.
      expect(got).toEqual(want);
      for (const junk of c.junk ?? []) expect(r.article.text, `leaked: ${junk}`).not.toContain(junk);
      expect(r.article.text).not.toContain(r.article.title);
      for (const [k, v] of Object.entries(c.meta ?? {})) expect(r.article[k as keyof typeof r.article], k).toBe(v);
    });

    it(`${name}: display HTML is sanitized`, () => {
      const r = extractArticle(html, c.url);
      if (!r.ok) throw new Error(r.detail);
      const out = r.article.html;
      expect(out).not.toMatch(/<(script|style|iframe|form|input|button|svg)\b/i);
      expect(out).not.toMatch(/\son\w+=/i);
      expect(out).not.toMatch(/\s(class|id|style)=/i);
      for (const m of out.matchAll(/\s(?:href|src)="([^"]*)"/g)) expect(m[1]).toMatch(/^(https?:|mailto:)/);
      expect(existsSync(join(dir, 'expected.txt'))).toBe(true);
    });
  }
});
