import type { RouterWeights } from '../../src/routing/model.js';
import { DENSE_COUNT, DENSE_FEATURES } from '../../src/routing/text-features.js';
import { linearLogit, trainLinear, type TrainOptions } from './logreg.js';
import type { RoutingRow } from './router-data.js';
import { buildExamples, lossFor, type Target } from './router-features.js';

/** The shipped recipe; train-router and eval-router both use it, so CV measures what ships. */
export const RECIPE: { target: Target } & Omit<TrainOptions, 'loss' | 'denseCount'> = {
  target: 'gain',
  hashBits: 14,
  l2: 0.01,
  l2Dense: 1e-4,
  iterations: 200,
  learningRate: 0.05,
};

const round = (x: number): number => Number(x.toPrecision(4));

export const trainWeights = (rows: readonly RoutingRow[], recipe = RECIPE): RouterWeights => {
  const examples = buildExamples(rows, recipe.hashBits, recipe.target);
  const model = trainLinear(examples, { ...recipe, denseCount: DENSE_COUNT, loss: lossFor(recipe.target) });
  const rounded = {
    bias: round(model.bias),
    dense: Float64Array.from(model.dense, round),
    hashed: Float64Array.from(model.hashed, round),
  };
  const logits = examples.map((ex) => linearLogit(rounded, ex));
  const center = logits.reduce((a, b) => a + b, 0) / logits.length;
  const variance = logits.reduce((a, b) => a + (b - center) ** 2, 0) / logits.length;
  return {
    version: 1,
    target: recipe.target,
    hashBits: recipe.hashBits,
    denseNames: [...DENSE_FEATURES],
    bias: rounded.bias,
    dense: [...rounded.dense],
    hashed: [...rounded.hashed],
    center: round(center),
    scale: round(Math.sqrt(variance) || 1),
    trainedOn: { rows: rows.length, recipe },
  };
};
