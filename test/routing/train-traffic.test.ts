import { describe, expect, it } from 'vitest';
import { EMBEDDING_DIMS, meanEmbedding } from '../../src/routing/embeddings.js';
import { fitRidge } from '../../src/routing/ridge.js';
import { EXTRA_FEATURES, loadTrafficModel, trafficPrediction, trafficWeightsSchema } from '../../src/routing/traffic-model.js';
import trafficJson from '../../src/routing/traffic-weights.json' with { type: 'json' };
import { NO_MOVES, chooseCuts, gainOf, recordedCuts, type OutOfFold } from '../../src/routing/traffic-cuts.js';
import { fitTraffic, fitTrafficRecipe, trafficRows } from '../../src/routing/train-traffic.js';
import { ask } from './realistic/helpers.js';
import { groupHash, trafficExamples, tuneExamples } from './traffic/index.js';

const logit = (p: number): number => Math.log(p / (1 - p));
const [sonnetCut, opusCut] = [logit(0.35), logit(0.7)];
// Hand score 0.5: in the Sonnet band, where the traffic model may move an ask.
const row = (y: number, tier: OutOfFold['tier']): OutOfFold => ({ logit: 0, y, tier });

describe('chooseCuts (npm run train:traffic)', () => {
  const rows = [row(0.8, 'opus'), row(0.8, 'opus'), row(0.8, 'opus'), row(1, 'opus')];

  it('takes the cut that fixes the most out-of-fold rows', () => {
    expect(chooseCuts(rows, sonnetCut, opusCut).up).toBe(0.8);
  });

  it('never takes a cut that breaks a guard row, even when it gains more', () => {
    const everyday = [row(0.85, 'sonnet')];
    expect(chooseCuts(rows, sonnetCut, opusCut, everyday).up).toBe(1);
    expect(chooseCuts(rows, sonnetCut, opusCut, [row(1.2, 'sonnet')]).up).toBe(99);
  });
});

describe('chooseCuts for the Haiku and Opus bands (session 6)', () => {
  // Hand score 0.25 (Haiku band) and 0.8 (Opus band).
  const haikuBand = (y: number, tier: OutOfFold['tier']): OutOfFold => ({ logit: logit(0.25), y, tier });
  const opusBand = (y: number, tier: OutOfFold['tier']): OutOfFold => ({ logit: logit(0.8), y, tier });

  it('lifts Haiku-band asks the model rates high, counting a swap undone (Opus label) as +3', () => {
    const rows = [haikuBand(0.9, 'opus'), haikuBand(0.9, 'haiku'), haikuBand(0.9, 'haiku'), haikuBand(0.2, 'haiku')];
    expect(gainOf(rows, { ...NO_MOVES, lift: 0.9, minLift: 0 }, sonnetCut, opusCut)).toEqual({ gain: 1, fixed: 0, broken: 2, swaps: 0, unswapped: 1 });
    expect(chooseCuts(rows, sonnetCut, opusCut).lift).toBe(0.9);
    expect(chooseCuts(rows, sonnetCut, opusCut, [], false).lift).toBeUndefined();
  });

  it('drops an Opus-band ask only when that gains, and never moves a row the model does not apply to', () => {
    const rows = [opusBand(0.1, 'sonnet'), opusBand(0.1, 'opus'), opusBand(0.05, 'sonnet')];
    expect(chooseCuts(rows, sonnetCut, opusCut).drop).toBe(0.05);
    expect(gainOf([{ logit: NaN, y: 5, tier: 'opus' }], { ...NO_MOVES, up: 0.5, minUp: 0, lift: 0.5, minLift: 0 }, sonnetCut, opusCut).gain).toBe(0);
  });
});

describe('trafficRows and fitTraffic (npm run train:traffic)', () => {
  const set = [
    { name: 'a', body: ask('What is the capital of France?'), tier: 'haiku' as const },
    { name: 'b', body: ask('Write a Python CLI with argparse that reads a CSV and prints the total per category.'), tier: 'sonnet' as const },
    { name: 'c', body: ask('Prove that there are infinitely many primes of the form 4k + 3, rigorously.'), tier: 'opus' as const },
    { name: 'd', body: ask('Explain how a deadlock can happen between two mutexes, with a small Go example.'), tier: 'opus' as const },
  ];

  it('reads each ask as the classifier hook sees it: its hand logit and its cue families', () => {
    const rows = trafficRows(set);
    expect(rows.map((r) => r.name)).toEqual(['a', 'b', 'c', 'd']);
    const proof = rows[2] as (typeof rows)[number];
    expect(proof.logit).toBeGreaterThan(0);
    expect(proof.inputs[EXTRA_FEATURES.indexOf('hard')]).toBeGreaterThan(0);
    expect(proof.features.hashCount).toBeGreaterThan(5);
    expect(trafficRows([{ name: 'de', body: ask('Was ist die Hauptstadt von Frankreich und warum?'), tier: 'haiku' }])[0]?.logit).toBeNaN();
  });

  it('fits weights for the cue families only when asked to, deterministically', () => {
    const rows = trafficRows(set);
    const withExtra = fitTraffic(rows, 0.003, undefined, true);
    expect(withExtra.extraNames).toEqual([...EXTRA_FEATURES]);
    expect(withExtra.extra?.[EXTRA_FEATURES.indexOf('hard')]).toBeGreaterThan(0);
    expect(fitTraffic(rows, 0.003, undefined, true)).toEqual(withExtra);
    const textOnly = fitTraffic(rows, 0.003);
    expect(textOnly.extra).toBeUndefined();
    expect(loadTrafficModel(textOnly).extra.every((w) => w === 0)).toBe(true);
  });
});

