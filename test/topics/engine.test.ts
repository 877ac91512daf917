import { describe, expect, it } from 'vitest';
import { applyArticle, compileTopic, MAX_CLAIMS, type TopicArticle, type TopicState } from '../../src/topics/engine.js';
import { renderTopicUpdate } from '../../src/diff/topic-update.js';
import type { Claim } from '../../src/model.js';
import {
  INVITED,
  LITTLE_INTEREST,
  NOT_INVITED,
  SIDESTEP,
  T0,
  T1,
  T2,
  T3,
  THIRD_QUOTE,
  UKRAINE_NATO,
  UNRELATED,
  WIRE_COPY,
} from './fixtures.js';

const topic = compileTopic(UKRAINE_NATO);
const GUARANTEE =
  'Foreign Minister Andrii Sybiha told reporters that an invitation is the only real security guarantee for Ukraine.';

/** Applies articles in order and returns every result. */
function run(steps: [TopicArticle, string][], start: TopicState | null = null) {
  let state = start;
  return steps.map(([article, now]) => {
    const r = applyArticle(topic, state, article, now);
    state = r.state;
    return r;
  });
}

const outlets = (c: Claim | undefined) => [...new Set(c?.sources.map((s) => s.source))];

describe('applyArticle: the first report', () => {
  const [first] = run([[SIDESTEP, T0]]);

  it('creates the topic state with a status, its evidence and claims', () => {
    const { state, update, matched } = first!;
    expect(matched).toBe(true);
    expect(state.status).toEqual({
      id: 'stalled',
      label: 'Bid stalled',
      since: T0,
      evidence: {
        sentence:
          "NATO foreign ministers meeting in Brussels on Tuesday sidestepped Ukraine's request for an invitation to join the alliance.",
        articleId: 'a1',
        url: 'https://kyiv-daily.example/a1',
        source: 'kyiv-daily',
        rule: UKRAINE_NATO.statuses[2]!.when,
      },
    });
    // The snow sentence does not carry the topic; "Mr. Sybiha said Kyiv..." does through its paragraph.
    expect(state.claims.map((c) => c.text)).toEqual([
      "NATO foreign ministers meeting in Brussels on Tuesday sidestepped Ukraine's request for an invitation to join the alliance.",
      GUARANTEE,
      'Mr. Sybiha said Kyiv would keep pressing allies before the next summit.',
      'Several allies, including the U.S. and Germany, argue that Ukraine cannot join NATO while fighting continues.',
    ]);
    expect(state.claims.every((c) => c.firstSeen === T0 && c.lastSeen === T0)).toBe(true);
    expect(state.updates).toBe(1);
    expect(update).not.toBeNull();
  });

  it('makes one update with the new claims, the status change, the brief diff and why', () => {
    const u = first!.update!;
    expect(u.id).toMatch(/^u[0-9a-f]{24}$/);
    expect(u.topicId).toBe('ukraine-nato');
    expect(u.at).toBe(T0);
    expect(u.story).toEqual({ id: 's1', title: SIDESTEP.title });
    expect(u.article).toEqual({ id: 'a1', url: SIDESTEP.url, source: 'kyiv-daily', title: SIDESTEP.title });
    expect(u.status).toEqual({ from: null, to: 'stalled' });
    expect(u.added).toHaveLength(4);
    expect(u.added[1]).toEqual({
      id: expect.stringMatching(/^c[0-9a-f]{16}$/) as string,
      text: GUARANTEE,
      sources: [{ url: SIDESTEP.url, source: 'kyiv-daily' }],
    });
    expect(u.corroborated).toEqual([]);
    expect(u.briefBefore).toEqual([]);
    expect(u.briefAfter).toHaveLength(4);
    expect(renderTopicUpdate(u).diffHtml).toMatch(
      /^<p class="status">Status: <ins>Bid stalled<\/ins><\/p><ul><li><ins>NATO foreign ministers/,
    );
    expect(renderTopicUpdate(u).diffHtml).toContain('Ukraine&#39;s request');
    expect(u.why).toMatchObject({
      matchedTerms: ['ukraine', 'kyiv', 'nato', 'invit*', 'join*'],
      topicSentences: 4,
      status: { rule: 'stalled', terms: ['sidestep*'], changed: true },
      followUp: null,
    });
    expect((u.why.novelty as { novelty: number }[])[0]!.novelty).toBe(1);
  });

  it('is deterministic, so a retried job makes the same update id, and leaves its input alone', () => {
    const again = applyArticle(topic, null, SIDESTEP, T0);
    expect(again.update!.id).toBe(first!.update!.id);
    expect(again.state).toEqual(first!.state);
    const frozen = structuredClone(first!.state);
    applyArticle(topic, first!.state, LITTLE_INTEREST, T2);
    expect(first!.state).toEqual(frozen);
  });
});

