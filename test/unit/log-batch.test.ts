import { afterEach, describe, expect, it, vi } from 'vitest';
import { LineBatch } from '../../src/logger.js';

const line = (i: number): string => `${JSON.stringify({ i, pad: 'x'.repeat(480) })}\n`; // ~500 characters

function recorder() {
  const writes: string[] = [];
  let syncFlushes = 0;
  return { writes, syncFlushes: () => syncFlushes, out: { write: (text: string) => writes.push(text), flushSync: () => void syncFlushes++ } };
}

describe('LineBatch (the serving log destination)', () => {
  afterEach(() => vi.useRealTimers());

  it('hands lines over as one write once ~16 KB are pending, in order', () => {
    const r = recorder();
    const batch = new LineBatch(r.out);
    for (let i = 0; i < 32; i++) batch.write(line(i));
    expect(r.writes).toHaveLength(0); // 32 x ~500 characters: under 16,384
    batch.write(line(32));
    expect(r.writes).toEqual([Array.from({ length: 33 }, (_, i) => line(i)).join('')]);
  });

  it('hands a lone line over after 250 ms, and everything pending on flushSync', () => {
    vi.useFakeTimers();
    const r = recorder();
    const batch = new LineBatch(r.out);
    batch.write(line(1));
    vi.advanceTimersByTime(249);
    expect(r.writes).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(r.writes).toEqual([line(1)]);

    batch.write(line(2));
    batch.flushSync();
    expect(r.writes).toEqual([line(1), line(2)]);
    expect(r.syncFlushes()).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(r.writes).toHaveLength(2); // the pending timer went with the flush
  });
});
