/** Anthropic's error types, keyed by HTTP status. The one catalogue every error reply is built from. */
const TYPE_BY_STATUS: Readonly<Record<number, string>> = {
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

export const errorTypeFor = (status: number): string => TYPE_BY_STATUS[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');

/**
 * A request that ends here. The pipeline turns it into an Anthropic-shaped reply:
 * a JSON body before any byte was sent, an SSE `event: error` after.
 */
export class GatewayError extends Error {
  readonly type: string;

  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    type?: string,
  ) {
    super(message);
    this.name = 'GatewayError';
    this.type = type ?? errorTypeFor(status);
  }
}

export const invalidRequest = (message: string): GatewayError => new GatewayError(400, message);
export const authenticationError = (message: string): GatewayError => new GatewayError(401, message);
export const requestTooLarge = (limitBytes: number): GatewayError =>
  new GatewayError(413, `Request exceeds the maximum allowed number of bytes (${limitBytes}).`);
export const notFound = (message: string): GatewayError => new GatewayError(404, message);

export const overloaded = (retryAfterSeconds: number, message = 'Overloaded'): GatewayError =>
  new GatewayError(529, message, { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) });

/** The upstream could not be reached, broke the protocol, or sent something that is not an Anthropic answer. */
export const badGateway = (message: string): GatewayError => new GatewayError(502, message);

export const rateLimited = (message: string, headers: Record<string, string>): GatewayError =>
  new GatewayError(429, message, headers);

/**
 * The `x-should-retry` value for an error the gateway makes. The SDKs obey it before the status: retry
 * what may pass later (budgets, overloads, an unreachable upstream), never a request that is wrong.
 */
export const shouldRetry = (status: number): 'true' | 'false' => (status === 429 || status >= 500 ? 'true' : 'false');

export interface ErrorBody {
  type: 'error';
  error: { type: string; message: string };
  request_id: string;
}

export const errorBody = (type: string, message: string, requestId: string): ErrorBody => ({
  type: 'error',
  error: { type, message },
  request_id: requestId,
});

/** Anything thrown that is not a GatewayError is an internal fault: the client learns nothing of it. */
export const asGatewayError = (err: unknown): GatewayError =>
  err instanceof GatewayError ? err : new GatewayError(500, 'Internal gateway error');
