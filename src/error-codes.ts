/**
 * Every error the gateway makes, by a stable code (as undici's `UND_ERR_*`). A code fixes the HTTP status and
 * Anthropic's `error.type` of the reply; callers see it in `x-gateway-error-code`, the log line's `errorCode`
 * and `gateway_errors_total{code}`. Codes are never renamed or reused; docs/api.md lists them.
 */
interface ErrorSpec {
  readonly status: number;
  readonly type: AnthropicErrorType;
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

const spec = (status: number, type: AnthropicErrorType): ErrorSpec => ({ status, type });

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
  GW_LARGE_BODIES_BUSY: spec(429, 'rate_limit_error'),
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
  // After the answer began: an `event: error` (the status is the answer's own 200), then the end of the stream.
  GW_STREAM_LOST: spec(200, 'api_error'),
  GW_STREAM_IDLE: spec(200, 'api_error'),
  GW_STREAM_INCOMPLETE: spec(200, 'api_error'),
  GW_SHUTTING_DOWN: spec(200, 'api_error'),
  // Inside the fallback walk only, never answered as such (upstream/attempt-error.ts decides from these).
  GW_UPSTREAM_STREAM_OVERLOADED: spec(529, 'overloaded_error'),
  GW_CIRCUIT_OPEN: spec(529, 'overloaded_error'),
  GW_FALLBACK_BUDGET_EXHAUSTED: spec(529, 'overloaded_error'),
  GW_CLIENT_GONE: spec(499, 'api_error'),
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * What may pass later (budgets, overloads, an unreachable upstream, a store back up): `x-should-retry: true`,
 * which the SDKs obey before the status. A request that is wrong is never worth retrying as it is.
 */
const RETRY_LATER: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'GW_ORG_RATE_LIMITED',
  'GW_USD_BUDGET_EXCEEDED',
  'GW_BATCH_BUDGET_EXCEEDED',
  'GW_UPSTREAM_RATE_LIMITED',
  'GW_LARGE_BODIES_BUSY',
  'GW_INTERNAL',
  'GW_LIMITS_STORE_UNAVAILABLE',
  'GW_SPEND_STORE_UNAVAILABLE',
  'GW_OWNERSHIP_STORE_UNAVAILABLE',
  'GW_UPSTREAM_OVERLOADED',
  'GW_UPSTREAM_UNREACHABLE',
  'GW_UPSTREAM_INVALID_ANSWER',
  'GW_UPSTREAM_TIMEOUT',
  'GW_UPSTREAM_SERVER_ERROR',
  'GW_CALLER_DEADLINE',
]);

export const shouldRetry = (code: ErrorCode): 'true' | 'false' => (RETRY_LATER.has(code) ? 'true' : 'false');

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