describe('applyArticle: the life of a topic', () => {
  const [, wire, interest, third, notInvited, invited] = run([
    [SIDESTEP, T0],
    [WIRE_COPY, T1],
    [LITTLE_INTEREST, T2],
    [THIRD_QUOTE, T2],
    [NOT_INVITED, T3],
    [INVITED, T3],
  ]);

  it('the wire copy adds no update but corroborates every claim', () => {
    expect(wire!.update).toBeNull();
    expect(wire!.matched).toBe(true);
    expect(wire!.state.updates).toBe(1);
    expect(wire!.state.claims).toHaveLength(4);
    for (const c of wire!.state.claims) {
      expect(outlets(c)).toEqual(['kyiv-daily', 'wire-europe']);
      expect(c.lastSeen).toBe(T1);
    }
  });

  it("a new outlet's story adds an update with its new claims, and corroborates the guarantee", () => {
    const u = interest!.update!;
    expect(u.status).toBeNull();
    expect(u.added.map((a) => a.text)).toEqual([
      "Members of the incoming U.S. administration have shown little interest in Ukraine's bid to join NATO, people familiar with the talks said.",
      "Allies declared at their July summit that Ukraine's path to membership was irreversible.",
    ]);
    expect(u.corroborated.map((c) => c.text)).toEqual([GUARANTEE]);
    expect(u.briefBefore).toEqual(wire!.state.brief);
    expect(renderTopicUpdate(u).diffHtml).toContain(
      '<li><ins>Members of the incoming U.S. administration have shown little interest',
    );
    expect(renderTopicUpdate(u).diffHtml).not.toContain('<del>');
    // "little interest" is stalled evidence, but the status already is stalled.
    expect(u.why.status).toMatchObject({ rule: 'stalled', changed: false });
    expect(interest!.state.updates).toBe(2);
  });

  it('merges the guarantee line quoted by three, then four, outlets into one claim', () => {
    const find = (s: TopicState) => s.claims.find((c) => c.text === GUARANTEE);
    expect(outlets(find(interest!.state))).toEqual(['kyiv-daily', 'wire-europe', 'capitol-post']);
    expect(third!.update).toBeNull();
    expect(outlets(find(third!.state))).toEqual(['kyiv-daily', 'wire-europe', 'capitol-post', 'baltic-times']);
    expect(third!.state.claims).toHaveLength(interest!.state.claims.length);
  });

  it('does not take a negated or hedged mention as evidence', () => {
    expect(notInvited!.state.status?.id).toBe('stalled');
    expect(notInvited!.update?.status).toBeNull();
  });

  it('changes the status on evidence and shows the change', () => {
    const u = invited!.update!;
    expect(u.status).toEqual({ from: 'stalled', to: 'invited' });
    expect(invited!.state.status).toMatchObject({
      id: 'invited',
      since: T3,
      evidence: {
        sentence: 'NATO leaders formally invited Ukraine to join the alliance at an extraordinary meeting on Thursday.',
        articleId: 'a5',
      },
    });
    expect(renderTopicUpdate(u).diffHtml).toMatch(
      /^<p class="status">Status: <del>Bid stalled<\/del> <ins>Invited<\/ins><\/p>/,
    );
    expect(u.why.status).toMatchObject({ rule: 'invited', terms: ['"formally invited"'], changed: true });
  });

  it('a late copy of old evidence does not bring the old status back', () => {
    const late = { ...SIDESTEP, id: 'a8', url: 'https://late-wire.example/a8', source: 'late-wire', storyId: 's7' };
    const r = applyArticle(topic, invited!.state, late, '2024-12-06T09:00:00Z');
    expect(r.state.status?.id).toBe('invited');
    expect(r.update).toBeNull();
  });

  it('an article that does not match changes nothing', () => {
    const r = applyArticle(topic, invited!.state, UNRELATED, '2024-12-06T09:00:00Z');
    expect(r.matched).toBe(false);
    expect(r.update).toBeNull();
    expect(r.state).toEqual(invited!.state);
  });
});

