import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tierRank } from '../../src/config/schema.js';
import type { MessagesBody } from '../../src/messages/schema.js';
import { classify, createClassifier, shippedModel } from '../../src/routing/classifier.js';
import { EMBEDDING_DIMS, EMBEDDING_TABLE_ID, meanEmbedding } from '../../src/routing/embeddings.js';
import { DENSE_FEATURES, extractTextFeatures, newTextFeatures } from '../../src/routing/text-features.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../../src/routing/tiers.js';
import { EXTRA_COUNT, EXTRA_FEATURES, extraInputs, loadTrafficModel, trafficAdjust, trafficLogit, trafficPrediction, type TrafficWeights } from '../../src/routing/traffic-model.js';
import { ask } from './realistic/helpers.js';

/** A traffic model that predicts `y` for every ask, with cuts that let it move anything it may. */
const constantModel = (y: number): TrafficWeights => ({
  version: 1,
  hashBits: 14,
  denseNames: [...DENSE_FEATURES],
  bias: y,
  dense: DENSE_FEATURES.map(() => 0),
  hashed: [],
  up: 0.9,
  minUp: 0,
  down: 0.1,
  maxDown: 1,
});
const tierOfLogit = (logit: number) => tierForScore(1 / (1 + Math.exp(-logit)), DEFAULT_THRESHOLDS);
const tier = (c: (b: MessagesBody) => { score: number }, body: MessagesBody) => tierForScore(c(body).score, DEFAULT_THRESHOLDS);

