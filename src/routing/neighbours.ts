/**
 * The neighbour term of maths word problems (session 10): the mean gain (strong_correct - weak_correct) of the
 * `k` training word problems whose mean word embedding is closest to the ask's (cosine, after centring, on the
 * table's first `dims` principal components), standardised. A linear term on the mean embedding cannot say
 * "problems like this one were hard"; a neighbourhood can (src/routing/README.md, session 10).
 * To stay within a few µs the rows are grouped in `cells` around centroids (k-means at training time), and only
 * the `probe` cells whose centroids are nearest the ask are scanned. Fitted by train.ts, stored in weights.json.
 */
import { z } from 'zod';
import { EMBEDDING_DIMS, meanEmbedding } from './embeddings.js';
import { meanSd, round4 } from './fit-stats.js';
import type { TextFeatures } from './text-features.js';

const int8s = z.array(z.number().int().min(-127).max(127));

export const neighboursSchema = z.object({
  /** The embedding table the vectors were taken from (embeddings.ts EMBEDDING_TABLE_ID). */
  table: z.string(),
  dims: z.number().int().min(1),
  k: z.number().int().min(1),
  /** Added to the exam ranking key per sd of the neighbours' mean gain. */
  weight: z.number(),
  /** Subtracted from a mean embedding before the cosine (the training word problems' mean). */
  center: z.array(z.number()),
  /** One row of `dims` per training word problem, cell after cell: its centred mean embedding as a unit vector, times 127. */
  vectors: int8s,
  /** Each row's gain: -1, 0 or 1. */
  gains: z.array(z.number().int().min(-1).max(1)),
  /** Cell c holds rows cells[c] to cells[c + 1] - 1. */
  cells: z.array(z.number().int().min(0)),
  /** One unit vector (times 127) per cell. */
  centroids: int8s,
  /** How many of the nearest cells are scanned. */
  probe: z.number().int().min(1),
  /** Mean and sd of the leave-one-out prediction over the training word problems. */
  mean: z.number(),
  sd: z.number().positive(),
  /**
   * The ranking key with the term, `(key + term) · keyScale + keyShift`, has the mean and sd over the training word
   * problems that the key had without it: the term reorders word problems and leaves their tier shares as they were.
   */
  keyScale: z.number().positive(),
  keyShift: z.number(),
});
export type NeighbourWeights = z.infer<typeof neighboursSchema>;

export interface NeighbourRecipe {
  dims: number;
  k: number;
  weight: number;
  cells: number;
  probe: number;
}

/** A loaded neighbour term: the stored rows as typed arrays, and scratch for the query. */
export interface Neighbours {
  weights: NeighbourWeights;
  dims: number;
  k: number;
  vectors: Int8Array;
  gains: Int8Array;
  cells: Int32Array;
  centroids: Int8Array;
  query: Float64Array;
  best: Float64Array;
  bestGain: Float64Array;
  /** The probed cells, nearest first, and their dot products. */
  picked: Float64Array;
  pickedDot: Float64Array;
}

export const loadNeighbours = (weights: NeighbourWeights, tableId: string, file: string): Neighbours => {
  const { dims, vectors, gains, center, k, cells, centroids, probe } = weights;
  if (weights.table !== tableId) throw new Error(`${file}: neighbours taken from embedding table ${weights.table}, this build has ${tableId}`);
  const cellCount = cells.length - 1;
  const sizesMatch = dims <= EMBEDDING_DIMS && center.length === dims && vectors.length === gains.length * dims && centroids.length === cellCount * dims;
  if (!sizesMatch || cellCount < 1 || cells[0] !== 0 || cells[cellCount] !== gains.length || probe > cellCount || k > gains.length) {
    throw new Error(`${file}: neighbours: sizes do not match (dims ${dims}, ${gains.length} rows, ${cellCount} cells)`);
  }
  return {
    weights,
    dims,
    k,
    vectors: Int8Array.from(vectors),
    gains: Int8Array.from(gains),
    cells: Int32Array.from(cells),
    centroids: Int8Array.from(centroids),
    query: new Float64Array(EMBEDDING_DIMS),
    best: new Float64Array(k),
    bestGain: new Float64Array(k),
    picked: new Float64Array(probe),
    pickedDot: new Float64Array(probe),
  };
};

const dot = (query: Float64Array, vectors: Int8Array, base: number, dims: number): number => {
  let sum = 0;
  for (let d = 0; d < dims; d += 1) sum += (query[d] as number) * (vectors[base + d] as number);
  return sum;
};

/** Inserts `value` into the descending list `keys` (length `filled`, at most `size`); the new length. Ties keep the earlier. */
const insert = (keys: Float64Array, values: Float64Array, filled: number, size: number, key: number, value: number): number => {
  let at = filled < size ? filled : size - 1;
  while (at > 0 && (keys[at - 1] as number) < key) {
    keys[at] = keys[at - 1] as number;
    values[at] = values[at - 1] as number;
    at -= 1;
  }
  keys[at] = key;
  values[at] = value;
  return filled < size ? filled + 1 : filled;
};

