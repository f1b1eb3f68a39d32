import { describe, expect, it } from 'vitest';
import { TIERS } from '../../src/config/schema.js';
import { classify } from '../../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../../src/routing/tiers.js';
import { checkExamples, realisticExamples } from './realistic-examples.js';

const route = (examples: typeof realisticExamples) =>
  examples.map((ex) => ({ ...ex, got: tierForScore(classify(ex.body).score, DEFAULT_THRESHOLDS) }));
const routed = route(realisticExamples);

describe('realistic gateway traffic at the default thresholds', () => {
  it('has a varied, labelled set', () => {
    expect(realisticExamples.length).toBeGreaterThanOrEqual(90);
    for (const tier of TIERS) expect(realisticExamples.filter((e) => e.expected === tier).length).toBeGreaterThanOrEqual(25);
    expect(new Set(realisticExamples.map((e) => e.name)).size).toBe(realisticExamples.length);
  });

  it('routes at least 90% to the expected tier (measured: 140/144)', () => {
    const correct = routed.filter((r) => r.got === r.expected).length;
    expect(correct / routed.length).toBeGreaterThanOrEqual(0.9);
  });

  it('routes at least 90% of the examples written after calibration (measured: 46/48)', () => {
    const checked = route(checkExamples);
    expect(checked.filter((r) => r.got === r.expected).length / checked.length).toBeGreaterThanOrEqual(0.9);
  });

  it('gets at least 85% right within each tier', () => {
    for (const tier of TIERS) {
      const mine = routed.filter((r) => r.expected === tier);
      expect(mine.filter((r) => r.got === tier).length / mine.length).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('never sends an opus-worthy request to haiku', () => {
    expect(routed.filter((r) => r.expected === 'opus' && r.got === 'haiku').map((r) => r.name)).toEqual([]);
  });
});