describe('the traffic model (traffic-model.ts)', () => {
  it('loads the shipped traffic-weights.json, fitted on the same features as the learned part', () => {
    const model = loadTrafficModel(JSON.parse(readFileSync('src/routing/traffic-weights.json', 'utf8')));
    expect(model.weights.hashBits).toBe(shippedModel.weights.hashBits);
    expect(model.weights.hashed.length).toBeGreaterThan(100);
    expect(model.linear.hashed.length).toBe(1 << model.weights.hashBits);
  });

  it('reads the hand signals summed by cue family, and ignores the others', () => {
    const inputs = extraInputs(
      [
        { kind: 'proof', reason: 'proof', logit: 1 },
        { kind: 'design', reason: 'design ask', logit: 0.5 },
        { kind: 'arithmetic', reason: 'arithmetic', logit: 0.25 },
        { kind: 'code', reason: 'code', logit: 0.3 },
        { kind: 'writing', reason: 'writing or analysis', logit: 0.2 },
        { kind: 'simple', reason: 'simple task', logit: -1 },
        { kind: 'documentLookup', reason: 'lookup in a document', logit: -0.8 },
        { kind: 'promptLength', reason: 'long prompt', logit: 0.4 },
        { kind: 'learned', reason: 'learned: harder', logit: 0.1 },
        // The family is read from the kind, never from the reason shown to users.
        { kind: 'tools', reason: 'proof', logit: 5 },
      ],
      new Float64Array(EXTRA_COUNT).fill(9),
    );
    expect(Array.from(inputs)).toEqual([1.5, 0.25, 0.5, -1, -0.8]);
  });

  it('adds the extra inputs times their weights to the prediction', () => {
    const model = loadTrafficModel({ ...constantModel(0.5), extraNames: [...EXTRA_FEATURES], extra: [0.5, 0, 0, 1, 0] });
    const features = newTextFeatures();
    expect(trafficPrediction(model, features)).toBe(0.5);
    expect(trafficPrediction(model, features, Float64Array.from([1, 7, 7, -0.25, 7]))).toBeCloseTo(0.75, 12);
  });

  it('adds the embedding weights times the mean vector of the ask\'s distinct in-table words (session 8)', () => {
    const embedding = Array.from({ length: EMBEDDING_DIMS }, (_, d) => ((d % 7) - 3) / 10);
    const model = loadTrafficModel({ ...constantModel(0.5), embedding, embeddingTable: EMBEDDING_TABLE_ID });
    const features = newTextFeatures();
    extractTextFeatures('Why does the lock-free stack suffer from the ABA problem under concurrent pops?', 14, features);
    expect(features.rowCount).toBeGreaterThan(5);
    const mean = new Float64Array(EMBEDDING_DIMS);
    meanEmbedding(features, mean);
    const expected = 0.5 + embedding.reduce((sum, w, d) => sum + w * (mean[d] as number), 0);
    expect(Math.abs(expected - 0.5)).toBeGreaterThan(0.01);
    expect(trafficPrediction(model, features)).toBeCloseTo(expected, 5);
    // No in-table word: no embedding term. A file without embedding weights (before session 8) has none either.
    extractTextFeatures('0 1 2 3', 14, features);
    expect(trafficPrediction(model, features)).toBe(0.5);
    extractTextFeatures('Why does the lock-free stack suffer from the ABA problem?', 14, features);
    expect(trafficPrediction(loadTrafficModel(constantModel(0.5)), features)).toBe(0.5);
  });

  it('rejects a file whose features or buckets do not fit this build', () => {
    expect(() => loadTrafficModel({ ...constantModel(0.5), embedding: [0.1, 0.2], embeddingTable: EMBEDDING_TABLE_ID })).toThrow(/embedding weights/);
    // Weights fitted on another embedding table (or not saying which) would read other vectors for the same words.
    const embedding = Array.from({ length: EMBEDDING_DIMS }, () => 0.1);
    expect(() => loadTrafficModel({ ...constantModel(0.5), embedding, embeddingTable: '10x48:00000000' })).toThrow(/embedding table/);
    expect(() => loadTrafficModel({ ...constantModel(0.5), embedding })).toThrow(/embedding table/);
    expect(() => loadTrafficModel({ ...constantModel(0.5), denseNames: [...DENSE_FEATURES].reverse() })).toThrow(/dense feature/);
    expect(() => loadTrafficModel({ ...constantModel(0.5), hashed: [[1 << 14, 0.1]] })).toThrow(/out of range/);
    expect(() => loadTrafficModel({ ...constantModel(0.5), version: 2 })).toThrow();
    expect(() => loadTrafficModel({ ...constantModel(0.5), extraNames: [...EXTRA_FEATURES].reverse(), extra: EXTRA_FEATURES.map(() => 0) })).toThrow(/extra feature/);
    expect(() => loadTrafficModel({ ...constantModel(0.5), extraNames: [...EXTRA_FEATURES], extra: [0] })).toThrow();
  });

  it('never moves an ask by two tiers, and moves only asks the hand signals put on Sonnet', () => {
    const features = newTextFeatures();
    for (const y of [-5, 0.5, 5]) {
      const model = loadTrafficModel(constantModel(y));
      for (let logit = -6; logit <= 6; logit += 0.01) {
        const before = tierOfLogit(logit);
        const after = tierOfLogit(trafficLogit(model, features, logit));
        expect(Math.abs(tierRank(after) - tierRank(before))).toBeLessThanOrEqual(1);
        if (before !== 'sonnet' || y === 0.5) expect(after).toBe(before);
        else expect(after).toBe(y > 0 ? 'opus' : 'haiku');
      }
    }
  });

  it('with lift and drop cuts (session 6), moves a Haiku-band ask up and an Opus-band ask down to Sonnet, never further', () => {
    const features = newTextFeatures();
    const p = (logit: number) => 1 / (1 + Math.exp(-logit));
    for (const y of [-5, 0.5, 5]) {
      const model = loadTrafficModel({ ...constantModel(y), lift: 0.9, minLift: 0.2, drop: 0.1, maxDrop: 0.9 });
      for (let logit = -6; logit <= 6; logit += 0.01) {
        const before = tierOfLogit(logit);
        const after = tierOfLogit(trafficLogit(model, features, logit));
        expect(Math.abs(tierRank(after) - tierRank(before))).toBeLessThanOrEqual(1);
        if (before === 'haiku') expect(after).toBe(y > 0.9 && p(logit) >= 0.2 ? 'sonnet' : 'haiku');
        if (before === 'opus') expect(after).toBe(y < 0.1 && p(logit) <= 0.9 ? 'sonnet' : 'opus');
      }
    }
  });

  it('in classify: its cue-family weights decide the move (a hard cue weighs towards Opus)', () => {
    // Predicts 0.5 (no move) plus twice the hard cues' push: only an ask with a hard cue reaches `up` (0.9).
    const hardOnly = createClassifier(shippedModel, undefined, trafficAdjust(loadTrafficModel({ ...constantModel(0.5), extraNames: [...EXTRA_FEATURES], extra: [2, 0, 0, 0, 0] })));
    const withCue = ask('Explain how a deadlock can happen between two mutexes, with a small Go example.');
    const noCue = ask('Review this design for a rate limiter shared by three services and suggest improvements.');
    expect([tier(classify, withCue), tier(classify, noCue)]).toEqual(['sonnet', 'sonnet']);
    expect(tier(hardOnly, withCue)).toBe('opus');
    expect(tier(hardOnly, noCue)).toBe('sonnet');
  });

  it('in classify: moves a single English Sonnet ask one tier, and says so', () => {
    const up = createClassifier(shippedModel, undefined, trafficAdjust(loadTrafficModel(constantModel(5))));
    const down = createClassifier(shippedModel, undefined, trafficAdjust(loadTrafficModel(constantModel(-5))));
    const sonnetAsk = ask('Write a Python CLI with argparse that reads a CSV of transactions and prints the total per category.');
    expect(tier(classify, sonnetAsk)).toBe('sonnet');
    expect(tier(up, sonnetAsk)).toBe('opus');
    expect(up(sonnetAsk).reasons).toContain('traffic model: harder');
    expect(tier(down, sonnetAsk)).toBe('haiku');
    expect(down(sonnetAsk).reasons).toContain('traffic model: easier');
    const haikuAsk = ask('What is the capital of France?');
    const opusAsk = ask('Prove that there are infinitely many primes of the form 4k + 3, rigorously.');
    expect([tier(classify, haikuAsk), tier(up, haikuAsk)]).toEqual(['haiku', 'haiku']);
    expect([tier(classify, opusAsk), tier(down, opusAsk)]).toEqual(['opus', 'opus']);
  });

  it('never moves a clear simple transform up to Opus, though it may lift one to Sonnet', () => {
    const up = createClassifier(shippedModel, undefined, trafficAdjust(loadTrafficModel({ ...constantModel(5), lift: 0.9, minLift: 0 })));
    // A long preamble keeps this lookup in the Sonnet band by its hand signals; its "stand for" is a simple transform.
    const preamble = 'Some context first: we are a small company, and last month our database provider had a regional failure that took us offline for a day. Since then the board has asked for a business continuity plan, and the consultant keeps using two terms in her draft. ';
    const lookup = ask(`${preamble}What do RTO and RPO stand for?`);
    expect(classify(lookup).reasons).toContain('simple task');
    expect(tier(up, lookup)).not.toBe('opus');
    const translate = ask('Translate to French: "The meeting has moved to Thursday at 10."');
    expect(tier(classify, translate)).toBe('haiku');
    expect(tier(up, translate)).toBe('sonnet');
  });

  it('moves the latest ask of an English conversation and an agent request\'s ask too (session 9), and leaves other languages to the hand signals', () => {
    const up = createClassifier(shippedModel, undefined, trafficAdjust(loadTrafficModel(constantModel(5))));
    const text = 'Write a Python CLI with argparse that reads a CSV of transactions and prints the total per category.';
    const chat: MessagesBody = {
      model: 'auto',
      max_tokens: 1024,
      messages: [
        { role: 'user', content: 'Hi!' },
        { role: 'assistant', content: 'Hello, how can I help?' },
        { role: 'user', content: text },
      ],
    };
    const withTools: MessagesBody = { ...ask(text), tools: [{ name: 'run', description: 'Runs code.', input_schema: { type: 'object', properties: {} } }] };
    const german = ask('Schreibe ein Python-Programm mit argparse, das eine CSV-Datei mit Buchungen liest und die Summe pro Kategorie ausgibt.');
    expect(tier(classify, chat)).toBe('sonnet');
    expect(tier(up, chat)).toBe('opus');
    expect(up(chat).reasons).toContain('traffic model: harder');
    expect(tier(classify, withTools)).toBe('sonnet');
    expect(tier(up, withTools)).toBe('opus');
    expect(up(german)).toEqual(classify(german));
  });
});
