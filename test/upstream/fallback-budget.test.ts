import { describe, expect, it } from 'vitest';
import { FallbackBudget } from '../../src/upstream/fallback-budget.js';

const SONNET = 'claude-sonnet-4-6';

function fill(budget: FallbackBudget, model: string, n: number, isFallback: boolean): Array<() => void> {
  const releases: Array<() => void> = [];
  for (let i = 0; i < n; i++) {
    const release = budget.enter(model, isFallback);
    if (!release) throw new Error(`slot ${i} refused`);
    releases.push(release);
  }
  return releases;
}

/** Requests in flight to the model, its own and fallbacks, as gateway_upstream_inflight reads them. */
function inflight(budget: FallbackBudget, model: string): number {
  for (const [id, n] of budget.inflightByModel()) if (id === model) return n;
  return 0;
}

describe('FallbackBudget', () => {
  it('always admits primary requests', () => {
    const budget = new FallbackBudget({ minConcurrent: 0, percent: 0 });
    fill(budget, SONNET, 1000, false);
    expect(inflight(budget, SONNET)).toBe(1000); // all of them primaries: no fallback
    expect(budget.enter(SONNET, true)).toBeNull();
  });

  it('admits minConcurrent fallbacks to an idle model, and no more', () => {
    const budget = new FallbackBudget({ minConcurrent: 3, percent: 50 });
    fill(budget, SONNET, 3, true);
    expect(budget.enter(SONNET, true)).toBeNull();
    expect(inflight(budget, SONNET)).toBe(3);
  });

  it('limits fallbacks to percent of the model\'s in-flight requests', () => {
    const budget = new FallbackBudget({ minConcurrent: 0, percent: 50 });
    fill(budget, SONNET, 6, false);
    fill(budget, SONNET, 6, true); // 6 of 12 = 50%
    expect(budget.enter(SONNET, true)).toBeNull(); // 7 of 13 > 50%
    fill(budget, SONNET, 2, false);
    fill(budget, SONNET, 2, true); // 8 of 16
    expect(budget.enter(SONNET, true)).toBeNull();

    const quarter = new FallbackBudget({ minConcurrent: 0, percent: 25 });
    fill(quarter, SONNET, 9, false);
    fill(quarter, SONNET, 3, true); // 3 of 12 = 25%
    expect(quarter.enter(SONNET, true)).toBeNull();
  });

  it('uses the larger of minConcurrent and the percentage', () => {
    const budget = new FallbackBudget({ minConcurrent: 10, percent: 50 });
    fill(budget, SONNET, 4, false);
    fill(budget, SONNET, 10, true); // minConcurrent wins
    expect(budget.enter(SONNET, true)).toBeNull();
    fill(budget, SONNET, 26, false);
    fill(budget, SONNET, 20, true); // 30 primaries: 30 fallbacks allowed
    expect(inflight(budget, SONNET)).toBe(60); // 30 primaries, 30 fallbacks
    expect(budget.enter(SONNET, true)).toBeNull();
  });

  it('percent 100 admits every fallback', () => {
    const budget = new FallbackBudget({ minConcurrent: 0, percent: 100 });
    fill(budget, SONNET, 500, true);
    expect(inflight(budget, SONNET)).toBe(500);
  });

  it('keeps models apart: a storm on one model does not use another\'s budget', () => {
    const budget = new FallbackBudget({ minConcurrent: 2, percent: 50 });
    fill(budget, SONNET, 2, true);
    expect(budget.enter(SONNET, true)).toBeNull();
    expect(budget.enter('claude-haiku-4-5', true)).not.toBeNull();
  });

  it('release frees the slot once, however often it is called', () => {
    const budget = new FallbackBudget({ minConcurrent: 1, percent: 0 });
    const primary = budget.enter(SONNET, false);
    const first = budget.enter(SONNET, true);
    expect(first).not.toBeNull();
    expect(budget.enter(SONNET, true)).toBeNull();
    first?.();
    first?.();
    expect(inflight(budget, SONNET)).toBe(1); // the primary alone
    const second = budget.enter(SONNET, true);
    expect(second).not.toBeNull();
    expect(budget.enter(SONNET, true)).toBeNull();
    second?.();
    primary?.();
    primary?.();
    expect(inflight(budget, SONNET)).toBe(0);
    expect(budget.enter(SONNET, true)).not.toBeNull();
  });

  it('reload applies new limits to the next admission and keeps slots in flight', () => {
    const budget = new FallbackBudget({ minConcurrent: 5, percent: 0 });
    const held = fill(budget, SONNET, 4, true);
    budget.reload({ minConcurrent: 2, percent: 0 });
    expect(inflight(budget, SONNET)).toBe(4);
    expect(budget.enter(SONNET, true)).toBeNull();
    held.slice(0, 3).forEach((release) => release());
    expect(budget.enter(SONNET, true)).not.toBeNull();
    expect(budget.enter(SONNET, true)).toBeNull();
  });
});
