/**
 * Every error the gateway makes, by a stable code (as undici's `UND_ERR_*`). A code fixes the HTTP status and
 * Anthropic's `error.type` of the reply; callers see it in `x-gateway-error-code`, the log line's `errorCode`
 * and `gateway_errors_total{code}`. Codes are never renamed or reused; docs/api.md lists them.
 *
 * `internal` codes classify failures inside the gateway (one upstream attempt, an open breaker, the caller
 * leaving) and never reach a caller as such; `stream` codes are sent as an `event: error` after the answer
 * began, so their status is the answer's own 200.
 */
interface ErrorSpec {
  readonly status: number;
  readonly type: AnthropicErrorType;
  readonly scope?: 'internal' | 'stream';
}

export type AnthropicErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'billing_error'
  | 'permission_error'
  | 'not_found_error'
  | 'conflict_error'
  | 'request_too_large'
  | 'rate_limit_error'
  | 'api_error'
  | 'timeout_error'
  | 'overloaded_error';

const spec = (status: number, type: AnthropicErrorType, scope?: ErrorSpec['scope']): ErrorSpec => ({ status, type, scope });

export const ERROR_CODES = {
  // The request itself (never worth retrying as it is).
  GW_MALFORMED_HTTP: spec(400, 'invalid_request_error'),
  GW_INVALID_REQUEST: spec(400, 'invalid_request_error'),
  GW_UNKNOWN_MODEL: spec(400, 'invalid_request_error'),
  GW_MODEL_NOT_ALLOWED: spec(400, 'invalid_request_error'),
  GW_NEVER_FITS_BUDGET: spec(400, 'invalid_request_error'),
  GW_TOOL_TURNS_EXCEEDED: spec(400, 'invalid_request_error'),
  GW_CONVERSATION_USD_EXCEEDED: spec(400, 'invalid_request_error'),
  GW_BATCH_TOO_LARGE: spec(400, 'invalid_request_error'),
  GW_UNAUTHENTICATED: spec(401, 'authentication_error'),
  GW_NOT_FOUND: spec(404, 'not_found_error'),
  GW_REQUEST_TIMEOUT: spec(408, 'invalid_request_error'),
  GW_BODY_TOO_LARGE: spec(413, 'request_too_large'),
  GW_HEADERS_TOO_LARGE: spec(431, 'invalid_request_error'),
  // Budgets: the same request passes later.
  GW_ORG_RATE_LIMITED: spec(429, 'rate_limit_error'),
  GW_USD_BUDGET_EXCEEDED: spec(429, 'rate_limit_error'),
  GW_BATCH_BUDGET_EXCEEDED: spec(429, 'rate_limit_error'),
  GW_UPSTREAM_RATE_LIMITED: spec(429, 'rate_limit_error'),
  // The gateway's own stores and faults.
  GW_INTERNAL: spec(500, 'api_error'),
  GW_LIMITS_STORE_UNAVAILABLE: spec(503, 'api_error'),
  GW_SPEND_STORE_UNAVAILABLE: spec(503, 'api_error'),
  GW_OWNERSHIP_STORE_UNAVAILABLE: spec(503, 'api_error'),
  // The upstream. 429, 529, 5xx and 4xx answers keep the upstream's status.
  GW_UPSTREAM_OVERLOADED: spec(529, 'overloaded_error'),
  GW_UPSTREAM_UNREACHABLE: spec(502, 'api_error'),
  GW_UPSTREAM_INVALID_ANSWER: spec(502, 'api_error'),
  GW_UPSTREAM_TIMEOUT: spec(502, 'api_error'),
  GW_UPSTREAM_SERVER_ERROR: spec(500, 'api_error'),
  GW_UPSTREAM_REJECTED: spec(400, 'invalid_request_error'),
  GW_CALLER_DEADLINE: spec(504, 'timeout_error'),
  // After the answer began: an `event: error`, then the end of the stream.
  GW_STREAM_LOST: spec(200, 'api_error', 'stream'),
  GW_STREAM_IDLE: spec(200, 'api_error', 'stream'),
  GW_STREAM_INCOMPLETE: spec(200, 'api_error', 'stream'),
  GW_SHUTTING_DOWN: spec(200, 'api_error', 'stream'),
  // Inside the fallback walk only (upstream/attempt-error.ts decides from these).
  GW_UPSTREAM_STREAM_OVERLOADED: spec(529, 'overloaded_error', 'internal'),
  GW_CIRCUIT_OPEN: spec(529, 'overloaded_error', 'internal'),
  GW_FALLBACK_BUDGET_EXHAUSTED: spec(529, 'overloaded_error', 'internal'),
  GW_CLIENT_GONE: spec(499, 'api_error', 'internal'),
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;

const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);

/** The catalogue code an error carries; anything else thrown is an internal fault. */
export function codeOf(err: unknown): ErrorCode {
  const code = err instanceof Error ? (err as Error & { code?: unknown }).code : undefined;
  return isErrorCode(code) ? code : 'GW_INTERNAL';
}

/** Anthropic's error type for a status, where no code says more (statuses other servers answer with). */
export const errorTypeFor = (status: number): AnthropicErrorType => TYPE_BY_STATUS[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');

const TYPE_BY_STATUS: Readonly<Record<number, AnthropicErrorType>> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'billing_error',
  403: 'permission_error',
  404: 'not_found_error',
  409: 'conflict_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  502: 'api_error',
  503: 'api_error',
  504: 'timeout_error',
  529: 'overloaded_error',
};
