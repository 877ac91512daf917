// Hostile and broken input: every case ends in a result (never an exception), "no article found" where
// there is none, and nothing huge comes back.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extractArticle, NO_ARTICLE } from '../../src/extract/index.js';

const URL = 'https://news.example/2024/05/story';
const PROSE = [
  'The regional parliament voted on Tuesday to extend the night train between the two capitals for another three years, after a campaign by commuters and climate groups.',
  'The service had been due to end in December because its operator said the sleeping cars were too old and too expensive to maintain without public money.',
  'Under the agreement, the two regions will share the cost of refurbishing twelve carriages and guarantee the operator a minimum payment for every trip.',
  'Passenger numbers on the route have grown by a third since last year, according to figures published by the transport ministry in the spring.',
];
const article = (): string => PROSE.map((p) => `<p>${p}</p>`).join('\n');

function expectNoArticle(r: ReturnType<typeof extractArticle>): void {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason).toBe(NO_ARTICLE);
}

describe('bad input', () => {
  it('elements named like document properties (document.<name> of a form or img) do not hide them', () => {
    // jsdom answers document.createElement with the form named so: Readability must not read it from there.
    for (const name of ['createElement', 'title', 'body', 'documentElement']) {
      const html = `<html><head><title>Night train saved</title></head><body><article><h1>Night train saved</h1><img name="${name}" src="/a.jpg" alt="">${article()}</article><form name="${name}"><input name="q"></form></body></html>`;
      const r = extractArticle(html, URL);
      expect(r.ok, name).toBe(true);
      if (!r.ok) continue;
      expect(r.article.title, name).toBe('Night train saved');
      expect(r.article.text, name).toContain(PROSE[3]);
    }
  });

  it('empty and whitespace-only pages', () => {
    expectNoArticle(extractArticle('', URL));
    expectNoArticle(extractArticle(' \n\t '.repeat(1000), URL));
    expectNoArticle(extractArticle(undefined as unknown as string, URL));
  });

  it('binary data sent as text/html', () => {
    const bytes = randomBytes(2 * 1024 * 1024);
    expectNoArticle(extractArticle(bytes.toString('latin1'), URL));
    expectNoArticle(extractArticle(bytes.toString('utf8'), URL));
    const r = extractArticle(`%PDF-1.7\n${bytes.toString('latin1')}`, URL);
    expect(r.ok ? '' : r.detail).toBe('binary data');
  });

  it('a 40 MB page of chrome has no article and returns', () => {
    const chunk =
      '<div class="tile"><a href="/x">Another headline in the endless grid</a><span>2 min read</span></div>\n';
    const html = `<html><body>${chunk.repeat(Math.ceil((40 * 1024 * 1024) / chunk.length))}</body></html>`;
    expect(html.length).toBeGreaterThan(40 * 1024 * 1024);
    expectNoArticle(extractArticle(html, URL));
  });

  it('a 40 MB page whose bulk is scripts and styles still yields its article, and a bounded one', () => {
    const filler = `<script>${'var x = "<div>junk</div>";'.repeat(1000)}</script><style>${'.a{color:red}'.repeat(1000)}</style>`;
    const html = `<html><head>${filler.repeat(Math.ceil((40 * 1024 * 1024) / filler.length))}</head><body><article><h1>Night train saved</h1>${article()}</article></body></html>`;
    const r = extractArticle(html, URL);
    expect(r.ok).toBe(true);
    if (r.ok) {
      for (const p of PROSE) expect(r.article.text).toContain(p);
      expect(r.article.text.length).toBeLessThan(10_000);
    }
  });

  it('deeply nested markup is flattened, not a stack overflow, and its text survives', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<article>${article()}</article>${'</div>'.repeat(depth)}</body></html>`;
    const r = extractArticle(html, URL);
    expect(r.ok).toBe(true);
    if (r.ok) for (const p of PROSE) expect(r.article.text).toContain(p);
  });

  it('deep nesting of unclosed inline tags and tables', () => {
    expect(() =>
      extractArticle(`<html><body>${'<b><i><table><tr><td>'.repeat(20_000)}x</body></html>`, URL),
    ).not.toThrow();
    expect(() => extractArticle(`<p>${'<a title="x'.repeat(50_000)}`, URL)).not.toThrow();
  });

  it('unclosed comment or script at the top swallows the page, like a browser', () => {
    expectNoArticle(extractArticle(`<!-- ${article()}`, URL));
    expectNoArticle(extractArticle(`<script> ${article()}`, URL));
  });

  it('a URL that is not a URL', () => {
    const r = extractArticle(`<html><body><article>${article()}</article></body></html>`, 'not a url');
    expect(r.ok).toBe(true);
  });
});
