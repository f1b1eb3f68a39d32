/**
 * The pruned word-embedding table (word-vectors.json, derived by scripts/derive-embeddings.ts) as typed arrays:
 * rows keyed by the 32-bit word hash text-features.ts computes, in an open-addressed table.
 */
import { z } from 'zod';

export const embeddingArtifactSchema = z.object({
  format: z.literal('router-embeddings/1'),
  source: z.string(),
  count: z.number().int().min(0),
  dims: z.number().int().min(1),
  /** One per dimension: a component is `int8 · scale`. */
  scales: z.array(z.number()),
  /** Base64 of `count` little-endian uint32 word hashes, row order (most frequent word first). */
  hashes: z.string(),
  /** Base64 of `count · dims` int8 components, row after row. */
  vectors: z.string(),
  /**
   * How a source vector v became a row, when dimensions were reduced: row[d] = (v - mean) · axes[d].
   * Base64 float32 (`mean` sourceDims long, `axes` dims · sourceDims); not read when serving.
   */
  projection: z.object({ sourceDims: z.number().int(), mean: z.string(), axes: z.string() }).optional(),
});
export type EmbeddingArtifact = z.infer<typeof embeddingArtifactSchema>;

export interface EmbeddingTable {
  count: number;
  dims: number;
  scales: Float64Array;
  vectors: Int8Array;
  /**
   * Open addressing, linear probing: `slots[2 · slot]` a word hash (0 = empty), `slots[2 · slot + 1]` its row,
   * side by side so a lookup reads one cache line.
   */
  slots: Uint32Array;
  mask: number;
}

export const parseEmbeddingTable = (raw: unknown): EmbeddingTable => {
  const artifact = embeddingArtifactSchema.parse(raw);
  const { count, dims } = artifact;
  const hashBytes = Buffer.from(artifact.hashes, 'base64');
  const vectorBytes = Buffer.from(artifact.vectors, 'base64');
  if (hashBytes.length !== count * 4 || vectorBytes.length !== count * dims || artifact.scales.length !== dims) {
    throw new Error('embeddings: sizes do not match count and dims');
  }
  let size = 2;
  while (size < count * 2) size *= 2;
  const slots = new Uint32Array(size * 2);
  const mask = size - 1;
  for (let row = 0; row < count; row += 1) {
    const hash = hashBytes.readUInt32LE(row * 4);
    let slot = hash & mask;
    while (slots[2 * slot] !== 0 && slots[2 * slot] !== hash) slot = (slot + 1) & mask;
    if (slots[2 * slot] === hash) continue;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = row;
  }
  const vectors = new Int8Array(count * dims);
  vectors.set(new Int8Array(vectorBytes.buffer, vectorBytes.byteOffset, vectorBytes.length));
  return { count, dims, scales: Float64Array.from(artifact.scales), vectors, slots, mask };
};

/** The row of a word hash, or -1. */
export const tableRow = (table: EmbeddingTable, hash: number): number => {
  const { slots, mask } = table;
  let slot = hash & mask;
  for (;;) {
    const key = slots[2 * slot] as number;
    if (key === hash) return slots[2 * slot + 1] as number;
    if (key === 0) return -1;
    slot = (slot + 1) & mask;
  }
};

/** Fills `out` with a row's dequantised vector. */
export const tableVector = (table: EmbeddingTable, row: number, out: Float64Array): void => {
  const { dims, scales, vectors } = table;
  const base = row * dims;
  for (let d = 0; d < dims; d += 1) out[d] = (vectors[base + d] as number) * (scales[d] as number);
};

/** Bytes the loaded table holds (vectors, scales and the hash table). */
export const tableBytes = (table: EmbeddingTable): number =>
  table.vectors.byteLength + table.scales.byteLength + table.slots.byteLength;

/** `<count>x<dims>:<FNV-1a of the scales and vectors>`: two tables with the same id serve the same vectors. */
export const tableId = (table: EmbeddingTable): string => {
  let h = 0x811c9dc5;
  for (const scale of table.scales) h = Math.imul(h ^ (Math.fround(scale) * 1e6), 0x01000193);
  const { vectors } = table;
  for (let i = 0; i < vectors.length; i += 1) h = Math.imul(h ^ ((vectors[i] as number) & 0xff), 0x01000193);
  return `${table.count}x${table.dims}:${(h >>> 0).toString(16).padStart(8, '0')}`;
};
