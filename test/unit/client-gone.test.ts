import { describe, expect, it } from 'vitest';
import { ClientGone } from '../../src/pipeline/client-gone.js';

describe('ClientGone: the caller leaving, as callbacks and an on-demand AbortSignal', () => {
  it('runs each listener still registered once, and aborts a signal made before or after', () => {
    const gone = new ClientGone();
    const calls: string[] = [];
    const a = (): void => void calls.push('a');
    const b = (): void => void calls.push('b');
    gone.on(a);
    gone.on(b);
    gone.off(a);
    const early = gone.signal;
    expect(early.aborted).toBe(false);
    gone.fire();
    gone.fire();
    expect(calls).toEqual(['b']);
    expect(gone.aborted).toBe(true);
    expect(early.aborted).toBe(true);
    expect(gone.signal.aborted).toBe(true);
  });

});
