// The second red-team set's judge: the first set's (judge.ts), and the rules that fired.
import { extractArticle } from '../../src/extract/index.js';
import { squash } from './judge.js';
import type { Redteam2Case } from './redteam2-pages6.js';

export interface Verdict {
  leaked: string[];
  lost: string[];
  rules: string[];
}

export function judge2(c: Redteam2Case): Verdict {
  const rules: string[] = [];
  const url = `https://news.example/${c.story.section.toLowerCase()}/${c.story.slug}`;
  const r = extractArticle(c.html, url, { trace: (rule) => rules.push(rule) });
  if (!r.ok) return { leaked: [], lost: [`(no article: ${r.detail ?? ''})`], rules };
  const text = squash(r.article.text);
  const lower = text.toLowerCase();
  return {
    leaked: c.chrome.filter((p) => lower.includes(p.toLowerCase())),
    lost: c.article.filter((p) => !text.includes(squash(p))),
    rules,
  };
}
