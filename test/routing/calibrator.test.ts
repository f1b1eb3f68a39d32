import { describe, expect, it } from 'vitest';
import type { MessagesBody } from '../../src/messages/schema.js';
import { CALIBRATOR_INPUTS, calibrator, calibratorWeightsSchema } from '../../src/routing/calibrator.js';
import calibratorJson from '../../src/routing/calibrator-weights.json' with { type: 'json' };
import { createClassifier, shippedModel } from '../../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../../src/routing/tiers.js';
import { shippedTraffic } from '../../src/routing/traffic-model.js';
import { fitOnTune } from '../../src/routing/train-calibrator.js';
import { ask, chat } from './realistic/helpers.js';
import { tuneExamples } from './traffic/index.js';

/** A calibrator file whose model always prefers one tier (biases of Sonnet and Opus against Haiku's 0). */
const leaning = (sonnet: number, opus: number) =>
  calibrator({ version: 1, inputs: [...CALIBRATOR_INPUTS], bias: [sonnet, opus], weights: [CALIBRATOR_INPUTS.map(() => 0), CALIBRATOR_INPUTS.map(() => 0)], swapCost: 6 });
const tierWith = (calibrate: ReturnType<typeof leaning> | null, body: MessagesBody) =>
  tierForScore(createClassifier(shippedModel, undefined, shippedTraffic, calibrate)(body).score, DEFAULT_THRESHOLDS);

const lookup = ask('What is the capital of France?');
const everyday = ask('Write a Python CLI with argparse that reads a CSV and prints the total per category.');
const proof = ask('Prove that there are infinitely many primes of the form 4k + 3, rigorously.');
const thanks = chat(['Prove that there are infinitely many primes of the form 4k + 3, rigorously.', 'Suppose there are finitely many ...', 'thanks!']);
const exam = ask('Which of these is a prime number?\nA. 21\nB. 27\nC. 29\nD. 33\nAnswer:');

describe('the calibrator step (session 10)', () => {
  it('starts from the tiers these requests get without it', () => {
    expect([lookup, everyday, proof, thanks].map((b) => tierWith(null, b))).toEqual(['haiku', 'sonnet', 'opus', 'haiku']);
  });

  it('moves a Sonnet-band request by one tier either way', () => {
    expect(tierWith(leaning(-20, 20), everyday)).toBe('opus');
    expect(tierWith(leaning(-20, -20), everyday)).toBe('haiku');
    expect(tierWith(leaning(20, -20), everyday)).toBe('sonnet');
  });

  it('never lifts a Haiku-band request, and leaves an acknowledgement where it is', () => {
    expect(tierWith(leaning(-20, 20), lookup)).toBe('haiku');
    expect(tierWith(leaning(20, -20), lookup)).toBe('haiku');
    expect(tierWith(leaning(-20, 20), thanks)).toBe('haiku');
  });

  it('brings an Opus-band request down by one tier at most', () => {
    expect(tierWith(leaning(-20, 20), proof)).toBe('opus');
    expect(tierWith(leaning(20, -20), proof)).toBe('sonnet');
    expect(tierWith(leaning(-20, -20), proof)).toBe('sonnet');
  });

  it('never moves a follow-up below what its conversation allows: a continue keeps the proof\'s tier, a transform one tier less', () => {
    const opening = ['Prove that there are infinitely many primes of the form 4k + 3, rigorously.', 'Suppose there are finitely many ...'];
    expect(tierWith(leaning(20, -20), chat([...opening, 'continue']))).toBe('opus');
    expect(tierWith(leaning(-20, -20), chat([...opening, 'Format the proof as LaTeX.']))).toBe('sonnet');
  });

  it('leaves exam questions to exam-kind.ts', () => {
    const score = (c: ReturnType<typeof leaning> | null) => createClassifier(shippedModel, undefined, shippedTraffic, c)(exam).score;
    expect(score(leaning(-20, 20))).toBe(score(null));
  });

  it('names its move in the reasons', () => {
    const reasons = createClassifier(shippedModel, undefined, shippedTraffic, leaning(-20, 20))(everyday).reasons;
    expect(reasons).toContain('calibrator: harder');
  });

  it('refuses a file fitted on other inputs', () => {
    expect(() => calibrator({ ...calibratorWeightsSchema.parse(calibratorJson), inputs: ['final'] })).toThrow(/other inputs/);
  });

  it('the shipped file is what `npm run train:calibrator -- --recorded` writes: the tune half but the skipped batches, its L2 and swap cost', () => {
    const shipped = calibratorWeightsSchema.parse(calibratorJson);
    const skip = String(shipped.trainedOn?.skip ?? '').split(',').filter((p) => p !== '');
    expect(fitOnTune(tuneExamples, Number(shipped.trainedOn?.l2), shipped.swapCost, skip)).toEqual(shipped);
  });
});
