import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../src/routing/classifier.js';
import { EMBEDDING_DIMS, EMBEDDING_TABLE_ID, meanEmbedding } from '../../src/routing/embeddings.js';
import { learnedInput, learnedLogit, loadModel } from '../../src/routing/model.js';
import { RECIPE, trainOnBodies } from '../../src/routing/train.js';
import { extractTextFeatures, newTextFeatures } from '../../src/routing/text-features.js';

const features = (text: string) => {
  const out = newTextFeatures();
  extractTextFeatures(learnedInput(text), shippedModel.weights.hashBits, out);
  return out;
};
const ASKS = ['What is the capital of France?', 'Prove that every bounded monotone sequence of real numbers converges.', 'zzqx 12 34'];
const ask = (text: string) => ({ model: 'auto', max_tokens: 256, messages: [{ role: 'user' as const, content: text }] });

describe('the learned part with word embeddings', () => {
  it('adds the embedding weights times the ask\'s mean word embedding to the logit', () => {
    const { embedding, ...older } = shippedModel.weights;
    expect(embedding?.table).toBe(EMBEDDING_TABLE_ID);
    const without = loadModel(older);
    expect(without.embeddingByRow).toBeUndefined();
    const mean = new Float64Array(EMBEDDING_DIMS);
    for (const text of ASKS) {
      const f = features(text);
      meanEmbedding(f, mean);
      const term = (embedding?.weights ?? []).reduce((sum, w, d) => sum + w * (mean[d] as number), 0);
      expect(learnedLogit(shippedModel, f) - learnedLogit(without, f)).toBeCloseTo(term, 4);
    }
    // The last ask has no word of the table: no term at all.
    expect(features(ASKS[2] as string).rowCount).toBe(0);
  });

  it('refuses embedding weights fitted on another table, and loads a file without them (written before)', () => {
    const weights = shippedModel.weights;
    expect(() => loadModel({ ...weights, embedding: { table: '10x48:00000000', weights: weights.embedding?.weights } })).toThrow(/embedding table/);
    expect(() => loadModel({ ...weights, embedding: { table: EMBEDDING_TABLE_ID, weights: [1, 2] } })).toThrow(/embedding table/);
    const { embedding: _e, ...older } = weights;
    expect(() => loadModel(older)).not.toThrow();
  });

  it('trains files that load, with embedding weights by default and without them when the recipe leaves l2Embed out', () => {
    const items = ASKS.flatMap((text, i) => [{ body: ask(text), y: i === 1 ? 1 : 0 }, { body: ask(`${text} Explain.`), y: i === 1 ? 1 : 0 }]);
    const withEmbedding = trainOnBodies(items, { ...RECIPE, iterations: 20 });
    expect(withEmbedding.embedding?.weights).toHaveLength(EMBEDDING_DIMS);
    expect(loadModel(JSON.parse(JSON.stringify(withEmbedding))).embeddingByRow).toBeInstanceOf(Float32Array);
    const { l2Embed: _l, ...plain } = RECIPE;
    const without = trainOnBodies(items, { ...plain, iterations: 20 });
    expect(without.embedding).toBeUndefined();
    expect(loadModel(JSON.parse(JSON.stringify(without))).embeddingByRow).toBeUndefined();
  });
});