describe('the embedding part (session 8)', () => {
  it('fitRidge recovers a linear rule, and shrinks its weights as the penalty grows', () => {
    const xs = Array.from({ length: 40 }, (_, i) => Float64Array.from([Math.sin(i), Math.cos(3 * i), (i % 5) / 5]));
    const ys = xs.map((x) => 0.25 + 2 * (x[0] as number) - (x[1] as number) + 0.5 * (x[2] as number));
    const exact = fitRidge(xs, ys, 0);
    [0.25, 2, -1, 0.5].forEach((w, k) => expect(exact[k]).toBeCloseTo(w, 8));
    const shrunk = fitRidge(xs, ys, 100);
    expect(Math.abs(shrunk[1] as number)).toBeLessThan(1);
  });

  it('fitTraffic with an embedding penalty predicts the mean of the text model and the ridge model of the mean embedding', () => {
    const examples = tuneExamples.filter((e) => e.kind === 'single' && e.lang === 'en' && e.name.startsWith('b8-'));
    const rows = trafficRows(examples);
    const text = loadTrafficModel(fitTraffic(rows, 0.004));
    const weights = fitTraffic(rows, 0.004, undefined, false, 1);
    expect(weights.embedding?.length).toBe(EMBEDDING_DIMS);
    expect(weights.trainedOn).toEqual({ rows: rows.length, l2: 0.004, embeddingL2: 1 });
    expect(fitTraffic(rows, 0.004, undefined, false, 1)).toEqual(weights);
    const inputs = (r: (typeof rows)[number]): Float64Array => {
      const mean = new Float64Array(EMBEDDING_DIMS);
      meanEmbedding(r.features, mean);
      return Float64Array.from([...r.features.dense, ...mean]);
    };
    const ridge = fitRidge(rows.map(inputs), rows.map((r) => ({ haiku: 0, sonnet: 0.5, opus: 1 })[r.tier]), 1);
    const both = loadTrafficModel(weights);
    for (const r of rows.slice(0, 20)) {
      const x = inputs(r);
      const ridgeY = x.reduce((sum, v, k) => sum + v * (ridge[k + 1] as number), ridge[0] as number);
      // Weights are rounded to 4 significant digits in the file.
      expect(trafficPrediction(both, r.features)).toBeCloseTo((trafficPrediction(text, r.features) + ridgeY) / 2, 2);
    }
  });
});

describe('the recipe of npm run train:traffic', () => {
  it('chooses cuts that gain on rows left out of the fit, then fits the chosen model on every row', () => {
    const examples = tuneExamples.filter((e) => e.kind === 'single' && (e.name.startsWith('b8-') || e.name.startsWith('b9-')));
    const rows = trafficRows(examples);
    const best = fitTrafficRecipe(rows, { folds: examples.map((e) => (groupHash(e.group) >>> 1) % 5), scored: () => true, guard: [], l2s: [0.004, 0.01] });
    expect(best?.gain).toBeGreaterThan(0);
    if (best === undefined) return;
    expect(best.weights).toEqual(fitTraffic(rows, best.l2, recordedCuts(best.weights)));
    expect(fitTrafficRecipe(rows, { folds: examples.map(() => 0).fill(1, 0, 1), scored: () => false, guard: [], l2s: [0.004] })).toBeUndefined();
  });

  it('with embedding penalties, records the chosen one, and the file refits from what it records (session 8)', () => {
    const examples = tuneExamples.filter((e) => e.kind === 'single' && e.lang === 'en' && e.name.startsWith('b9-'));
    const rows = trafficRows(examples);
    const best = fitTrafficRecipe(rows, { folds: examples.map((e) => (groupHash(e.group) >>> 1) % 5), scored: () => true, guard: [], l2s: [0.004], embeddingL2s: [1, 3] });
    expect(best?.embeddingL2).toBeDefined();
    if (best === undefined) return;
    expect(best.weights.trainedOn?.embeddingL2).toBe(best.embeddingL2);
    expect(best.weights).toEqual(fitTraffic(rows, best.l2, recordedCuts(best.weights), false, best.embeddingL2));
  });

  // Session 7: the cuts are chosen on the hand logits, which move with the cues; the weights depend on the text alone.
  it('the shipped file is what `npm run train:traffic -- --recorded` writes: its recorded rows, L2 and cuts', () => {
    const shipped = trafficWeightsSchema.parse(trafficJson);
    const on = shipped.trainedOn ?? {};
    const skip = String(on.skip ?? '').split(',').filter((p) => p !== '');
    const examples = (on.set === 'all' ? trafficExamples : tuneExamples).filter((e) => e.kind === 'single' && e.lang === 'en' && !skip.some((p) => e.name.startsWith(p)));
    expect(examples.length).toBe(on.rows);
    const embeddingL2 = on.embeddingL2 === undefined ? undefined : Number(on.embeddingL2);
    const refit = fitTraffic(trafficRows(examples), Number(on.l2), recordedCuts(shipped), shipped.extraNames !== undefined, embeddingL2);
    expect({ ...refit, trainedOn: on }).toEqual(shipped);
  });
});
