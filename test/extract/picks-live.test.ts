// Issue 17, branch `picks`: a live page's text is its summary (live-summary.ts). The pages are of our own
// writing: a harbour storm followed live, a council budget night, a marathon; each rule case has a look-alike
// that must stay whole.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { parseHtml } from '../../src/extract/document.js';
import { keepLiveSummary, liveUpdates } from '../../src/extract/live-summary.js';

const SUMMARY = [
  'Storm Ilse reached the north coast on Tuesday evening, closing the harbour at Kettleness and cutting power to about 4,000 homes along the estuary road.',
  'The coastguard asked people to keep away from the sea wall until the tide turns after midnight, and the ferry to the islands will not sail before Thursday.',
  'Follow our live coverage below.',
];

interface Update {
  headline: string;
  body: string[];
  time: string;
}

const UPDATES: Update[] = [
  {
    headline: 'Power back for most of the estuary road',
    body: [
      'The grid operator says 3,100 of the homes cut off this evening have power again; crews are still working on the line near the old mill.',
    ],
    time: '22:40',
  },
  {
    headline: 'Ferry company cancels Wednesday sailings',
    body: [
      'The island ferry will stay in port all of Wednesday, the company has said, and tickets for the cancelled crossings will be refunded in full.',
    ],
    time: '21:55',
  },
  {
    headline: 'Waves over the sea wall at high tide',
    body: [
      'Our reporter on the promenade watched waves break over the wall for about twenty minutes at high tide; the road behind it is closed to traffic.',
    ],
    time: '21:10',
  },
];

function jsonLd(type: string, updates: Update[] | null): string {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': type,
    headline: 'Storm Ilse live: harbour closed as waves top sea wall',
    datePublished: '2026-11-03T17:00:00Z',
  };
  if (updates)
    ld.liveBlogUpdate = updates.map((u) => ({
      '@type': 'BlogPosting',
      headline: u.headline,
      articleBody: u.body.join(' '),
      datePublished: `2026-11-03T${u.time}:00Z`,
    }));
  return `<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
}

function entries(updates: Update[]): string {
  return updates
    .map(
      (u) =>
        `<div class="feed-entry"><time>${u.time}</time><h3>${u.headline}</h3>${u.body.map((p) => `<p>${p}</p>`).join('')}</div>`,
    )
    .join('');
}

function livePage(ld: string, summary: string[], updates: Update[]): string {
  return `<!doctype html><html><head><title>Storm Ilse live | Coast Courier</title>${ld}</head><body>
<header class="site"><a href="/">Coast Courier</a></header>
<main><article><h1>Storm Ilse live: harbour closed as waves top sea wall</h1>
<div class="article-body">${summary.map((p) => `<p>${p}</p>`).join('')}
${entries(updates)}</div></article></main></body></html>`;
}

function text(html: string): { text: string; rules: string[] } {
  const rules: string[] = [];
  const r = extractArticle(html, 'https://courier.example/news/storm-ilse-live', { trace: (rule) => rules.push(rule) });
  if (!r.ok) throw new Error(`no article: ${r.detail ?? ''}`);
  return { text: r.article.text.replace(/\s+/g, ' '), rules };
}

describe('a live page is its summary', () => {
  it('stops at the first update its JSON-LD lists', () => {
    const { text: out, rules } = text(livePage(jsonLd('LiveBlogPosting', UPDATES), SUMMARY, UPDATES));
    for (const p of SUMMARY) expect(out).toContain(p);
    for (const u of UPDATES) {
      expect(out).not.toContain(u.headline);
      for (const p of u.body) expect(out).not.toContain(p);
    }
    expect(rules).toContain('live-blog: updates after the summary');
  });

  it('knows an update by the opening of its text when the page shows no headline', () => {
    const ld = jsonLd('LiveBlogPosting', UPDATES);
    const html = livePage(ld, SUMMARY, UPDATES).replace(/<h3>[^<]*<\/h3>/g, '');
    const { text: out } = text(html);
    for (const p of SUMMARY) expect(out).toContain(p);
    for (const u of UPDATES) for (const p of u.body) expect(out).not.toContain(p);
  });

  it('keeps a key-points list that names the updates, and cuts at the feed', () => {
    const points = `<h2>Key points</h2><ul>${UPDATES.map((u) => `<li>${u.headline}</li>`).join('')}</ul>`;
    const html = livePage(jsonLd('LiveBlogPosting', UPDATES), SUMMARY, UPDATES).replace(
      '<div class="article-body">',
      `<div class="article-body">${points}`,
    );
    const { text: out } = text(html);
    for (const p of SUMMARY) expect(out).toContain(p);
    for (const u of UPDATES) expect(out).toContain(u.headline);
    for (const u of UPDATES) for (const p of u.body) expect(out).not.toContain(p);
  });

  it('leaves an ordinary report whole, whatever its subheadings', () => {
    // The same blocks on a NewsArticle: sections of one report, not a feed.
    const { text: out, rules } = text(livePage(jsonLd('NewsArticle', UPDATES), SUMMARY, UPDATES));
    for (const u of UPDATES) for (const p of u.body) expect(out).toContain(p);
    expect(rules).not.toContain('live-blog: updates after the summary');
  });

  it('leaves a live page whole when its JSON-LD lists no updates', () => {
    const { text: out } = text(livePage(jsonLd('LiveBlogPosting', null), SUMMARY, UPDATES));
    for (const u of UPDATES) for (const p of u.body) expect(out).toContain(p);
  });

  it('leaves a live page whole when there is no summary before the feed', () => {
    // All feed: cutting at the first update would leave nothing of the page.
    const { text: out } = text(livePage(jsonLd('LiveBlogPosting', UPDATES), ['Live.'], UPDATES));
    for (const u of UPDATES) for (const p of u.body) expect(out).toContain(p);
  });
});

describe('liveUpdates', () => {
  it('reads the updates of a LiveBlogPosting inside a graph, and nothing from other types', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Budget night' },
        {
          '@type': ['LiveBlogPosting'],
          liveBlogUpdate: [
            { headline: 'Council approves the library budget' },
            { headline: 'Opposition walks out over bus fares' },
          ],
        },
      ],
    });
    const found = liveUpdates([graph])!;
    expect([...found]).toEqual(['council approves the library budget', 'opposition walks out over bus fares']);
    const blog = JSON.stringify({
      '@type': 'BlogPosting',
      liveBlogUpdate: [{ headline: 'Marathon route closes at nine' }],
    });
    expect(liveUpdates([blog])).toBeNull();
    expect(liveUpdates(['{ not json LiveBlogPosting'])).toBeNull();
  });

  it('cuts only from a block that is an update, not from a sentence that mentions one', () => {
    const doc = parseHtml(`<body><div id="c">
      <p>The council met at six to settle next year's budget, with the library and the bus fares the two questions left open after a month of talks.</p>
      <p>By nine, councillors expected the library budget to pass: the vote on it was the evening's first.</p>
      <h3>Council approves the library budget</h3><p>The vote was 31 to 12.</p></div></body>`);
    const content = doc.getElementById('c')!;
    keepLiveSummary(content, new Set(['council approves the library budget', 'opposition walks out over bus fares']));
    expect(content.textContent).toContain('library budget to pass');
    expect(content.textContent).not.toContain('The vote was 31 to 12.');
  });
});
