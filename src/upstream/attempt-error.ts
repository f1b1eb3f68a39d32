import { codeOf, type ErrorCode } from '../error-codes.js';

/**
 * How one upstream attempt (connect, headers, SSE events up to the first content delta) failed.
 * - `status`: the upstream answered with a non-2xx status (`status` holds it);
 * - `timeout`: the attempt's own deadline passed (its AbortController fired);
 * - `network`: connection refused, reset or dropped before an answer;
 * - `stream_overloaded`: an `overloaded_error` SSE event arrived;
 * - `protocol`: the upstream broke HTTP, or answered with something that is not an Anthropic answer
 *   (a status outside 2xx-5xx, an HTML 5xx, a 200 without a message, JSON to a stream request).
 * The kind is the `code` label of `gateway_upstream_errors_total`; `code` is the catalogue's, which the
 * fallback walk and the breakers decide from.
 *
 * Dispatch should reject with one of these for every non-2xx answer, including 4xx it passes through,
 * so that `gateway_upstream_errors_total` sees every failed attempt. Subclass it to carry the upstream body.
 */
export type AttemptErrorKind = 'status' | 'timeout' | 'network' | 'stream_overloaded' | 'protocol';

const CODE_OF_KIND: Readonly<Record<Exclude<AttemptErrorKind, 'status'>, ErrorCode>> = {
  timeout: 'GW_UPSTREAM_TIMEOUT',
  network: 'GW_UPSTREAM_UNREACHABLE',
  protocol: 'GW_UPSTREAM_INVALID_ANSWER',
  stream_overloaded: 'GW_UPSTREAM_STREAM_OVERLOADED',
};

/** The code of an upstream error status. */
export function upstreamStatusCode(status: number): ErrorCode {
  if (status === 429) return 'GW_UPSTREAM_RATE_LIMITED';
  if (status === 529) return 'GW_UPSTREAM_OVERLOADED';
  return status >= 500 ? 'GW_UPSTREAM_SERVER_ERROR' : 'GW_UPSTREAM_REJECTED';
}

export class AttemptError extends Error {
  readonly code: ErrorCode;

  constructor(
    readonly kind: AttemptErrorKind,
    readonly status: number | undefined,
    message: string,
    /** From the upstream's `retry-after`, when it sent one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'AttemptError';
    this.code = kind === 'status' ? upstreamStatusCode(status ?? 500) : CODE_OF_KIND[kind];
  }
}

/** The breaker refused the call without running it: open, or half-open with its single probe in flight. */
export class BreakerOpenError extends Error {
  readonly code = 'GW_CIRCUIT_OPEN';

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
  readonly code = 'GW_CALLER_DEADLINE';

  constructor(readonly timeoutMs: number) {
    super(`the caller's own deadline of ${Math.round(timeoutMs)} ms passed`);
    this.name = 'CallerTimeoutError';
  }
}

/** Failures that tell of the model's health whatever the config: they count against its breaker and move the walk on. */
const MODEL_FAULTS: ReadonlySet<ErrorCode> = new Set([
  'GW_UPSTREAM_TIMEOUT',
  'GW_UPSTREAM_UNREACHABLE',
  'GW_UPSTREAM_INVALID_ANSWER',
  'GW_UPSTREAM_STREAM_OVERLOADED',
]);
/** The upstream answered with an error status: it is up, whatever it said. */
export const UPSTREAM_ANSWERED: ReadonlySet<ErrorCode> = new Set([
  'GW_UPSTREAM_OVERLOADED',
  'GW_UPSTREAM_SERVER_ERROR',
  'GW_UPSTREAM_RATE_LIMITED',
  'GW_UPSTREAM_REJECTED',
]);
/** Upstream 5xx statuses: they count against the breaker (and move the walk on) when `breaker.tripOn` lists the status. */
const SERVER_STATUSES: ReadonlySet<ErrorCode> = new Set(['GW_UPSTREAM_OVERLOADED', 'GW_UPSTREAM_SERVER_ERROR']);

const listedIn = (tripOn: readonly number[], code: ErrorCode, err: unknown): boolean =>
  SERVER_STATUSES.has(code) && err instanceof AttemptError && err.status !== undefined && tripOn.includes(err.status);

/**
 * Whether a failed attempt counts against its model's breaker: model faults always, a 5xx when `tripOn`
 * lists it. A 4xx never counts, even when listed (the caller's or the account's problem, not the model's
 * health). Anything else (a client abort, an open breaker, a gateway bug) says nothing about the upstream.
 */
export function countsAgainstBreaker(err: unknown, tripOn: readonly number[]): boolean {
  const code = codeOf(err);
  return MODEL_FAULTS.has(code) || listedIn(tripOn, code, err);
}

/**
 * Whether the fallback walk may try the next model after this error.
 * Only meaningful for errors raised before any content reached the client: the breaker-wrapped
 * attempt ends at the first content delta, so an AttemptError from it is such an error by construction.
 * An open breaker, 529 (and other `tripOn` 5xx) and model faults are retryable; 429 only with
 * `fallback.onRateLimit`; every other 4xx/5xx goes back to the client.
 */
export function isRetryableOverload(err: unknown, onRateLimit: boolean, tripOn: readonly number[] = [529]): boolean {
  const code = codeOf(err);
  if (code === 'GW_CIRCUIT_OPEN' || code === 'GW_UPSTREAM_OVERLOADED') return true;
  if (code === 'GW_UPSTREAM_RATE_LIMITED') return onRateLimit;
  return MODEL_FAULTS.has(code) || listedIn(tripOn, code, err);
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
