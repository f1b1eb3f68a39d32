/**
 * Ridge regression in closed form, for a few dense inputs (the traffic model's embedding part): solves
 * (XᵀX + λI) w = Xᵀy with an unpenalised intercept by Gaussian elimination. Deterministic, no iterations.
 */

/** Weights `[intercept, ...one per input]` of the least-squares fit of `ys` on `xs` with penalty `lambda`. */
export const fitRidge = (xs: readonly Float64Array[], ys: readonly number[], lambda: number): Float64Array => {
  const d = (xs[0]?.length ?? 0) + 1;
  const a = new Float64Array(d * d);
  const b = new Float64Array(d);
  const x = new Float64Array(d);
  xs.forEach((row, n) => {
    x[0] = 1;
    x.set(row, 1);
    const y = ys[n] as number;
    for (let i = 0; i < d; i += 1) {
      b[i] = (b[i] as number) + (x[i] as number) * y;
      for (let j = 0; j < d; j += 1) a[i * d + j] = (a[i * d + j] as number) + (x[i] as number) * (x[j] as number);
    }
  });
  for (let i = 1; i < d; i += 1) a[i * d + i] = (a[i * d + i] as number) + lambda;
  for (let c = 0; c < d; c += 1) {
    let p = c;
    for (let i = c + 1; i < d; i += 1) if (Math.abs(a[i * d + c] as number) > Math.abs(a[p * d + c] as number)) p = i;
    for (let j = 0; j < d; j += 1) [a[c * d + j], a[p * d + j]] = [a[p * d + j] as number, a[c * d + j] as number];
    [b[c], b[p]] = [b[p] as number, b[c] as number];
    for (let i = c + 1; i < d; i += 1) {
      const f = (a[i * d + c] as number) / (a[c * d + c] as number);
      for (let j = c; j < d; j += 1) a[i * d + j] = (a[i * d + j] as number) - f * (a[c * d + j] as number);
      b[i] = (b[i] as number) - f * (b[c] as number);
    }
  }
  const w = new Float64Array(d);
  for (let i = d - 1; i >= 0; i -= 1) {
    let s = b[i] as number;
    for (let j = i + 1; j < d; j += 1) s -= (a[i * d + j] as number) * (w[j] as number);
    w[i] = s / (a[i * d + i] as number);
  }
  return w;
};
