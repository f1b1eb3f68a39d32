/** One scored prompt with the two models' outcomes. */
export interface Outcome {
  score: number;
  weak: boolean;
  strong: boolean;
}

/**
 * APGR as in the RouteLLM paper and the data README: rank by score (highest first), send the top
 * fraction p to the strong model, PGR(p) = (acc(p) - acc_weak) / (acc_strong - acc_weak), and take
 * the area under PGR over p in [0, 1]. Tied scores are treated as a random order among themselves
 * (accuracy is then linear across the tie, so the trapezoid over the tie is exact in expectation).
 */
export const apgr = (outcomes: readonly Outcome[]): number => {
  const n = outcomes.length;
  if (n === 0) return Number.NaN;
  let weakTotal = 0;
  let strongTotal = 0;
  for (const o of outcomes) {
    weakTotal += Number(o.weak);
    strongTotal += Number(o.strong);
  }
  const gap = (strongTotal - weakTotal) / n;
  if (gap === 0) return Number.NaN;
  const sorted = [...outcomes].sort((a, b) => b.score - a.score);
  const pgr = (gain: number): number => gain / n / gap;
  let area = 0;
  let gain = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    let groupGain = 0;
    const score = (sorted[i] as Outcome).score;
    while (j < n && (sorted[j] as Outcome).score === score) {
      groupGain += Number((sorted[j] as Outcome).strong) - Number((sorted[j] as Outcome).weak);
      j += 1;
    }
    area += ((j - i) / n) * ((pgr(gain) + pgr(gain + groupGain)) / 2);
    gain += groupGain;
    i = j;
  }
  return area;
};
