import type { MessagesBody } from '../messages/schema.js';
import { denseWithEmbedding, EMBEDDING_DIMS, EMBEDDING_TABLE_ID, meanEmbedding } from './embeddings.js';
import { examLengthShare, wordProblem } from './exam-kind.js';
import { linearLogit, trainLinear, type Example, type TrainOptions } from './logreg.js';
import { learnedInput, type RouterWeights } from './model.js';
import { meanSd, round4 } from './fit-stats.js';
import { fitNeighbours, type NeighbourRecipe, type NeighbourWeights } from './neighbours.js';
import { viewRequest } from './request-view.js';
import { DENSE_COUNT, DENSE_FEATURES, extractTextFeatures, newTextFeatures } from './text-features.js';

/** One labelled request: `y` is the target (0/1 for the logistic loss, any real for the squared one). */
export interface TrainItem {
  body: MessagesBody;
  y: number;
}

/**
 * `l2Embed` set: the mean word embedding is an input too, standardised, with that L2 penalty.
 * `neighbours` set: the training items that read as maths word problems are kept for the neighbour term.
 */
export type Recipe = Omit<TrainOptions, 'denseCount' | 'embedCount'> & { target: string; neighbours?: NeighbourRecipe };

/** The shipped recipe; train-router and eval-router both use it, so cross-validation measures what ships. */
export const RECIPE: Recipe = {
  target: 'gain',
  loss: 'squared',
  hashBits: 14,
  l2: 0.01,
  l2Dense: 1e-4,
  l2Embed: 3,
  iterations: 200,
  learningRate: 0.05,
  neighbours: { dims: 8, k: 15, weight: 0.4, cells: 16, probe: 4 },
};

/**
 * Examples through the serving code path (viewRequest, then extractTextFeatures), so they cannot drift.
 * With `embed`, the dense inputs end with the ask's mean word embedding (EMBEDDING_DIMS values).
 */
export const examplesFor = (items: readonly TrainItem[], hashBits: number, embed = false): Example[] => {
  const scratch = newTextFeatures();
  return items.map(({ body, y }) => {
    extractTextFeatures(learnedInput(viewRequest(body).ask), hashBits, scratch);
    const dense = embed ? denseWithEmbedding(scratch) : Float64Array.from(scratch.dense);
    return { dense, hashes: scratch.hashes.slice(0, scratch.hashCount), y, weight: 1 };
  });
};

/**
 * Trains on the examples with their embedding inputs standardised (so one L2 strength suits every
 * dimension), then folds the standardisation back into the weights and the bias.
 */
const fit = (examples: readonly Example[], recipe: Recipe, embedCount: number) => {
  const stats = Array.from({ length: embedCount }, (_, d) => meanSd(examples.map((ex) => ex.dense[DENSE_COUNT + d] as number)));
  const standard = examples.map((ex) => {
    const dense = Float64Array.from(ex.dense);
    stats.forEach(({ mean, sd }, d) => (dense[DENSE_COUNT + d] = ((dense[DENSE_COUNT + d] as number) - mean) / (sd || 1)));
    return { dense, hashes: ex.hashes, y: ex.y, weight: ex.weight };
  });
  const model = trainLinear(standard, { denseCount: DENSE_COUNT + embedCount, embedCount, ...recipe });
  let bias = model.bias;
  const dense = Float64Array.from(model.dense);
  stats.forEach(({ mean, sd }, d) => {
    const w = (dense[DENSE_COUNT + d] as number) / (sd || 1);
    dense[DENSE_COUNT + d] = w;
    bias -= w * mean;
  });
  return { bias: round4(bias), dense: Float64Array.from(dense, round4), hashed: Float64Array.from(model.hashed, round4) };
};

/**
 * The neighbour term over the items whose ask reads as a maths word problem (their `y` is the gain), or
 * undefined when there are too few of them to have `k` neighbours each. `keyOf(i)` is item i's ranking key
 * without the term (exam-kind.ts), under the model just fitted.
 */
const wordProblemNeighbours = (items: readonly TrainItem[], keyOf: (i: number) => number, recipe: NeighbourRecipe): NeighbourWeights | undefined => {
  const scratch = newTextFeatures();
  const embeddings: Float64Array[] = [];
  const gains: number[] = [];
  const keys: number[] = [];
  items.forEach(({ body, y }, i) => {
    const ask = viewRequest(body).ask;
    if (!wordProblem(ask)) return;
    extractTextFeatures(learnedInput(ask), RECIPE.hashBits, scratch);
    const vector = new Float64Array(EMBEDDING_DIMS);
    meanEmbedding(scratch, vector);
    embeddings.push(vector);
    gains.push(Math.max(-1, Math.min(1, Math.round(y))));
    keys.push(keyOf(i));
  });
  if (gains.length <= recipe.k) return undefined;
  return fitNeighbours(embeddings, gains, keys, recipe, EMBEDDING_TABLE_ID);
};

/** Fits the learned part and standardises its logit over the training items. Deterministic. */
export const trainOnBodies = (items: readonly TrainItem[], recipe: Recipe = RECIPE): RouterWeights => {
  const embed = recipe.l2Embed !== undefined;
  const examples = examplesFor(items, recipe.hashBits, embed);
  const rounded = fit(examples, recipe, embed ? EMBEDDING_DIMS : 0);
  const logit = meanSd(examples.map((ex) => linearLogit(rounded, ex)));
  const length = meanSd(examples.map((ex) => ex.dense[0] as number));
  const [center, scale, lengthCenter, lengthScale] = [round4(logit.mean), round4(logit.sd || 1), round4(length.mean), round4(length.sd || 1)];
  const share = examLengthShare('word problem');
  const keyOf = (i: number): number => {
    const ex = examples[i] as Example;
    return (linearLogit(rounded, ex) - center) / scale + (share * ((ex.dense[0] as number) - lengthCenter)) / lengthScale;
  };
  // The neighbour term ranks by the gain: a file fitted on tier labels has none.
  const neighbours = recipe.neighbours && recipe.target === 'gain' ? wordProblemNeighbours(items, keyOf, recipe.neighbours) : undefined;
  const weights: RouterWeights = {
    version: 1,
    target: recipe.target,
    hashBits: recipe.hashBits,
    denseNames: [...DENSE_FEATURES],
    bias: rounded.bias,
    dense: [...rounded.dense.subarray(0, DENSE_COUNT)],
    hashed: [...rounded.hashed],
    center,
    scale,
    lengthCenter,
    lengthScale,
    trainedOn: { rows: items.length, recipe },
    ...(embed ? { embedding: { table: EMBEDDING_TABLE_ID, weights: [...rounded.dense.subarray(DENSE_COUNT)] } } : {}),
  };
  if (neighbours) weights.neighbours = neighbours;
  return weights;
};