describe('applyArticle: one update per story', () => {
  const [first] = run([[SIDESTEP, T0]]);
  const sameStory = (id: string, paragraphs: string[]): TopicArticle => ({
    id,
    url: `https://riga-news.example/${id}`,
    source: 'riga-news',
    title: 'Allies sidestep Kyiv',
    text: paragraphs.join('\n\n'),
    storyId: 's1',
    storyTitle: SIDESTEP.title,
    isRevision: false,
  });

  it('another outlet in the same story with a stray new sentence adds its claim without an update', () => {
    const r = applyArticle(
      topic,
      first!.state,
      sameStory('b1', [
        "NATO foreign ministers meeting in Brussels on Tuesday sidestepped Ukraine's request for an invitation to join the alliance.",
        'Latvia and Lithuania pressed hardest for inviting Ukraine to join NATO right away.',
      ]),
      T1,
    );
    expect(r.update).toBeNull();
    expect(r.state.claims.map((c) => c.text)).toContain(
      'Latvia and Lithuania pressed hardest for inviting Ukraine to join NATO right away.',
    );
    expect(r.state.updates).toBe(1);
    expect(r.state.brief).toEqual(first!.state.brief);
  });

  const NEWS = [
    'Latvia and Lithuania pressed hardest for inviting Ukraine to join NATO right away.',
    'Hungary and Slovakia said they would block any accession talks for Kyiv.',
    'Turkey proposed a compromise that would let Ukraine join NATO exercises as an observer.',
  ];

  it('another outlet with substantial news in the same story adds claims but no second update (one per story)', () => {
    const r = applyArticle(topic, first!.state, sameStory('b2', NEWS), T1);
    expect(r.update).toBeNull();
    expect(r.state.claims.length).toBe(first!.state.claims.length + 3);
  });

  it('a revision bringing substantial news to the story makes a follow-up update', () => {
    const revised: TopicArticle = { ...SIDESTEP, isRevision: true, text: `${SIDESTEP.text}\n\n${NEWS.join('\n\n')}` };
    const r = applyArticle(topic, first!.state, revised, T1);
    expect(r.update?.added).toHaveLength(3);
    expect(r.update?.why.followUp).toEqual({ of: first!.update!.id });
  });

  it('a revision of the same article that rewords a sentence makes no update and no duplicate source', () => {
    const revised: TopicArticle = {
      ...SIDESTEP,
      isRevision: true,
      text: SIDESTEP.text.replace('would keep pressing allies', 'would continue to press allies'),
    };
    const r = applyArticle(topic, first!.state, revised, T1);
    expect(r.update).toBeNull();
    expect(r.state.claims).toHaveLength(first!.state.claims.length);
    expect(r.state.claims.every((c) => c.sources.length === 1)).toBe(true);
  });
});

describe('applyArticle: topics without status rules, bounds, the brief', () => {
  it('tracks claims without a status when the topic has no status rules', () => {
    const plain = compileTopic({ ...UKRAINE_NATO, statuses: [] });
    const r = applyArticle(plain, null, SIDESTEP, T0);
    expect(r.state.status).toBeNull();
    expect(r.update?.status).toBeNull();
    expect(r.update?.added).toHaveLength(4);
    expect(renderTopicUpdate(r.update!).diffHtml.startsWith('<ul>')).toBe(true);
  });

  function crowded(n: number, sources: number): TopicState {
    const claims: Claim[] = Array.from({ length: n }, (_, i) => ({
      id: `cx${i}`,
      text: `Artillery shipment ${i} reached the front near Pokrovsk.`,
      sources: Array.from({ length: sources }, (_, k) => ({
        articleId: `old${i}-${k}`,
        url: `https://o${k}.example/${i}`,
        source: `outlet-${k}`,
        sentence: `Artillery shipment ${i} reached the front near Pokrovsk.`,
        at: '2024-11-01T00:00:00Z',
      })),
      firstSeen: '2024-11-01T00:00:00Z',
      lastSeen: `2024-11-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`,
    }));
    return { topicId: 'ukraine-nato', claims, status: null, updates: 3, brief: [] };
  }

  it('keeps at most MAX_CLAIMS claims, dropping the least corroborated and oldest, never the new ones', () => {
    const r = applyArticle(topic, crowded(MAX_CLAIMS + 10, 1), LITTLE_INTEREST, T2);
    expect(r.state.claims).toHaveLength(MAX_CLAIMS);
    const added = r.update!.added.map((a) => a.id);
    expect(added.length).toBeGreaterThan(0);
    for (const id of added) expect(r.state.claims.some((c) => c.id === id)).toBe(true);
    // Those last seen on Nov 1 went first.
    expect(r.state.claims.some((c) => c.id === 'cx0')).toBe(false);
  });

  it('puts new claims in the brief even when better corroborated claims lead', () => {
    const r = applyArticle(topic, crowded(8, 3), LITTLE_INTEREST, T2);
    const u = r.update!;
    for (const a of u.added) expect(u.briefAfter).toContain(a.text);
    expect(u.briefAfter.filter((t) => t.startsWith('Artillery'))).toHaveLength(5);
    expect(r.state.brief).toEqual(u.briefAfter);
  });
});
