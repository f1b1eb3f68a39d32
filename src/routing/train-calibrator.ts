import { tierRank, type Tier } from '../config/schema.js';
import type { MessagesBody } from '../messages/schema.js';
import { CALIBRATOR_INPUTS, calibratorInputs, type Calibrate, type CalibratorWeights } from './calibrator.js';
import { createClassifier, shippedModel } from './classifier.js';
import { shippedTraffic } from './traffic-model.js';

/** A labelled request as the calibrator's step sees it (exam questions never reach the step: they are left out). */
export interface CalibratorRow {
  name: string;
  tier: Tier;
  inputs: Float64Array;
}

/** Reads each labelled request through the serving path (the classifier's calibrator step), so training and serving cannot drift. */
export const calibratorRows = (set: readonly { name: string; body: MessagesBody; tier: Tier }[]): CalibratorRow[] => {
  let seen: Float64Array | undefined;
  const probe: Calibrate = (step) => {
    seen = calibratorInputs(step, new Float64Array(CALIBRATOR_INPUTS.length));
    return step.logit;
  };
  const classify = createClassifier(shippedModel, undefined, shippedTraffic, probe);
  const rows: CalibratorRow[] = [];
  for (const e of set) {
    seen = undefined;
    classify(e.body);
    // Set by the probe inside classify (TypeScript cannot see that call).
    const inputs = seen as Float64Array | undefined;
    if (inputs !== undefined) rows.push({ name: e.name, tier: e.tier, inputs });
  }
  return rows;
};

export interface Standardiser {
  mean: Float64Array;
  sd: Float64Array;
}

export const standardiser = (xs: readonly Float64Array[]): Standardiser => {
  const d = (xs[0] as Float64Array).length;
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (const x of xs) for (let j = 0; j < d; j += 1) mean[j] += (x[j] as number) / xs.length;
  for (const x of xs) for (let j = 0; j < d; j += 1) sd[j] += ((x[j] as number) - (mean[j] as number)) ** 2 / xs.length;
  for (let j = 0; j < d; j += 1) sd[j] = Math.sqrt(sd[j] as number) || 1;
  return { mean, sd };
};

/** The standardised inputs with a leading 1 (the intercept). */
export const standardise = (s: Standardiser, x: Float64Array): Float64Array => {
  const out = new Float64Array(x.length + 1);
  out[0] = 1;
  for (let j = 0; j < x.length; j += 1) out[j + 1] = ((x[j] as number) - (s.mean[j] as number)) / (s.sd[j] as number);
  return out;
};

const dot = (w: Float64Array, x: Float64Array): number => {
  let s = 0;
  for (let j = 0; j < w.length; j += 1) s += (w[j] as number) * (x[j] as number);
  return s;
};

export const multinomialProbs = (ws: readonly Float64Array[], x: Float64Array): number[] => {
  const zs = ws.map((w) => dot(w, x));
  const m = Math.max(...zs);
  const es = zs.map((z) => Math.exp(z - m));
  const sum = es.reduce((a, b) => a + b, 0);
  return es.map((e) => e / sum);
};

/**
 * Multinomial logistic regression (class 0 the reference, its weights 0) on inputs with a leading 1, mean log loss plus
 * l2 · |w|² / n on every weight but the intercept, by full-batch gradient descent from 0: deterministic.
 */
export const fitMultinomial = (xs: readonly Float64Array[], ys: readonly number[], l2: number, classes = 3, iterations = 800): Float64Array[] => {
  const d = (xs[0] as Float64Array).length;
  const ws = Array.from({ length: classes }, () => new Float64Array(d));
  const rate = 0.5;
  for (let it = 0; it < iterations; it += 1) {
    const grads = Array.from({ length: classes }, () => new Float64Array(d));
    xs.forEach((x, i) => {
      const p = multinomialProbs(ws, x);
      for (let c = 1; c < classes; c += 1) {
        const r = (p[c] as number) - (ys[i] === c ? 1 : 0);
        const g = grads[c] as Float64Array;
        for (let j = 0; j < d; j += 1) g[j] += (r * (x[j] as number)) / xs.length;
      }
    });
    for (let c = 1; c < classes; c += 1) {
      const w = ws[c] as Float64Array;
      const g = grads[c] as Float64Array;
      for (let j = 0; j < d; j += 1) w[j] -= rate * ((g[j] as number) + (j > 0 ? (2 * l2 * (w[j] as number)) / xs.length : 0));
    }
  }
  return ws;
};

const round = (x: number): number => Number(x.toPrecision(6));

/**
 * Fits the calibrator's file: the multinomial model on standardised inputs, its weights put back on the raw inputs;
 * `about` says what it was fitted on (recorded in `trainedOn`).
 */
export const fitCalibrator = (rows: readonly CalibratorRow[], l2: number, swapCost: number, about: Record<string, string> = {}): CalibratorWeights => {
  const st = standardiser(rows.map((r) => r.inputs));
  const ws = fitMultinomial(
    rows.map((r) => standardise(st, r.inputs)),
    rows.map((r) => tierRank(r.tier)),
    l2,
  );
  const raw = ws.slice(1).map((w) => {
    let bias = w[0] as number;
    const weights = CALIBRATOR_INPUTS.map((_, j) => {
      const k = (w[j + 1] as number) / (st.sd[j] as number);
      bias -= k * (st.mean[j] as number);
      return round(k);
    });
    return { bias: round(bias), weights };
  });
  return {
    version: 1,
    inputs: [...CALIBRATOR_INPUTS],
    bias: raw.map((r) => r.bias),
    weights: raw.map((r) => r.weights),
    swapCost,
    trainedOn: { rows: rows.length, l2, ...about },
  };
};

/**
 * The weights file as `npm run train:calibrator` writes it: fitted on the tune rows but those of the batches named in
 * `skip` (name prefixes, kept as a judge nothing was fitted on), which it records.
 */
export const fitOnTune = (
  tune: readonly { name: string; body: MessagesBody; tier: Tier }[],
  l2: number,
  swapCost: number,
  skip: readonly string[],
): CalibratorWeights => {
  const rows = calibratorRows(tune.filter((e) => !skip.some((p) => e.name.startsWith(p))));
  return fitCalibrator(rows, l2, swapCost, skip.length > 0 ? { set: 'tune', skip: skip.join(',') } : { set: 'tune' });
};
