/**
 * How one upstream attempt (connect, headers, SSE events up to the first content delta) failed.
 * - `status`: the upstream answered with a non-2xx status (`status` holds it);
 * - `timeout`: the attempt's own deadline passed (its AbortController fired);
 * - `network`: connection refused, reset or dropped before an answer;
 * - `stream_overloaded`: an `overloaded_error` SSE event arrived;
 * - `protocol`: the upstream broke HTTP, or answered with something that is not an Anthropic answer
 *   (a status outside 2xx-5xx, an HTML 5xx, a 200 without a message, JSON to a stream request).
 *
 * Dispatch should reject with one of these for every non-2xx answer, including 4xx it passes through,
 * so that `gateway_upstream_errors_total` sees every failed attempt. Subclass it to carry the upstream body.
 */
export type AttemptErrorKind = 'status' | 'timeout' | 'network' | 'stream_overloaded' | 'protocol';

export class AttemptError extends Error {
  constructor(
    readonly kind: AttemptErrorKind,
    readonly status: number | undefined,
    message: string,
    /** From the upstream's `retry-after`, when it sent one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'AttemptError';
  }
}

/** The breaker refused the call without running it: open, or half-open with its single probe in flight. */
export class BreakerOpenError extends Error {
  constructor(
    readonly modelId: string,
    readonly retryAfterMs: number,
    readonly halfOpen: boolean = false,
  ) {
    super(`Circuit breaker for ${modelId} is ${halfOpen ? 'half-open (probe in flight)' : 'open'}`);
    this.name = 'BreakerOpenError';
  }
}

const isClientStatus = (status: number | undefined): boolean => status !== undefined && status >= 400 && status < 500;

/**
 * Whether a failed attempt counts against its model's breaker.
 * Statuses in `tripOn`, timeouts, network failures and stream overloads count. A 4xx never counts,
 * even when listed in `tripOn` (the caller's or the account's problem, not the model's health);
 * other statuses count only when listed. Anything that is not an AttemptError (a client abort,
 * a gateway bug) says nothing about the upstream and does not count.
 */
export function countsAgainstBreaker(err: unknown, tripOn: readonly number[]): boolean {
  if (!(err instanceof AttemptError)) return false;
  if (err.kind !== 'status') return true;
  if (err.status === undefined || isClientStatus(err.status)) return false;
  return tripOn.includes(err.status);
}

/**
 * Whether the fallback walk may try the next model after this error.
 * Only meaningful for errors raised before any content reached the client: the breaker-wrapped
 * attempt ends at the first content delta, so an AttemptError from it is such an error by construction.
 * An open breaker, 529 (and other `tripOn` 5xx), timeouts, network failures and stream overloads are
 * retryable; 429 only with `fallback.onRateLimit`; every other 4xx/5xx goes back to the client.
 */
export function isRetryableOverload(err: unknown, onRateLimit: boolean, tripOn: readonly number[] = [529]): boolean {
  if (err instanceof BreakerOpenError) return true;
  if (!(err instanceof AttemptError)) return false;
  if (err.kind !== 'status') return true;
  if (err.status === 429) return onRateLimit;
  if (err.status === undefined || isClientStatus(err.status)) return false;
  return err.status === 529 || tripOn.includes(err.status);
}

/** The `code` label of `gateway_upstream_errors_total`: the HTTP status, or the failure kind. */
export function errorCodeLabel(err: AttemptError): string {
  if (err.kind !== 'status') return err.kind;
  return err.status === undefined ? 'unknown' : String(err.status);
}
