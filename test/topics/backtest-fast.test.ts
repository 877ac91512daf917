// The backtest's fast path (the query tested once on prepared text, one claim index kept across the replay)
// gives exactly what the straightforward replay gives: every article through applyArticle as the topics worker
// calls it, with a fresh index built from the state each time. On a varied set: topic and unrelated articles,
// other outlets repeating and rewording sentences, shared quotations, copies, and enough claims that the
// state's bound drops some (so the kept index holds claims the state no longer has).
import { describe, expect, it } from 'vitest';
import { backtestTopic, type BacktestArticle } from '../../src/topics/backtest.js';
import { applyArticle, compileTopic, MAX_CLAIMS, type TopicState } from '../../src/topics/engine.js';
import type { TopicChange } from '../../src/model.js';
import { articleText, eventEntities, TOPIC } from '../../simulation/article-text.js';

const statuses = [
  { id: 'lifted', label: 'Lifted', when: 'lifted OR ended' },
  { id: 'extended', label: 'Extended', when: 'extend* OR renew*' },
];

function varied(n: number): BacktestArticle[] {
  const out: BacktestArticle[] = [];
  const t0 = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < n; i++) {
    const e = eventEntities(11, Math.floor(i / 4), 0.7);
    const t = articleText(i * 7919 + 3, e, { paragraphs: [3, 7] });
    let paragraphs = t.paragraphs;
    // Every fourth article is another outlet's take on the previous one: some sentences repeated, some
    // reworded, and a quotation both carry.
    const prev = out[out.length - 1];
    if (i % 4 === 3 && prev) {
      const quote = `“The ${e.subject} will not go ahead while ${e.org} reviews it,” ${e.person} said.`;
      const reused = prev.text.split('\n\n').slice(0, 2);
      paragraphs = [
        ...reused.map((p, k) => (k % 2 ? p : p.replace(/\.$/, `, officials in ${e.place} said.`))),
        quote,
        ...paragraphs.slice(0, 2),
      ];
      out[out.length - 1] = { ...prev, text: `${prev.text}\n\n${quote}` };
    }
    out.push({
      id: `a${i}`,
      url: `https://example.com/${i}`,
      source: `outlet-${i % 9}`,
      title: i % 13 === 0 ? `${t.title}: quarry moratorium lifted` : t.title,
      text: paragraphs.join('\n\n'),
      storyId: `s${Math.floor(i / 4)}`,
      // Copies are skipped by both.
      duplicateOf: i % 17 === 5 ? `a${i - 1}` : null,
      // Some share a timestamp, so the id breaks the tie.
      firstSeen: new Date(t0 + Math.floor(i / 2) * 60_000).toISOString(),
    });
  }
  return out;
}

type Replay = { state: TopicState; updates: TopicChange[] };
const replays = new Map<string, Replay>();

/** What the topics worker does with the same articles, one by one, from an empty state. */
function straightforward(query: string, articles: BacktestArticle[]): Replay {
  const known = replays.get(query);
  if (known) return known;
  const topic = compileTopic({ ...TOPIC, query, statuses });
  const ordered = [...articles].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.id.localeCompare(b.id));
  let state: TopicState | null = null;
  const updates: TopicChange[] = [];
  for (const a of ordered) {
    if (a.duplicateOf) continue;
    const r = applyArticle(topic, state, { ...a, storyTitle: null, isRevision: false }, a.firstSeen);
    state = r.state;
    if (r.update) updates.push(r.update);
  }
  const out = { state: state!, updates };
  replays.set(query, out);
  return out;
}

describe('backtest fast path', () => {
  const articles = varied(1200);

  for (const query of [TOPIC.query, 'quarry AND NOT suspension', '"quarry moratorium" OR lift*']) {
    it(`matches the straightforward replay for ${query}`, () => {
      const fast = backtestTopic(compileTopic({ ...TOPIC, query, statuses }), articles, 100_000);
      const slow = straightforward(query, articles);
      expect(fast.updates.length).toBeGreaterThan(5);
      expect(fast.updates).toEqual(
        [...slow.updates].reverse().map((u) => ({
          at: u.at,
          article: u.article,
          status: u.status,
          added: u.added.map((c) => c.text),
          corroborated: u.corroborated.map((c) => c.text),
        })),
      );
      expect(fast.claims).toEqual(
        slow.state.claims
          .map((c) => ({ text: c.text, outlets: [...new Set(c.sources.map((s) => s.source))], firstSeen: c.firstSeen }))
          .reverse(),
      );
      expect(fast.status).toEqual(slow.state.status);
    });
  }

  it('exercises the state bound and corroboration (the set is varied enough)', () => {
    const slow = straightforward(TOPIC.query, articles);
    expect(slow.state.claims.length).toBe(MAX_CLAIMS);
    expect(slow.updates.some((u) => u.corroborated.length > 0)).toBe(true);
    expect(slow.state.claims.some((c) => new Set(c.sources.map((s) => s.source)).size > 1)).toBe(true);
  });
});
