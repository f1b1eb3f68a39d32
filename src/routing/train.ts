import type { MessagesBody } from '../messages/schema.js';
import { linearLogit, trainLinear, type Example, type TrainOptions } from './logreg.js';
import { learnedInput, type RouterWeights } from './model.js';
import { viewRequest } from './request-view.js';
import { DENSE_COUNT, DENSE_FEATURES, extractTextFeatures, newTextFeatures } from './text-features.js';

/** One labelled request: `y` is the target (0/1 for the logistic loss, any real for the squared one). */
export interface TrainItem {
  body: MessagesBody;
  y: number;
}

export type Recipe = Omit<TrainOptions, 'denseCount'> & { target: string };

/** The shipped recipe; train-router and eval-router both use it, so cross-validation measures what ships. */
export const RECIPE: Recipe = {
  target: 'gain',
  loss: 'squared',
  hashBits: 14,
  l2: 0.01,
  l2Dense: 1e-4,
  iterations: 200,
  learningRate: 0.05,
};

/** Examples through the serving code path (viewRequest, then extractTextFeatures), so they cannot drift. */
export const examplesFor = (items: readonly TrainItem[], hashBits: number): Example[] => {
  const scratch = newTextFeatures();
  return items.map(({ body, y }) => {
    extractTextFeatures(learnedInput(viewRequest(body).ask), hashBits, scratch);
    return { dense: Float64Array.from(scratch.dense), hashes: scratch.hashes.slice(0, scratch.hashCount), y, weight: 1 };
  });
};

const round = (x: number): number => Number(x.toPrecision(4));
const meanSd = (xs: readonly number[]): { mean: number; sd: number } => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { mean, sd: Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) };
};

/** Fits the learned part and standardises its logit over the training items. Deterministic. */
export const trainOnBodies = (items: readonly TrainItem[], recipe: Recipe = RECIPE): RouterWeights => {
  const examples = examplesFor(items, recipe.hashBits);
  const model = trainLinear(examples, { denseCount: DENSE_COUNT, ...recipe });
  const rounded = {
    bias: round(model.bias),
    dense: Float64Array.from(model.dense, round),
    hashed: Float64Array.from(model.hashed, round),
  };
  const logit = meanSd(examples.map((ex) => linearLogit(rounded, ex)));
  const length = meanSd(examples.map((ex) => ex.dense[0] as number));
  return {
    version: 1,
    target: recipe.target,
    hashBits: recipe.hashBits,
    denseNames: [...DENSE_FEATURES],
    bias: rounded.bias,
    dense: [...rounded.dense],
    hashed: [...rounded.hashed],
    center: round(logit.mean),
    scale: round(logit.sd || 1),
    lengthCenter: round(length.mean),
    lengthScale: round(length.sd || 1),
    trainedOn: { rows: items.length, recipe },
  };
};
