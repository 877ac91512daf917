// Which feature tells a right hindsight cut from a wrong one, chosen leave-one-setting-out (issue 16):
//   node dist/bench/story-split-gate.js [--online] [--top=N] cuts.jsonl ...
// reads the lines of bench/story-split-cuts.ts and groups them in three settings: undated (its SETTING "undated"),
// far ("d180": re-timed over 180 days) and crowded ("d7", "d30"). Each cut is worth the pairs it takes apart that
// were wrong less those that were right (diff - same). For each feature, direction (keep the cut when the feature
// is at least / at most a threshold) and handling of NaN (keep or drop the cut), the threshold is picked on two
// settings (the most worth kept, each setting's worth divided by its cuts' total absolute worth) and scored on
// the third. Features ranked by the sum of the three held-out scores; per setting: the threshold picked without
// it, the worth kept / the worth of all its cuts (ungated), and right and wrong cuts kept / all. --online: the
// online rule's cuts only (the rule gated); default: the end-of-stream rule's cuts too (more data).
import { readFileSync } from 'node:fs';

type Cut = Record<string, unknown> & { setting: string; rule: string; right: boolean; same: number; diff: number };
const GROUP: Record<string, string> = { undated: 'undated', d180: 'far', d30: 'crowded', d7: 'crowded' };
const GROUPS = ['undated', 'far', 'crowded'] as const;
const NOT_FEATURES = new Set(['setting', 'corpus', 'run', 'rule', 'runF1', 'right', 'same', 'diff', 'gold']);

const args = process.argv.slice(2);
const onlineOnly = args.includes('--online');
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 12);
const cuts = args
  .filter((a) => !a.startsWith('--'))
  .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean))
  .map((l) => JSON.parse(l) as Cut)
  .filter((c) => GROUP[c.setting] && (!onlineOnly || c.rule.includes('online')));
const groupOf = (c: Cut) => GROUP[c.setting]!;
const worth = (c: Cut) => c.diff - c.same;
const value = (c: Cut, f: string) => {
  const x = c[f];
  return typeof x === 'number' ? x : NaN;
};
const scale = new Map<string, number>(
  GROUPS.map((g) => [g, cuts.filter((c) => groupOf(c) === g).reduce((a, c) => a + Math.abs(worth(c)), 0) || 1]),
);

interface Gate {
  f: string;
  atLeast: boolean;
  t: number;
  nanKeep: boolean;
}
const keeps = (gate: Gate, c: Cut) => {
  const x = value(c, gate.f);
  if (Number.isNaN(x)) return gate.nanKeep;
  return gate.atLeast ? x >= gate.t : x <= gate.t;
};
const score = (gate: Gate, groups: readonly string[]) =>
  groups.reduce(
    (s, g) =>
      s + cuts.filter((c) => groupOf(c) === g && keeps(gate, c)).reduce((a, c) => a + worth(c), 0) / scale.get(g)!,
    0,
  );

const features = Object.keys(cuts[0] ?? {}).filter((k) => !NOT_FEATURES.has(k));
const ranked: { f: string; total: number; picks: Map<string, Gate> }[] = [];
for (const f of features) {
  const xs = [...new Set(cuts.map((c) => value(c, f)).filter((x) => !Number.isNaN(x)))].sort((a, b) => a - b);
  if (xs.length < 2) continue;
  const ts = [xs[0]! - 1, ...xs.slice(1).map((x, i) => (x + xs[i]!) / 2), xs.at(-1)! + 1];
  const picks = new Map<string, Gate>();
  for (const held of GROUPS) {
    const train = GROUPS.filter((g) => g !== held);
    let best: { s: number; gate: Gate } | null = null;
    for (const atLeast of [true, false])
      for (const nanKeep of [true, false])
        for (const t of ts) {
          const gate = { f, atLeast, t, nanKeep };
          const s = score(gate, train);
          if (!best || s > best.s + 1e-12) best = { s, gate };
        }
    picks.set(held, best!.gate);
  }
  ranked.push({ f, total: GROUPS.reduce((s, g) => s + score(picks.get(g)!, [g]), 0), picks });
}
ranked.sort((a, b) => b.total - a.total);

const counts = GROUPS.map((g) => {
  const cs = cuts.filter((c) => groupOf(c) === g);
  return `${g} ${cs.length} (${cs.filter((c) => c.right).length} right)`;
});
const ungated = GROUPS.reduce(
  (s, g) => s + score({ f: 'between', atLeast: true, t: -Infinity, nanKeep: true }, [g]),
  0,
);
console.log(
  `cuts: ${counts.join(', ')}; ungated held-out sum ${ungated.toFixed(3)}${onlineOnly ? ' (online only)' : ''}`,
);
const g3 = (x: number) => x.toPrecision(3);
for (const r of ranked.slice(0, top)) {
  const cells = GROUPS.map((g) => {
    const gate = r.picks.get(g)!;
    const cs = cuts.filter((c) => groupOf(c) === g);
    const kept = cs.filter((c) => keeps(gate, c));
    const sum = (xs: Cut[]) => xs.reduce((a, c) => a + worth(c), 0);
    const right = (xs: Cut[], yes: boolean) => xs.filter((c) => c.right === yes).length;
    return `${g} ${gate.atLeast ? '>=' : '<='} ${g3(gate.t)} NaN ${gate.nanKeep ? 'kept' : 'dropped'}: worth ${sum(kept)} / ${sum(cs)}, right ${right(kept, true)}/${right(cs, true)}, wrong ${right(kept, false)}/${right(cs, false)}`;
  });
  console.log(`${r.total.toFixed(3)} ${r.f}\n  ${cells.join('\n  ')}`);
}
