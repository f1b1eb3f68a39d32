/**
 * The neighbour term of maths word problems (session 10): the mean gain (strong_correct - weak_correct) of the
 * `k` training word problems whose mean word embedding is closest to the ask's (cosine, after centring, on the
 * table's first `dims` principal components), standardised. A linear term on the mean embedding cannot say
 * "problems like this one were hard"; a neighbourhood can, and on word problems it ranks as well as the whole
 * learned part (src/routing/README.md, session 10). Fitted by train.ts, stored in weights.json, served here.
 */
import { z } from 'zod';
import { EMBEDDING_DIMS, meanEmbedding } from './embeddings.js';
import type { TextFeatures } from './text-features.js';

export const neighboursSchema = z.object({
  /** The embedding table the vectors were taken from (embeddings.ts EMBEDDING_TABLE_ID). */
  table: z.string(),
  dims: z.number().int().min(1),
  k: z.number().int().min(1),
  /** Added to the exam ranking key per sd of the neighbours' mean gain. */
  weight: z.number(),
  /** Subtracted from a mean embedding before the cosine (the training word problems' mean). */
  center: z.array(z.number()),
  /** One row of `dims` int8 per training word problem: its centred mean embedding as a unit vector, times 127. */
  vectors: z.array(z.number().int().min(-127).max(127)),
  /** Each training word problem's gain: -1, 0 or 1. */
  gains: z.array(z.number().int().min(-1).max(1)),
  /** Mean and sd of the leave-one-out prediction over the training word problems. */
  mean: z.number(),
  sd: z.number().positive(),
});
export type NeighbourWeights = z.infer<typeof neighboursSchema>;

export interface NeighbourRecipe {
  dims: number;
  k: number;
  weight: number;
}

/** A loaded neighbour term: the stored rows as typed arrays, and scratch for the query. */
export interface Neighbours {
  weights: NeighbourWeights;
  vectors: Int8Array;
  gains: Int8Array;
  count: number;
  query: Float64Array;
  best: Float64Array;
  bestGain: Float64Array;
}

export const loadNeighbours = (weights: NeighbourWeights, tableId: string, file: string): Neighbours => {
  const { dims, vectors, gains, center, k } = weights;
  if (weights.table !== tableId) throw new Error(`${file}: neighbours taken from embedding table ${weights.table}, this build has ${tableId}`);
  if (dims > EMBEDDING_DIMS || center.length !== dims || vectors.length !== gains.length * dims || k > gains.length) {
    throw new Error(`${file}: neighbours: sizes do not match (dims ${dims}, ${gains.length} rows)`);
  }
  return {
    weights,
    vectors: Int8Array.from(vectors),
    gains: Int8Array.from(gains),
    count: gains.length,
    query: new Float64Array(EMBEDDING_DIMS),
    best: new Float64Array(k),
    bestGain: new Float64Array(k),
  };
};

/** Mean gain of the `k` rows with the largest dot product with `query` (ties: the earlier row), skipping `skip`. */
const nearestGain = (n: Neighbours, query: Float64Array, skip = -1): number => {
  const { dims, k } = n.weights;
  const { vectors, gains, best, bestGain } = n;
  let filled = 0;
  for (let row = 0; row < n.count; row += 1) {
    if (row === skip) continue;
    const base = row * dims;
    let dot = 0;
    for (let d = 0; d < dims; d += 1) dot += (query[d] as number) * (vectors[base + d] as number);
    if (filled === k && dot <= (best[k - 1] as number)) continue;
    // Insertion into the sorted list of the best k so far.
    let at = filled < k ? filled++ : k - 1;
    while (at > 0 && (best[at - 1] as number) < dot) {
      best[at] = best[at - 1] as number;
      bestGain[at] = bestGain[at - 1] as number;
      at -= 1;
    }
    best[at] = dot;
    bestGain[at] = gains[row] as number;
  }
  let sum = 0;
  for (let i = 0; i < filled; i += 1) sum += bestGain[i] as number;
  return filled === 0 ? 0 : sum / filled;
};

/** The centred mean embedding of a text's words (the first `dims` components); its norm does not change the ranking. */
const centredQuery = (n: Neighbours, features: TextFeatures): Float64Array => {
  meanEmbedding(features, n.query);
  const { dims, center } = n.weights;
  for (let d = 0; d < dims; d += 1) n.query[d] = (n.query[d] as number) - (center[d] as number);
  return n.query;
};

/** `weight` times the standardised mean gain of the ask's nearest training word problems. */
export const neighbourTerm = (n: Neighbours, features: TextFeatures): number => {
  const { weight, mean, sd } = n.weights;
  return (weight * (nearestGain(n, centredQuery(n, features)) - mean)) / sd;
};

/**
 * Fits the term on the training word problems' mean embeddings (`EMBEDDING_DIMS` long each) and gains.
 * The standardisation is taken from leave-one-out predictions, as a new problem is not among its own neighbours.
 */
export const fitNeighbours = (embeddings: readonly Float64Array[], gains: readonly number[], recipe: NeighbourRecipe, table: string): NeighbourWeights => {
  const { dims, k } = recipe;
  const count = embeddings.length;
  const center = Array.from({ length: dims }, (_, d) => embeddings.reduce((s, e) => s + (e[d] as number), 0) / Math.max(1, count));
  const vectors: number[] = [];
  for (const e of embeddings) {
    const v = center.map((c, d) => (e[d] as number) - c);
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
    for (const x of v) vectors.push(Math.round((127 * x) / norm));
  }
  const rounded = center.map((c) => Number(c.toPrecision(4)));
  const draft: NeighbourWeights = { table, dims, k, weight: recipe.weight, center: rounded, vectors, gains: [...gains], mean: 0, sd: 1 };
  const n = loadNeighbours(draft, table, 'training');
  const loo = gains.map((_, row) => {
    for (let d = 0; d < dims; d += 1) n.query[d] = vectors[row * dims + d] as number;
    return nearestGain(n, n.query, row);
  });
  const mean = loo.reduce((a, b) => a + b, 0) / Math.max(1, count);
  const sd = Math.sqrt(loo.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, count)) || 1;
  return { ...draft, mean: Number(mean.toPrecision(4)), sd: Number(sd.toPrecision(4)) };
};
