import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveEmbeddings, type WinkSource } from '../../scripts/lib/router-embeddings.js';
import { parseEmbeddingTable, tableRow, tableVector } from '../../src/routing/embeddings-table.js';
import {
  EMBEDDING_DIMS,
  embeddingRow,
  meanEmbedding,
  meanProjection,
  projectRows,
  rowVector,
} from '../../src/routing/embeddings.js';
import { extractTextFeatures, newTextFeatures, wordHash } from '../../src/routing/text-features.js';

const shipped = JSON.parse(readFileSync(new URL('../../src/routing/word-vectors.json', import.meta.url), 'utf8')) as {
  scales: number[];
  projection: { sourceDims: number; mean: string; axes: string };
};
const sample = JSON.parse(readFileSync(new URL('./fixtures/wink-sample.json', import.meta.url), 'utf8')) as {
  vectors: Record<string, number[]>;
};
const floats = (b64: string): Float32Array => {
  const bytes = Buffer.from(b64, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
};
const vectorOf = (word: string): Float64Array => {
  const out = new Float64Array(EMBEDDING_DIMS);
  rowVector(embeddingRow(wordHash(word)), out);
  return out;
};
const cosine = (a: Float64Array, b: Float64Array): number => {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    ab += x * (b[i] as number);
    aa += x * x;
    bb += (b[i] as number) ** 2;
  });
  return ab / Math.sqrt(aa * bb);
};

// A tiny source in wink's layout: words by frequency, each vector followed by its norm and index.
const tiny: WinkSource = {
  dimensions: 4,
  words: ['the', ',', 'King', 'queen', "don't", 'x2', 'banana', 'proof', 'lemma'],
  vectors: Object.fromEntries(
    ['the', ',', 'King', 'queen', "don't", 'x2', 'banana', 'proof', 'lemma'].map((w, i) => [w, [i * 0.1, -i * 0.2, (i % 3) - 1, 0.5 - i * 0.05, 1, i]]),
  ),
};

describe('the derivation', () => {
  it('keeps the most frequent lower-case alphabetic words, rows matching the source within the int8 step', () => {
    const table = parseEmbeddingTable(deriveEmbeddings(tiny, { words: 4, dims: 4 }));
    expect(table.count).toBe(4);
    const out = new Float64Array(4);
    ['the', 'queen', 'banana', 'proof'].forEach((word, row) => {
      expect(tableRow(table, wordHash(word))).toBe(row);
      tableVector(table, row, out);
      (tiny.vectors[word] as number[]).slice(0, 4).forEach((x, d) => expect(Math.abs((out[d] as number) - x)).toBeLessThanOrEqual((table.scales[d] as number) / 2 + 1e-9));
    });
    for (const word of [',', 'King', "don't", 'x2', 'lemma']) expect(tableRow(table, wordHash(word.toLowerCase()))).toBe(-1);
  });

  it('writes the same bytes when run again, with or without reducing dimensions', () => {
    for (const dims of [4, 2]) {
      const first = JSON.stringify(deriveEmbeddings(tiny, { words: 6, dims }));
      expect(JSON.stringify(deriveEmbeddings(structuredClone(tiny), { words: 6, dims }))).toBe(first);
    }
  });
});

describe('the shipped table', () => {
  it('holds the source vectors of real words, projected as its file says, within the int8 step', () => {
    const { sourceDims } = shipped.projection;
    const mean = floats(shipped.projection.mean);
    const axes = floats(shipped.projection.axes);
    expect(embeddingRow(wordHash('the'))).toBe(0);
    let checked = 0;
    for (const [word, source] of Object.entries(sample.vectors)) {
      if (embeddingRow(wordHash(word)) < 0) continue;
      checked += 1;
      const row = vectorOf(word);
      for (let d = 0; d < EMBEDDING_DIMS; d += 1) {
        let expected = 0;
        for (let k = 0; k < sourceDims; k += 1) expected += ((source[k] as number) - (mean[k] as number)) * (axes[d * sourceDims + k] as number);
        expect(Math.abs((row[d] as number) - expected)).toBeLessThanOrEqual((shipped.scales[d] as number) / 2 + 1e-4);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it('keeps meaning: king is nearer queen than banana', () => {
    expect(cosine(vectorOf('king'), vectorOf('queen'))).toBeGreaterThan(cosine(vectorOf('king'), vectorOf('banana')) + 0.2);
  });

  it('is keyed by the hash text-features computes: a text lists its distinct in-table words, first seen first', () => {
    const features = newTextFeatures();
    extractTextFeatures('The KING, the king and the Queen of Spain: 42 zzqxv.', 14, features);
    const expected = ['the', 'king', 'and', 'queen', 'of', 'spain'].map((w) => embeddingRow(wordHash(w)));
    expect(expected.every((row) => row >= 0)).toBe(true);
    expect([...features.rows.subarray(0, features.rowCount)]).toEqual(expected);
    extractTextFeatures('12345 ??? zzqxv', 14, features);
    expect(features.rowCount).toBe(0);
  });

  it('serves the mean embedding through per-row projections', () => {
    const features = newTextFeatures();
    extractTextFeatures('Prove that the integral of a continuous function is continuous.', 14, features);
    const mean = new Float64Array(EMBEDDING_DIMS);
    meanEmbedding(features, mean);
    const byHand = new Float64Array(EMBEDDING_DIMS);
    const v = new Float64Array(EMBEDDING_DIMS);
    for (const row of features.rows.subarray(0, features.rowCount)) {
      rowVector(row, v);
      v.forEach((x, d) => (byHand[d] = (byHand[d] as number) + x / features.rowCount));
    }
    byHand.forEach((x, d) => expect(mean[d]).toBeCloseTo(x, 10));
    const weights = Float64Array.from({ length: EMBEDDING_DIMS }, (_, d) => Math.sin(d + 1));
    const direct = weights.reduce((sum, w, d) => sum + w * (mean[d] as number), 0);
    expect(meanProjection(features, projectRows(weights))).toBeCloseTo(direct, 4);
    extractTextFeatures('', 14, features);
    meanEmbedding(features, mean);
    expect([...mean].every((x) => x === 0)).toBe(true);
    expect(meanProjection(features, projectRows(weights))).toBe(0);
  });
});
