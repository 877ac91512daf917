// Logistic regression, fitted by full-batch gradient descent with L2 regularization. Written here rather than
// taken from npm: the model has a dozen features and a few thousand rows, and the packages for it pull in a
// matrix library for what is a loop of twenty lines.

export interface LogisticFit {
  weights: number[];
  /** Mean log loss on the training rows at the end. */
  loss: number;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function logit(weights: readonly number[], x: ArrayLike<number>): number {
  let z = 0;
  for (let i = 0; i < weights.length; i++) z += weights[i]! * (x[i] ?? 0);
  return z;
}

/**
 * Fit weights for rows `xs` (feature 0 is the bias, 1 for every row) and labels `ys`. `positiveWeight` scales
 * the loss of the positive rows (for unbalanced classes); `l2` is not applied to the bias. `signs` keeps each
 * weight with a sign given (1 or -1; 0 or absent: free) on its side, 0 at worst (projected after each step).
 */
export function fitLogistic(
  xs: readonly ArrayLike<number>[],
  ys: readonly number[],
  opts: { l2?: number; iterations?: number; rate?: number; positiveWeight?: number; signs?: readonly number[] } = {},
): LogisticFit {
  const d = xs[0]?.length ?? 0;
  const l2 = opts.l2 ?? 1e-3;
  const iterations = opts.iterations ?? 3000;
  const rate = opts.rate ?? 0.5;
  const pw = opts.positiveWeight ?? 1;
  const w = new Array<number>(d).fill(0);
  // Adam: the features differ in scale by orders of magnitude, and plain gradient descent crawls on the small ones.
  const m = new Array<number>(d).fill(0);
  const v = new Array<number>(d).fill(0);
  let total = 0;
  for (const y of ys) total += y ? pw : 1;
  let loss = 0;
  for (let it = 1; it <= iterations; it++) {
    const g = new Array<number>(d).fill(0);
    loss = 0;
    for (let r = 0; r < xs.length; r++) {
      const x = xs[r]!;
      const y = ys[r]!;
      const p = sigmoid(logit(w, x));
      const c = y ? pw : 1;
      loss -= c * (y ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12)));
      for (let i = 0; i < d; i++) g[i]! += c * (p - y) * (x[i] ?? 0);
    }
    loss /= total || 1;
    for (let i = 0; i < d; i++) {
      const gi = g[i]! / (total || 1) + (i === 0 ? 0 : l2 * w[i]!);
      m[i] = 0.9 * m[i]! + 0.1 * gi;
      v[i] = 0.999 * v[i]! + 0.001 * gi * gi;
      const mh = m[i]! / (1 - 0.9 ** it);
      const vh = v[i]! / (1 - 0.999 ** it);
      w[i] = w[i]! - ((rate / Math.sqrt(it)) * mh) / (Math.sqrt(vh) + 1e-8);
      const s = opts.signs?.[i] ?? 0;
      if (s * w[i]! < 0) w[i] = 0;
    }
  }
  return { weights: w, loss };
}
