import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tierRank } from '../../src/config/schema.js';
import type { MessagesBody } from '../../src/messages/schema.js';
import { classify, createClassifier, shippedModel } from '../../src/routing/classifier.js';
import { DENSE_FEATURES, newTextFeatures } from '../../src/routing/text-features.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../../src/routing/tiers.js';
import { loadTrafficModel, trafficAdjust, trafficLogit, type TrafficWeights } from '../../src/routing/traffic-model.js';
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

  it('rejects a file whose features or buckets do not fit this build', () => {
    expect(() => loadTrafficModel({ ...constantModel(0.5), denseNames: [...DENSE_FEATURES].reverse() })).toThrow(/dense feature/);
    expect(() => loadTrafficModel({ ...constantModel(0.5), hashed: [[1 << 14, 0.1]] })).toThrow(/out of range/);
    expect(() => loadTrafficModel({ ...constantModel(0.5), version: 2 })).toThrow();
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

  it('leaves conversations, tool requests and other languages to the hand signals', () => {
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
    for (const body of [chat, withTools, german]) expect(up(body)).toEqual(classify(body));
  });
});
