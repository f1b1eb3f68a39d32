import { describe, expect, it } from 'vitest';
import { LocalBucket } from '../../src/limits/bucket.js';

/** The one in-process token bucket (org budgets in memory, fail-open, upstream limits), on an injected clock. */
describe('LocalBucket', () => {
  it('refills N/60 a second when read, never above N; a debt is paid back first', () => {
    const b = new LocalBucket(600, undefined, 0); // 10 a second
    b.add(-600, 0);
    expect(b.available(500)).toBe(5);
    expect(b.available(120_000)).toBe(600);
    b.add(-700, 120_000); // a charge beyond the level: a debt
    expect(b.available(120_000)).toBe(-100);
    expect(b.msUntil(50, 120_000)).toBe(15_000);
    b.add(1_000, 130_000); // a refund stops at the size
    expect(b.available(130_000)).toBe(600);
  });

  it('a new size keeps what was spent; a need larger than the bucket waits until it is full', () => {
    const b = new LocalBucket(1_000, undefined, 0);
    b.add(-600, 0);
    b.reshape(2_000, 2_000 / 60_000, 0);
    expect(b.available(0)).toBe(1_400);
    b.reshape(500, 500 / 60_000, 0);
    expect(b.available(0)).toBe(-100); // 600 spent of a new 500: in debt
    expect(new LocalBucket(100, 0.1, 0, 50).msUntil(1_000, 0)).toBe(500);
  });
});
