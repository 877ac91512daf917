// Hindsight splits (src/dedup/story-split.ts, src/cli/cluster-split.ts): a story of two clear groups is cut, a
// cohesive story of the same size is not, and the switch is off unless asked for.
import { describe, expect, it } from 'vitest';
import { splitFinishedStories, type StorySplit } from '../../src/cli/cluster-split.js';
import { OnlineSplits } from './online-splits.js';
import { clusterArticles } from '../../src/cli/cluster.js';
import {
  gapHours,
  parseSplitRule,
  SHIPPED_SPLIT_RULE,
  splitMembers,
  SPLIT_DEFAULTS,
  type SplitRule,
} from '../../src/dedup/story-split.js';
import { ownShare } from '../../src/dedup/story-split-names.js';
import type { DedupDoc } from '../../src/dedup/deduper.js';
import { marisol2021, marisolTrial2022, northernStar2024 } from './split-years.js';
import { marisolTrial } from './split-episodes.js';
import { marisol, marisolMore, northernStar } from './split-texts.js';

const rules: SplitRule[] = [
  { ...SPLIT_DEFAULTS, method: 'kmeans', ratio: 0.7 },
  { ...SPLIT_DEFAULTS, method: 'kmeans', ratio: 0.8 },
  { ...SPLIT_DEFAULTS, method: 'linkage', ratio: 0.7 },
];

