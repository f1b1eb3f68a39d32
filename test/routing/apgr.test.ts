import { describe, expect, it } from 'vitest';
import { apgr } from '../../src/routing/apgr.js';
import { assignFolds, type RoutingRow } from '../../scripts/lib/router-data.js';
import { shippedModel } from '../../src/routing/classifier.js';
import { DENSE_FEATURES } from '../../src/routing/text-features.js';

const o = (score: number, weak: boolean, strong: boolean) => ({ score, weak, strong });

describe('apgr', () => {
  it('is 0.5 for a router with no information (all scores tied)', () => {
    const outcomes = [o(0, false, true), o(0, true, true), o(0, false, false), o(0, true, false), o(0, false, true)];
    expect(apgr(outcomes)).toBeCloseTo(0.5, 10);
  });

  it('rewards ranking the escalation-worthy prompts first', () => {
    const good = [o(0.9, false, true), o(0.8, false, true), o(0.2, true, true), o(0.1, false, false)];
    const bad = good.map((x) => ({ ...x, score: 1 - x.score }));
    expect(apgr(good)).toBeGreaterThan(0.5);
    expect(apgr(bad)).toBeLessThan(0.5);
    // Gap = (3 - 1) / 4 = 0.5; PGR at p = 0, 1/4, 2/4, 3/4, 1 is 0, 0.5, 1, 1, 1; trapezoid area 0.75.
    expect(apgr(good)).toBeCloseTo(0.75, 10);
  });
});

describe('by-subject folds', () => {
  it('keeps every MMLU subject inside one fold and spreads GSM8K', () => {
    const rows: RoutingRow[] = [];
    for (const subject of ['a', 'b', 'c', 'd', 'e', 'f']) for (let i = 0; i < 10; i += 1) rows.push({ source: 'mmlu', subject, prompt: `${subject}${i}`, weak_correct: true, strong_correct: true });
    for (let i = 0; i < 20; i += 1) rows.push({ source: 'gsm8k', subject: 'gsm8k', prompt: `g${i}`, weak_correct: true, strong_correct: true });
    const folds = assignFolds(rows, 3, 1);
    for (const subject of ['a', 'b', 'c', 'd', 'e', 'f']) expect(new Set(folds.filter((_, i) => rows[i]?.subject === subject)).size).toBe(1);
    expect(new Set(folds.filter((_, i) => rows[i]?.source === 'gsm8k')).size).toBe(3);
    expect(assignFolds(rows, 3, 1)).toEqual(folds);
  });
});

describe('shipped weights', () => {
  it('match the features this build computes', () => {
    expect(shippedModel.weights.denseNames).toEqual([...DENSE_FEATURES]);
    expect(shippedModel.hashed.length).toBe(1 << shippedModel.weights.hashBits);
  });
});