/** Mean gain of the `k` rows nearest `query` in the `probe` nearest cells, skipping row `skip`. */
const nearestGain = (n: Neighbours, query: Float64Array, skip = -1): number => {
  const { dims, k, vectors, gains, cells, centroids, best, bestGain, picked, pickedDot } = n;
  const probe = picked.length;
  let cellsPicked = 0;
  for (let c = 0; c + 1 < cells.length; c += 1) {
    const d = dot(query, centroids, c * dims, dims);
    if (cellsPicked === probe && d <= (pickedDot[probe - 1] as number)) continue;
    cellsPicked = insert(pickedDot, picked, cellsPicked, probe, d, c);
  }
  let filled = 0;
  for (let p = 0; p < cellsPicked; p += 1) {
    const c = picked[p] as number;
    for (let row = cells[c] as number; row < (cells[c + 1] as number); row += 1) {
      const d = dot(query, vectors, row * dims, dims);
      if ((filled === k && d <= (best[k - 1] as number)) || row === skip) continue;
      filled = insert(best, bestGain, filled, k, d, gains[row] as number);
    }
  }
  let sum = 0;
  for (let i = 0; i < filled; i += 1) sum += bestGain[i] as number;
  return filled === 0 ? 0 : sum / filled;
};

/** `weight` times the standardised mean gain of the ask's nearest training word problems. */
export const neighbourTerm = (n: Neighbours, features: TextFeatures): number => {
  const { dims, query } = n;
  const { weight, mean, sd, center } = n.weights;
  meanEmbedding(features, query, dims);
  for (let d = 0; d < dims; d += 1) query[d] = (query[d] as number) - (center[d] as number);
  return (weight * (nearestGain(n, query) - mean)) / sd;
};

const unit = (v: readonly number[]): number[] => {
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  return v.map((x) => x / norm);
};

/** Spherical k-means from evenly spaced rows, a fixed number of rounds: deterministic. The cell of each row. */
const cellsOf = (rows: readonly number[][], count: number): { cellOf: number[]; centroids: number[][] } => {
  let centroids = Array.from({ length: count }, (_, c) => rows[Math.floor((c * rows.length) / count)] as number[]);
  let cellOf: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    cellOf = rows.map((r) => {
      let bestCell = 0;
      let bestDot = -Infinity;
      centroids.forEach((c, i) => {
        const d = r.reduce((s, x, j) => s + x * (c[j] as number), 0);
        if (d > bestDot) [bestCell, bestDot] = [i, d];
      });
      return bestCell;
    });
    centroids = centroids.map((old, i) => {
      const members = rows.filter((_, r) => cellOf[r] === i);
      return members.length === 0 ? old : unit(old.map((_, j) => members.reduce((s, m) => s + (m[j] as number), 0)));
    });
  }
  return { cellOf, centroids };
};

const int8 = (v: readonly number[]): number[] => v.map((x) => Math.round(127 * x));

/** Mean and standard deviation, a zero spread read as 1 (it divides). */
const spread = (xs: readonly number[]): { mean: number; sd: number } => {
  const { mean, sd } = meanSd(xs);
  return { mean, sd: sd || 1 };
};

/**
 * Fits the term on the training word problems' mean embeddings (`EMBEDDING_DIMS` long each), gains and ranking keys
 * without the term (`keys`). The standardisation is taken from leave-one-out predictions, as a new problem is not
 * among its own neighbours.
 */
export const fitNeighbours = (
  embeddings: readonly Float64Array[],
  gains: readonly number[],
  keys: readonly number[],
  recipe: NeighbourRecipe,
  table: string,
): NeighbourWeights => {
  const { dims, k, cells: cellCount, probe } = recipe;
  const center = Array.from({ length: dims }, (_, d) => round4(embeddings.reduce((s, e) => s + (e[d] as number), 0) / embeddings.length));
  const rows = embeddings.map((e) => unit(center.map((c, d) => (e[d] as number) - c)));
  const { cellOf, centroids } = cellsOf(rows, cellCount);
  const order = rows.map((_, i) => i).sort((a, b) => (cellOf[a] as number) - (cellOf[b] as number) || a - b);
  const cells = Array.from({ length: cellCount + 1 }, (_, c) => cellOf.filter((x) => x < c).length);
  const draft: NeighbourWeights = {
    table,
    dims,
    k,
    weight: recipe.weight,
    center,
    vectors: order.flatMap((i) => int8(rows[i] as number[])),
    gains: order.map((i) => gains[i] as number),
    cells,
    centroids: centroids.flatMap(int8),
    probe,
    mean: 0,
    sd: 1,
    keyScale: 1,
    keyShift: 0,
  };
  const n = loadNeighbours(draft, table, 'training');
  const loo = draft.gains.map((_, row) => {
    for (let d = 0; d < dims; d += 1) n.query[d] = draft.vectors[row * dims + d] as number;
    return nearestGain(n, n.query, row);
  });
  const { mean, sd } = spread(loo);
  const term = (row: number): number => (recipe.weight * ((loo[row] as number) - round4(mean))) / round4(sd);
  const without = spread(keys);
  const withTerm = spread(order.map((i, row) => (keys[i] as number) + term(row)));
  const keyScale = round4(without.sd / withTerm.sd);
  const keyShift = round4(without.mean - keyScale * withTerm.mean);
  return Object.assign(draft, { mean: round4(mean), sd: round4(sd), keyScale, keyShift });
};
