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

/** The attempt's deadline was the caller's own (`x-stainless-timeout`): the caller's choice, not the model's fault. */
export class CallerTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the caller's own deadline of ${Math.round(timeoutMs)} ms passed`);
    this.name = 'CallerTimeoutError';
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

/** Why an answer's status line and content type cannot be an Anthropic answer to this request, if so. */
export function notAnAnswer(status: number, contentType: string, stream: boolean): string | undefined {
  if (status > 599) return `status ${status}`;
  const json = contentType.includes('json');
  if (status === 200 && stream && !contentType.includes('event-stream')) return `a stream request answered with ${contentType || 'no content type'}`;
  if ((status === 200 && !stream) || status >= 500) return json ? undefined : `status ${status} with ${contentType || 'no content type'}`;
  return undefined;
}

/** undici's failures: its HTTP parser's (malformed answer, oversized headers) break the protocol; the rest is the network. */
export function networkError(err: Error & { code?: unknown }): AttemptError {
  const code = typeof err.code === 'string' ? err.code : '';
  const protocol = code.startsWith('HPE_') || code === 'UND_ERR_HEADERS_OVERFLOW' || code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH';
  return new AttemptError(protocol ? 'protocol' : 'network', undefined, `${err.message || 'connection failed'}${code ? ` (${code})` : ''}`);
}

export function upstreamMessage(text: string, status: number): string {
  try {
    const parsed = JSON.parse(text) as { error?: { message?: unknown } };
    if (typeof parsed.error?.message === 'string') return parsed.error.message;
  } catch {
    // not JSON: fall through
  }
  return `upstream answered ${status}`;
}
