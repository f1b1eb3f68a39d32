import { ERROR_CODES, errorTypeFor, shouldRetry, type AnthropicErrorType, type ErrorCode } from './error-codes.js';

export { codeOf, errorTypeFor, shouldRetry, type ErrorCode } from './error-codes.js';

/**
 * A request that ends here, with its stable code (src/error-codes.ts). The pipeline turns it into an
 * Anthropic-shaped reply: a JSON body before any byte was sent, an SSE `event: error` after.
 */
export class GatewayError extends Error {
  readonly status: number;
  readonly type: AnthropicErrorType;

  /** `status` only where the code passes on the upstream's own (its type then follows the status). */
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    status?: number,
  ) {
    super(message);
    this.name = 'GatewayError';
    this.status = status ?? ERROR_CODES[code].status;
    this.type = status === undefined ? ERROR_CODES[code].type : errorTypeFor(status);
  }
}

export const invalidRequest = (message: string, code: ErrorCode = 'GW_INVALID_REQUEST'): GatewayError => new GatewayError(code, message);
export const authenticationError = (message: string): GatewayError => new GatewayError('GW_UNAUTHENTICATED', message);
export const requestTooLarge = (limitBytes: number): GatewayError =>
  new GatewayError('GW_BODY_TOO_LARGE', `Request exceeds the maximum allowed number of bytes (${limitBytes}).`);
export const notFound = (message: string): GatewayError => new GatewayError('GW_NOT_FOUND', message);

export const overloaded = (retryAfterSeconds: number, message = 'Overloaded'): GatewayError =>
  new GatewayError('GW_UPSTREAM_OVERLOADED', message, { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) });

export const rateLimited = (message: string, headers: Record<string, string>, code: ErrorCode): GatewayError =>
  new GatewayError(code, message, headers);

/** A store the request cannot go on without is down: 503, try again shortly. */
export const storeUnavailable = (code: ErrorCode, message: string): GatewayError => new GatewayError(code, message, { 'retry-after': '1' });

/** Headers every error reply carries besides its own: whether to retry, and its code. */
export const errorHeaders = (code: ErrorCode): Record<string, string> => ({
  'x-should-retry': shouldRetry(code),
  'x-gateway-error-code': code,
});

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
  err instanceof GatewayError ? err : new GatewayError('GW_INTERNAL', 'Internal gateway error');

/** An organization id (a UUID), as Anthropic's 429 messages carry it: "(org: 9d50ef40-..., model: ...)". */
const ACCOUNT_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * An upstream error body as the caller may see it: the upstream account is the gateway's, shared by every org, so
 * its organization id is cut out. Only error bodies pass here, and they are small.
 */
export function withoutAccountIds(body: Buffer): Buffer {
  const text = body.toString('utf8');
  const cut = text.replace(ACCOUNT_ID, 'redacted');
  return cut === text ? body : Buffer.from(cut);
}
