import Bottleneck from 'bottleneck';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asLocalReservoir } from '../../src/limits/bottleneck-util.js';
import { LocalBucket } from '../../src/limits/bucket.js';
import { pass } from './helpers.js';

const open: LocalBucket[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((b) => b.close()));
});
// The clock (Date, timers: Bottleneck's refill and the write-behind) is vitest's, moved by the tests.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function bucket(perMinute: number): LocalBucket {
  const b = new LocalBucket(perMinute);
  open.push(b);
  return b;
}

/** What Bottleneck's reservoir holds, in tokens (1/60000ths are its units), without flushing anything. */
async function reservoir(b: LocalBucket): Promise<number> {
  const limiter = (b as unknown as { limiter: Bottleneck }).limiter;
  return ((await limiter.currentReservoir()) ?? 0) / 60_000;
}

describe('LocalBucket: synchronous takes in front of a Bottleneck reservoir', () => {
  it('takes at once while the tokens are surely there, and writes them to Bottleneck shortly after', async () => {
    const b = bucket(1000);
    expect(b.takeNow(300)).toBe(700);
    expect(b.takeNow(200)).toBe(500);
    expect(await reservoir(b)).toBe(1000); // not written yet
    await pass(60);
    expect(await reservoir(b)).toBe(500); // one increment for both
    expect(await b.level()).toBe(500);
  });

  it('says undefined instead of refusing when the level it knows is short; the exact path decides', async () => {
    const b = bucket(1000);
    expect(b.takeNow(900)).toBe(100);
    expect(b.takeNow(200)).toBeUndefined();
    expect(await b.add(-200)).toBe(-100); // the exact take sees the same 100 and goes below zero
    await b.add(200); // as a refused try gives it back
    expect(await b.level()).toBe(100);
  });

  it('never admits more than the budget when quick and exact takes interleave', async () => {
    const b = bucket(100);
    let admitted = 0;
    const exact = async (): Promise<void> => {
      if ((await b.add(-1)) >= 0) admitted++;
      else await b.add(1);
    };
    const work: Promise<void>[] = [];
    for (let i = 0; i < 300; i++) {
      if (i % 3 === 0) work.push(exact());
      else if (b.takeNow(1) !== undefined) admitted++;
      if (i % 50 === 0) await pass(25); // let some write-behinds land in between
    }
    await Promise.all(work);
    expect(admitted).toBe(100);
    expect(await b.level()).toBeCloseTo(0, 6);
  });

  it('applies refunds and charges at once, capped at the bucket size', async () => {
    const b = bucket(1000);
    b.takeNow(600);
    b.addNow(400); // refund
    expect(b.takeNow(0)).toBe(800);
    b.addNow(500); // more than was taken: the bucket stays full
    expect(b.takeNow(0)).toBe(1000);
    b.addNow(-1200); // a charge beyond the level is a debt
    expect(b.takeNow(0)).toBe(-200);
    expect(b.takeNow(1)).toBeUndefined();
    expect(await b.level()).toBe(-200);
    expect(await reservoir(b)).toBe(-200);
  });

  it('counts the refill steps surely made since the last exact read, and sees the rest after the next one', async () => {
    const b = bucket(60); // one token a second
    expect(b.takeNow(60)).toBe(0);
    await pass(2_300); // two whole refill steps, even each a heartbeat late
    expect(b.takeNow(1)).toBeGreaterThanOrEqual(0); // taken on the projected refill, before any exact read
    expect(await b.level()).toBe(1);
    expect(b.takeNow(1)).toBe(0);
    expect(b.takeNow(1)).toBeUndefined();
  });
});

describe('asLocalReservoir: a Bottleneck limiter used as a reservoir, made cheap to change', () => {
  const limiters: Bottleneck[] = [];
  afterEach(async () => {
    await Promise.all(limiters.splice(0).map((l) => l.stop({ dropWaitingJobs: true })));
  });
  const reservoirLimiter = (reservoir: number): Bottleneck => {
    const limiter = asLocalReservoir(new Bottleneck({ reservoir }));
    limiters.push(limiter);
    return limiter;
  };

  it('reads and changes the reservoir as before', async () => {
    const limiter = reservoirLimiter(10);
    expect(await limiter.incrementReservoir(-4)).toBe(6);
    expect(await limiter.incrementReservoir(2)).toBe(8);
    expect(await limiter.currentReservoir()).toBe(8);
  });

  it('still starts a queued job when the reservoir grows (the skipped look is only for when nothing waits)', async () => {
    const limiter = reservoirLimiter(0);
    let ran = false;
    const job = limiter.schedule(async () => {
      ran = true;
    });
    await pass(20);
    expect(ran).toBe(false);
    await limiter.incrementReservoir(1);
    await pass(10); // Bottleneck starts a job on a timer of its own
    await job;
    expect(ran).toBe(true);
    expect(await limiter.currentReservoir()).toBe(0);
  });
});
