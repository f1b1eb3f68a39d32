/** Small statistics the trainers share (train.ts, train-traffic.ts, neighbours.ts). */

/** Four significant digits: what the trainers write into their weights files. */
export const round4 = (x: number): number => Number(x.toPrecision(4));

/** Mean and (population) standard deviation. */
export const meanSd = (xs: readonly number[]): { mean: number; sd: number } => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { mean, sd: Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) };
};
