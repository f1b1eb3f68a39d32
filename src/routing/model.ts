import { z } from 'zod';
import { EMBEDDING_TABLE_ID, embeddingTerm, meanProjection } from './embeddings.js';
import { loadNeighbours, neighboursSchema, neighbourTerm, type Neighbours } from './neighbours.js';
import { headTail } from './request-view.js';
import { DENSE_COUNT, DENSE_FEATURES, type TextFeatures } from './text-features.js';

/** The learned model reads at most this much of the ask (its training prompts are all shorter). */
export const learnedInput = (ask: string): string => headTail(ask, 3072, 1024);

/** The shape of weights.json, written by scripts/train-router.ts. */
export const routerWeightsSchema = z.object({
  version: z.literal(1),
  target: z.string(),
  hashBits: z.number().int().min(8).max(20),
  denseNames: z.array(z.string()).length(DENSE_COUNT),
  bias: z.number(),
  dense: z.array(z.number()).length(DENSE_COUNT),
  hashed: z.array(z.number()),
  /** Mean and standard deviation of the logit over the training prompts, to standardise it. */
  center: z.number(),
  scale: z.number().positive(),
  /** Mean and standard deviation of the log length feature over the training prompts (files from before session 5 lack them). */
  lengthCenter: z.number().optional(),
  lengthScale: z.number().positive().optional(),
  trainedOn: z.record(z.string(), z.unknown()).optional(),
  /** How far the learned part moves the logit per sd (`gateway train-router` fits it); the classifier's default otherwise. */
  learnedWeight: z.number().min(0).max(4).optional(),
  /**
   * Weights on the mean word embedding of the ask (embeddings.ts), added to the logit; `table` names the
   * embedding table they were fitted on. Files without it (before session 8) have no embedding term.
   */
  embedding: z.object({ table: z.string(), weights: z.array(z.number()) }).optional(),
  /** The maths word problems' neighbour term (neighbours.ts, session 10); files without it have none. */
  neighbours: neighboursSchema.optional(),
});
export type RouterWeights = z.infer<typeof routerWeightsSchema>;

/** A weights file checked against the features this build computes. */
export interface LearnedModel {
  weights: RouterWeights;
  hashed: Float64Array;
  /** `embedding.weights · vector(row)` for every row of the embedding table, when the file has embedding weights. */
  embeddingByRow: Float32Array | undefined;
  neighbours: Neighbours | undefined;
}

export const loadModel = (raw: unknown): LearnedModel => {
  const weights = routerWeightsSchema.parse(raw);
  if (weights.hashed.length !== 1 << weights.hashBits) throw new Error('weights: hashed length does not match hashBits');
  weights.denseNames.forEach((name, i) => {
    if (name !== DENSE_FEATURES[i]) throw new Error(`weights: dense feature ${i} is ${name}, expected ${DENSE_FEATURES[i]}`);
  });
  const { embedding } = weights;
  const embeddingByRow = embedding && embeddingTerm(embedding.weights, embedding.table, 'weights');
  const neighbours = weights.neighbours && loadNeighbours(weights.neighbours, EMBEDDING_TABLE_ID, 'weights');
  return { weights, hashed: Float64Array.from(weights.hashed), embeddingByRow, neighbours };
};

/**
 * The raw logit. Hashed features are scaled by 1/sqrt(count) so a long prompt does not
 * win on token count alone (length has its own dense features). The embedding term is one table
 * read per distinct word (no vector math at serving time).
 */
export const learnedLogit = (model: LearnedModel, features: TextFeatures): number => {
  const { weights, hashed } = model;
  let z = weights.bias;
  for (let i = 0; i < DENSE_COUNT; i += 1) z += (weights.dense[i] as number) * (features.dense[i] as number);
  const n = features.hashCount;
  if (n > 0) {
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += hashed[features.hashes[i] as number] as number;
    z += sum / Math.sqrt(n);
  }
  if (model.embeddingByRow) z += meanProjection(features, model.embeddingByRow);
  return z;
};

/** The logit standardised over the training prompts: about 0 on a typical exam question, ±1 one sd away. */
export const learnedZ = (model: LearnedModel, features: TextFeatures): number =>
  (learnedLogit(model, features) - model.weights.center) / model.weights.scale;

/** The prompt's log length standardised over the training prompts; 0 when the weights file does not say. */
export const lengthZ = (model: LearnedModel, features: TextFeatures): number => {
  const { lengthCenter, lengthScale } = model.weights;
  return lengthCenter === undefined || lengthScale === undefined ? 0 : ((features.dense[0] as number) - lengthCenter) / lengthScale;
};

/** A word problem's ranking key with its neighbour term (neighbours.ts); the key unchanged when the weights file has none. */
export const withNeighbours = (model: LearnedModel, features: TextFeatures, key: number): number => {
  const n = model.neighbours;
  return n === undefined ? key : (key + neighbourTerm(n, features)) * n.weights.keyScale + n.weights.keyShift;
};
