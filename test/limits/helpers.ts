import { afterEach, expect, vi } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import type { Ticket, UsageReport } from '../../src/limits/index.js';
import { harness, limitsConfig, org, type Harness, type LimitsConfigOptions } from './support.js';

/** In-memory OrgLimits for one test, closed after it. */
export function useMemoryLimits(): (orgs: LimitsConfigOptions['orgs']) => Harness {
  const open: Harness[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((h) => h.limits.close()));
  });
  return (orgs) => {
    const h = harness(limitsConfig({ orgs }));
    open.push(h);
    return h;
  };
}

export const admit = (h: Harness, id: string, inputTokens = 0, maxTokens = 0, signal?: AbortSignal | (() => AbortSignal)): Promise<Ticket> =>
  h.limits.admit({ org: org(h.config, id), inputTokens, maxTokens, ...(signal ? { signal } : {}) });

/** The GatewayError a promise rejects with. */
export async function refusal(promise: Promise<unknown>): Promise<GatewayError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GatewayError);
  return err as GatewayError;
}

export const usage = (inputTokens: number, outputTokens: number, cacheCreationInputTokens = 0): UsageReport => ({
  inputTokens,
  outputTokens,
  cacheCreationInputTokens,
});

export const remaining = (ticket: Ticket, name: 'requests' | 'input-tokens' | 'output-tokens'): number =>
  Number(ticket.headers[`anthropic-ratelimit-${name}-remaining`]);

/** Moves vitest's fake clock on by `ms`, running the timers due and the promises they settle. */
export const pass = async (ms: number): Promise<void> => {
  await vi.advanceTimersByTimeAsync(ms);
};
