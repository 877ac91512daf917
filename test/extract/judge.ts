// What the extractor makes of a test page of our own writing: its text with whitespace squashed, the rules
// that fired, and for a chrome case the chrome phrases that survived and the article sentences that were lost.
import { extractArticle } from '../../src/extract/index.js';
import type { ChromeCase } from './chrome-pages.js';
import type { Story } from './chrome-stories.js';

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function extracted(html: string, story: Story): { text: string; rules: string[] } {
  const rules: string[] = [];
  const r = extractArticle(html, `https://news.example/local/${story.slug}`, { trace: (rule) => rules.push(rule) });
  if (!r.ok) throw new Error(`no article: ${r.detail ?? ''}`);
  return { text: squash(r.article.text), rules };
}

export function judge(c: Pick<ChromeCase, 'html' | 'story' | 'chrome' | 'article'>): {
  leaked: string[];
  lost: string[];
} {
  const r = extractArticle(c.html, `https://news.example/${c.story.section.toLowerCase()}/${c.story.slug}`);
  if (!r.ok) return { leaked: [], lost: [`(no article: ${r.detail ?? ''})`] };
  const text = squash(r.article.text);
  const lower = text.toLowerCase();
  return {
    leaked: c.chrome.filter((p) => lower.includes(p.toLowerCase())),
    lost: c.article.filter((p) => !text.includes(squash(p))),
  };
}