describe('hindsight splits', () => {
  it.each(rules)('cuts a story of two incidents of one kind into them (%o)', (rule) => {
    // Interleaved, as a second incident's reports pour into the story of the first.
    const docs = [marisol[0]!, marisol[1]!, northernStar[0]!, marisol[2]!, northernStar[1]!, northernStar[2]!];
    const splits: StorySplit[] = [];
    const ids = splitFinishedStories(docs, ['s', 's', 's', 's', 's', 's'], rule, undefined, (s) => splits.push(s));
    expect(splits.map((s) => s.groups)).toEqual([
      [
        ['m1', 'm2', 'm3'],
        ['n1', 'n2', 'n3'],
      ],
    ]);
    expect(ids.slice(0, 2)).toEqual(['s', 's']);
    expect(ids[2]).not.toBe('s');
    expect(new Set([ids[2], ids[4], ids[5]]).size).toBe(1);
  });

  it.each(rules)('leaves a cohesive story of the same size whole (%o)', (rule) => {
    const docs = [...marisol, ...marisolMore];
    const splits: StorySplit[] = [];
    const ids = splitFinishedStories(
      docs,
      docs.map(() => 's'),
      rule,
      undefined,
      (s) => splits.push(s),
    );
    expect(splits).toEqual([]);
    expect(new Set(ids)).toEqual(new Set(['s']));
  });

  it("cuts as the stream goes: the second incident's reports end in a group of their own", () => {
    const online = new OnlineSplits({ ...rules[0]!, online: true });
    const docs = [marisol[0]!, marisol[1]!, northernStar[0]!, marisol[2]!, northernStar[1]!, northernStar[2]!];
    for (const d of docs) online.add(d, 's', (id) => id);
    const splits: StorySplit[] = [];
    const ids = online.storyIds((s) => splits.push(s));
    expect(splits.map((s) => s.groups)).toEqual([
      [
        ['m1', 'm2', 'm3'],
        ['n1', 'n2', 'n3'],
      ],
    ]);
    expect(ids.get('m1')).toBe('s');
    expect(ids.get('n3')).toBe(ids.get('n1'));
    expect(ids.get('n1')).not.toBe('s');
  });

  it('cuts nothing as the stream goes when the story is one incident', () => {
    const online = new OnlineSplits({ ...rules[0]!, online: true });
    for (const d of [...marisol, ...marisolMore]) online.add(d, 's', (id) => id);
    const splits: StorySplit[] = [];
    expect(new Set(online.storyIds((s) => splits.push(s)).values())).toEqual(new Set(['s']));
    expect(splits).toEqual([]);
  });

  it("a merged story's articles join the survivor's closest group", () => {
    const online = new OnlineSplits({ ...rules[0]!, online: true });
    const merged = new Map<string, string>();
    const final = (id: string) => merged.get(id) ?? id;
    online.add(marisol[0]!, 'a', final);
    online.add(marisol[1]!, 'b', final);
    merged.set('b', 'a');
    online.add(marisol[2]!, 'a', final);
    expect([...online.storyIds().values()]).toEqual(['a', 'a', 'a']);
  });

  it('looks at no story smaller than its minimum, nor cuts off a group below its part', () => {
    const docs = [...marisol, northernStar[0]!];
    expect(splitFinishedStories(docs, ['s', 's', 's', 's'], rules[0]!)).toEqual(['s', 's', 's', 's']);
    const five = [...marisol, northernStar[0]!, marisolMore[0]!];
    expect(
      splitFinishedStories(
        five,
        five.map(() => 's'),
        rules[0]!,
      ),
    ).toEqual(five.map(() => 's'));
  });

  it('splits nothing when the members are alike', () => {
    const v = new Map([
      ['w:ferry', 0.8],
      ['e:marisol', 0.6],
    ]);
    expect(splitMembers([v, v, v, v, v, v], rules[0]!).groups).toEqual([[0, 1, 2, 3, 4, 5]]);
  });

  it('reads its switch: off by default, a method and numbers when asked', () => {
    expect(parseSplitRule(undefined)).toBeNull();
    expect(parseSplitRule('off')).toBeNull();
    expect(parseSplitRule('kmeans,ratio=0.75,min=6,part=3,attach')).toEqual({
      method: 'kmeans',
      ratio: 0.75,
      minSize: 6,
      minPart: 3,
      attach: true,
      terms: 0,
      online: false,
      cap: Infinity,
      names: Infinity,
      overlap: Infinity,
      years: 0,
      most: Infinity,
      recent: Infinity,
    });
    expect(parseSplitRule('kmeans,online,cap=0.3,names=0.85')).toMatchObject({ names: 0.85, online: true });
    expect(() => parseSplitRule('ratio=x')).toThrow(/bad number/);
    expect(() => parseSplitRule('medoids')).toThrow(/unknown/);
    expect(() => parseSplitRule('medoids')).toThrow(
      expect.objectContaining({ name: 'SplitRuleError', code: 'SPLIT_RULE_INVALID' }),
    );
  });

  it('runs `deltafeed cluster` with the shipped rule unless told otherwise', async () => {
    const docs = [...marisol, ...northernStar];
    const plain = await clusterArticles(docs, { split: null });
    const viaDefault = await clusterArticles(docs);
    const shipped = await clusterArticles(docs, { split: parseSplitRule(SHIPPED_SPLIT_RULE) });
    if (!process.env.DELTAFEED_STORY_SPLIT) expect(viaDefault).toEqual(shipped);
    // Stories under five articles are never looked at: these come out as without the rule.
    expect(shipped).toEqual(plain);
    const split = await clusterArticles(docs, { split: rules[0]! });
    // The model keeps these two apart already; with the rule on they stay apart.
    const story = (id: string, got: typeof plain) => got.find((a) => a.id === id)!.storyId;
    for (const m of ['m1', 'm2', 'm3'])
      for (const n of ['n1', 'n2', 'n3']) expect(story(m, split)).not.toBe(story(n, split));
  });

  describe('gated by names', () => {
    const gated: SplitRule = { ...SPLIT_DEFAULTS, method: 'kmeans', ratio: 0.7, names: 0.85 };
    const cut = (docs: typeof marisol, rule: SplitRule) => {
      const splits: StorySplit[] = [];
      splitFinishedStories(
        docs,
        docs.map(() => 's'),
        rule,
        undefined,
        (s) => splits.push(s),
      );
      return splits;
    };

    it('still cuts two incidents of one kind with different participants', () => {
      const docs = [marisol[0]!, marisol[1]!, northernStar[0]!, marisol[2]!, northernStar[1]!, northernStar[2]!];
      const splits = cut(docs, gated);
      expect(splits.map((s) => s.groups)).toEqual([
        [
          ['m1', 'm2', 'm3'],
          ['n1', 'n2', 'n3'],
        ],
      ]);
      // No name is shared: the ship, the captain, the place and the town are all the incident's own.
      expect(splits[0]!.cuts[0]!.names.between).toBeLessThan(0.1);
      expect(splits[0]!.cuts[0]!.names.unsaid).toBe(1);
      const online = new OnlineSplits({ ...gated, online: true, cap: 0.3 });
      for (const d of docs) online.add(d, 's', (id) => id);
      expect(new Set(online.storyIds().values()).size).toBe(2);
    });

    it("does not cut one incident's episodes: other event words, the same names", () => {
      // The grounding, then the inquiry, charges and trial: the plain rule parts them on the words ...
      const docs = [marisol[0]!, marisol[1]!, marisolTrial[0]!, marisol[2]!, marisolTrial[1]!, marisolTrial[2]!];
      const plain = cut(docs, { ...gated, names: Infinity });
      expect(plain.map((s) => s.groups)).toEqual([
        [
          ['m1', 'm2', 'm3'],
          ['k1', 'k2', 'k3'],
        ],
      ]);
      // ... but the halves name the same ship, captain and places, so the gate keeps the story whole.
      expect(plain[0]!.cuts[0]!.names.between).toBeGreaterThan(0.85 * Math.min(...plain[0]!.cuts[0]!.names.within));
      expect(cut(docs, gated)).toEqual([]);
      const online = new OnlineSplits({ ...gated, online: true });
      for (const d of docs) online.add(d, 's', (id) => id);
      expect(new Set(online.storyIds().values())).toEqual(new Set(['s']));
    });
  });

  describe('gated by time overlap', () => {
    const gated: SplitRule = { ...SPLIT_DEFAULTS, method: 'kmeans', ratio: 0.7, overlap: 12 };
    // Dated copies: `day` days and `hour` hours after a fixed start.
    const at = (d: (typeof marisol)[number], day: number, hour: number) => ({
      ...d,
      published: new Date(Date.UTC(2026, 2, 1 + day, hour)).toISOString(),
    });
    const cut = (docs: typeof marisol, rule: SplitRule) => {
      const splits: StorySplit[] = [];
      splitFinishedStories(
        docs,
        docs.map(() => 's'),
        rule,
        undefined,
        (s) => splits.push(s),
      );
      return splits;
    };
    const online = (docs: typeof marisol, rule: SplitRule) => {
      const o = new OnlineSplits({ ...rule, online: true });
      for (const d of docs) o.add(d, 's', (id) => id);
      return new Set(o.storyIds().values()).size;
    };

    it('still cuts two incidents reported at the same time', () => {
      // Two groundings on the same two days, their reports interleaved hour by hour.
      const docs = [
        at(marisol[0]!, 0, 8),
        at(northernStar[0]!, 0, 10),
        at(marisol[1]!, 0, 14),
        at(northernStar[1]!, 1, 9),
        at(marisol[2]!, 1, 11),
        at(northernStar[2]!, 1, 16),
      ];
      const splits = cut(docs, gated);
      expect(splits.map((s) => s.groups)).toEqual([
        [
          ['m1', 'm2', 'm3'],
          ['n1', 'n2', 'n3'],
        ],
      ]);
      expect(splits[0]!.cuts[0]!.gapHours).toBeLessThan(0);
      expect(online(docs, gated)).toBe(2);
      expect(parseSplitRule('kmeans,overlap=24')!.overlap).toBe(24);
    });

    it("does not cut one incident's episodes a week apart, and never gates undated halves", () => {
      // The grounding over two days, then the inquiry, charges and trial from a week on.
      const docs = [
        at(marisol[0]!, 0, 8),
        at(marisol[1]!, 0, 12),
        at(marisol[2]!, 1, 9),
        at(marisolTrial[0]!, 8, 10),
        at(marisolTrial[1]!, 15, 10),
        at(marisolTrial[2]!, 40, 10),
      ];
      const plain = cut(docs, { ...gated, overlap: Infinity });
      expect(plain.map((s) => s.groups)).toEqual([
        [
          ['m1', 'm2', 'm3'],
          ['k1', 'k2', 'k3'],
        ],
      ]);
      expect(plain[0]!.cuts[0]!.gapHours).toBeGreaterThan(12);
      expect(cut(docs, gated)).toEqual([]);
      expect(online(docs, gated)).toBe(1);
      // Undated (published null), the same texts are cut as without the gate.
      const undated = docs.map((d) => ({ ...d, published: null }));
      expect(cut(undated, gated).map((s) => s.groups)).toEqual(plain.map((s) => s.groups));
      expect(gapHours([Number.NaN, 0], [0], [1])).toBeNaN();
    });
  });

  describe('gated by years', () => {
    const byYears: SplitRule = { ...SPLIT_DEFAULTS, method: 'kmeans', ratio: 0.7, years: 0.1 };
    const plainYears: SplitRule = { ...byYears, years: 0 };

    const cutAll = (docs: readonly DedupDoc[], rule: SplitRule) => {
      const splits: StorySplit[] = [];
      splitFinishedStories(
        docs,
        docs.map(() => 's'),
        rule,
        undefined,
        (s) => splits.push(s),
      );
      return splits;
    };
    const onlineCount = (docs: readonly DedupDoc[], rule: SplitRule) => {
      const o = new OnlineSplits({ ...rule, online: true });
      for (const d of docs) o.add(d, 's', (id) => id);
      return new Set(o.storyIds().values()).size;
    };
    const interleave = (a: readonly DedupDoc[], b: readonly DedupDoc[]) => [a[0]!, a[1]!, b[0]!, a[2]!, b[1]!, b[2]!];

    it('cuts two incidents of one kind that name different years', () => {
      const docs = interleave(marisol2021, northernStar2024);
      const splits = cutAll(docs, byYears);
      expect(splits.map((s) => s.groups)).toEqual([
        [
          ['m1', 'm2', 'm3'],
          ['n1', 'n2', 'n3'],
        ],
      ]);
      expect(splits[0]!.cuts[0]!.years).toBe(1);
      expect(onlineCount(docs, byYears)).toBe(2);
    });

    it("does not cut one incident's later episodes, which name a new year but recall the first one's", () => {
      const docs = interleave(marisol2021, marisolTrial2022);
      // The plain rule parts the grounding from its trial on the words ...
      const parts = cutAll(docs, plainYears);
      expect(parts.map((s) => s.groups)).toEqual([
        [
          ['m1', 'm2', 'm3'],
          ['k1', 'k2', 'k3'],
        ],
      ]);
      // ... the trial's reports have a year of their own (2022), the grounding's none the trial does not say.
      expect(parts[0]!.cuts[0]!.years).toBe(0);
      expect(cutAll(docs, byYears)).toEqual([]);
      expect(onlineCount(docs, plainYears)).toBe(2);
      expect(onlineCount(docs, byYears)).toBe(1);
    });

    it('does not cut halves that name no year, or the same one', () => {
      // The same two groundings told without years: the plain rule cuts them, the gate cannot tell and keeps them.
      const bare = interleave(marisol, northernStar);
      expect(cutAll(bare, plainYears)).toHaveLength(1);
      expect(cutAll(bare, byYears)).toEqual([]);
      // Both told as of 2021: no year of their own either.
      const sameYear = interleave(
        marisol2021,
        northernStar.map((d) => ({ ...d, text: `${d.text} It was the second grounding on the coast in 2021.` })),
      );
      expect(cutAll(sameYear, plainYears)).toHaveLength(1);
      expect(cutAll(sameYear, byYears)).toEqual([]);
    });

    it('measures own years per half and reads its switch', () => {
      const v = (...terms: string[]) => new Map(terms.map((t) => [t, 1 / Math.sqrt(terms.length)]));
      expect(ownShare([v('y:2021', 'w:ferry')], [v('y:2024', 'w:ferry')], 'y:')).toBe(1);
      expect(ownShare([v('y:2021')], [v('y:2021', 'y:2022')], 'y:')).toBe(0);
      expect(ownShare([v('w:ferry')], [v('y:2024')], 'y:')).toBeNaN();
      expect(parseSplitRule('kmeans,online,years=0.1')!.years).toBe(0.1);
      expect(parseSplitRule('kmeans')!.years).toBe(0);
    });
  });
});
