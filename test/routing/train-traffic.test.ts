import { describe, expect, it } from 'vitest';
import { chooseCuts, type OutOfFold } from '../../src/routing/train-traffic.js';

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
