import type { Usage } from '../upstream/usage.js';

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/**
 * Folds OpenAI's `usage` into the gateway's: `prompt_tokens` includes the cached part
 * (`prompt_tokens_details.cached_tokens`), which Anthropic counts as cache reads.
 */
export function mergeOpenAiUsage(into: Usage, raw: unknown): void {
  if (raw === null || typeof raw !== 'object') return;
  const u = raw as { prompt_tokens?: unknown; completion_tokens?: unknown; prompt_tokens_details?: { cached_tokens?: unknown } | null };
  const cached = num(u.prompt_tokens_details?.cached_tokens);
  into.inputTokens = Math.max(0, num(u.prompt_tokens) - cached);
  into.cacheReadInputTokens = cached;
  into.outputTokens = num(u.completion_tokens);
}

/** The usage of a whole chat completion (JSON text), if it has one. */
export function usageOfCompletion(into: Usage, json: string): void {
  try {
    mergeOpenAiUsage(into, (JSON.parse(json) as { usage?: unknown }).usage);
  } catch {
    // not JSON: nothing to count
  }
}
