import type { OrgConfig } from '../config/schema.js';

export interface AdmissionRequest {
  org: OrgConfig;
  /** The admission estimate of input tokens (see `estimateInputTokens`). */
  inputTokens: number;
  maxTokens: number;
  /**
   * Aborting while queued leaves the queue at once; nothing is spent. A function is called only if the request
   * has to wait in the line (an AbortSignal costs a few µs, and most admissions never wait).
   */
  signal?: AbortSignal | (() => AbortSignal);
}

/** Usage as the upstream reported it (`usage` of the JSON body, or of message_start + message_delta). */
export interface UsageReport {
  inputTokens: number;
  cacheCreationInputTokens: number;
  outputTokens: number;
}

export interface Ticket {
  /** anthropic-ratelimit-{requests,input-tokens,output-tokens}-{limit,remaining,reset}, for the org's dimensions. */
  readonly headers: Record<string, string>;
  /** Time spent waiting for budget. */
  readonly queuedMs: number;
  /**
   * Corrects the budgets with the real usage and frees the concurrency slot. Idempotent.
   * `undefined` (failed before any usage was known): the whole OTPM reservation is returned,
   * the ITPM estimate stays spent, the request stays counted.
   */
  settle(usage: UsageReport | undefined): void;
}

/** The budget dimensions that are token buckets, in the order they are reported. */
export const TOKEN_DIMENSIONS = ['rpm', 'itpm', 'otpm'] as const;
export type TokenDimension = (typeof TOKEN_DIMENSIONS)[number];
/** Label values of `gateway_ratelimit_rejections_total{limit}`. */
export type LimitDimension = TokenDimension | 'concurrency';

export type Amounts = Partial<Record<TokenDimension, number>>;
