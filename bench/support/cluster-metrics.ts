// Pairwise and B-cubed precision/recall/F1 of a clustering against gold labels: the same formulas as
// ../shared/tools/eval-clusters.mjs (pairwise is Miranda et al. 2018's "standard F1"), in process, so that
// training and the benchmark can score many runs without a process each.

export interface PRF {
  P: number;
  R: number;
  F1: number;
}

function counts(xs: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

const pairs = (n: number) => (n * (n - 1)) / 2;
const joint = (a: readonly string[], b: readonly string[]) => counts(a.map((x, i) => `${x}\u0000${b[i]}`));

export function pairwise(gold: readonly string[], got: readonly string[]): PRF {
  let tp = 0;
  for (const n of joint(gold, got).values()) tp += pairs(n);
  let pp = 0;
  for (const n of counts(got).values()) pp += pairs(n);
  let gp = 0;
  for (const n of counts(gold).values()) gp += pairs(n);
  const P = pp ? tp / pp : 1;
  const R = gp ? tp / gp : 1;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
}

export function bcubed(gold: readonly string[], got: readonly string[]): PRF {
  const j = joint(gold, got);
  const gc = counts(gold);
  const pc = counts(got);
  let P = 0;
  let R = 0;
  for (let i = 0; i < gold.length; i++) {
    const both = j.get(`${gold[i]}\u0000${got[i]}`)!;
    P += both / pc.get(got[i]!)!;
    R += both / gc.get(gold[i]!)!;
  }
  P /= gold.length || 1;
  R /= gold.length || 1;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
}
