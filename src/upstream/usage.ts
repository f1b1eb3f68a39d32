import type { Price } from '../config/schema.js';

/** Token usage as Anthropic reports it. */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheCreationInputTokens: number;
  cacheReadInputTokens: number;
  /** The part of cacheCreationInputTokens written with the 1-hour TTL, billed at its own price. */
  cacheCreation1hInputTokens: number;
}

export const emptyUsage = (): Usage => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheCreationInputTokens: 0,
  cacheReadInputTokens: 0,
  cacheCreation1hInputTokens: 0,
});

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/**
 * Folds an Anthropic `usage` object into `into`. Fields present overwrite: `message_delta` counts are
 * cumulative, so the last value seen is the total.
 */
export function mergeUsage(into: Usage, raw: unknown): void {
  if (raw === null || typeof raw !== 'object') return;
  const u = raw as Record<string, unknown>;
  into.inputTokens = num(u.input_tokens) ?? into.inputTokens;
  into.outputTokens = num(u.output_tokens) ?? into.outputTokens;
  into.cacheCreationInputTokens = num(u.cache_creation_input_tokens) ?? into.cacheCreationInputTokens;
  into.cacheReadInputTokens = num(u.cache_read_input_tokens) ?? into.cacheReadInputTokens;
  const breakdown = u.cache_creation as Record<string, unknown> | null | undefined;
  if (breakdown && typeof breakdown === 'object') {
    into.cacheCreation1hInputTokens = num(breakdown.ephemeral_1h_input_tokens) ?? into.cacheCreation1hInputTokens;
  }
}

/** USD at the catalogue's list prices (per million tokens); 1-hour cache writes at 2x input unless priced. */
export function costUsd(usage: Usage, price: Price): number {
  const oneHour = Math.min(usage.cacheCreation1hInputTokens, usage.cacheCreationInputTokens);
  const fiveMinute = usage.cacheCreationInputTokens - oneHour;
  const micro =
    usage.inputTokens * price.input +
    usage.outputTokens * price.output +
    fiveMinute * price.cacheWrite +
    oneHour * (price.cacheWrite1h ?? price.input * 2) +
    usage.cacheReadInputTokens * price.cacheRead;
  return micro / 1_000_000;
}
