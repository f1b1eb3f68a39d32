import { fitMultinomial, multinomialProbs, standardise, standardiser } from '../src/routing/train-calibrator.js';

/**
 * Small models for the calibrator study (scripts/calibrator-study.ts): L2-penalised logistic regressions on standardised
 * inputs, fitted by Newton steps (deterministic, no random start), as an ordinal pair ("above Haiku", "Opus"); the
 * multinomial model of the three tiers is the trainer's (src/routing/train-calibrator.ts).
 */

/** Solves A w = b for a symmetric positive definite A (Cholesky). */
const solve = (a: Float64Array[], b: Float64Array): Float64Array => {
  const n = b.length;
  const l = a.map((row) => Float64Array.from(row));
  for (let j = 0; j < n; j += 1) {
    const lj = l[j] as Float64Array;
    let d = lj[j] as number;
    for (let k = 0; k < j; k += 1) d -= (lj[k] as number) ** 2;
    d = Math.sqrt(Math.max(d, 1e-12));
    lj[j] = d;
    for (let i = j + 1; i < n; i += 1) {
      const li = l[i] as Float64Array;
      let s = li[j] as number;
      for (let k = 0; k < j; k += 1) s -= (li[k] as number) * (lj[k] as number);
      li[j] = s / d;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    let s = b[i] as number;
    for (let k = 0; k < i; k += 1) s -= ((l[i] as Float64Array)[k] as number) * (y[k] as number);
    y[i] = s / ((l[i] as Float64Array)[i] as number);
  }
  const w = new Float64Array(n);
  for (let i = n - 1; i >= 0; i -= 1) {
    let s = y[i] as number;
    for (let k = i + 1; k < n; k += 1) s -= ((l[k] as Float64Array)[i] as number) * (w[k] as number);
    w[i] = s / ((l[i] as Float64Array)[i] as number);
  }
  return w;
};

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
export const dot = (w: Float64Array, x: Float64Array): number => {
  let s = 0;
  for (let j = 0; j < w.length; j += 1) s += (w[j] as number) * (x[j] as number);
  return s;
};

/** Binary logistic regression, penalty l2 · |w|² on every weight but the intercept (x[0] = 1), by Newton steps. */
export const fitLogistic = (xs: readonly Float64Array[], ys: readonly number[], l2: number, iterations = 25): Float64Array => {
  const d = (xs[0] as Float64Array).length;
  const w = new Float64Array(d);
  for (let it = 0; it < iterations; it += 1) {
    const grad = new Float64Array(d);
    const hess = Array.from({ length: d }, () => new Float64Array(d));
    xs.forEach((x, i) => {
      const p = sigmoid(dot(w, x));
      const r = p - (ys[i] as number);
      const v = Math.max(p * (1 - p), 1e-6);
      for (let j = 0; j < d; j += 1) {
        const xj = x[j] as number;
        if (xj === 0) continue;
        grad[j] += r * xj;
        const hj = hess[j] as Float64Array;
        for (let k = 0; k <= j; k += 1) hj[k] += v * xj * (x[k] as number);
      }
    });
    for (let j = 0; j < d; j += 1) {
      const hj = hess[j] as Float64Array;
      for (let k = 0; k < j; k += 1) (hess[k] as Float64Array)[j] = hj[k] as number;
      if (j > 0) {
        grad[j] += 2 * l2 * (w[j] as number);
        hj[j] += 2 * l2;
      }
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let j = 0; j < d; j += 1) {
      w[j] -= step[j] as number;
      change = Math.max(change, Math.abs(step[j] as number));
    }
    if (change < 1e-7) break;
  }
  return w;
};

export { fitMultinomial, multinomialProbs, sigmoid, standardise, standardiser };
