import type { Duplex } from 'node:stream';
import { ERROR_CODES, type ErrorCode } from './error-codes.js';
import { errorBody, shouldRetry } from './errors.js';
import { newRequestId } from './pipeline/new-context.js';

const ANSWERS: Readonly<Record<string, { code: ErrorCode; reason: string; message: string }>> = {
  HPE_HEADER_OVERFLOW: { code: 'GW_HEADERS_TOO_LARGE', reason: 'Request Header Fields Too Large', message: 'Request headers are too large.' },
  ERR_HTTP_REQUEST_TIMEOUT: { code: 'GW_REQUEST_TIMEOUT', reason: 'Request Timeout', message: 'The request was not received in time.' },
};
const MALFORMED = { code: 'GW_MALFORMED_HTTP', reason: 'Bad Request', message: 'Malformed HTTP request.' } as const;

/**
 * The server's `clientError` listener: what Node's HTTP parser refuses (malformed, headers too large,
 * too slow) is answered in Anthropic's error shape rather than Node's empty-bodied default, then closed.
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const { code, reason, message } = ANSWERS[err.code ?? ''] ?? MALFORMED;
  const { status, type } = ERROR_CODES[code];
  const id = newRequestId();
  const body = JSON.stringify(errorBody(type, message, id));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `request-id: ${id}\r\nx-should-retry: ${shouldRetry(code)}\r\nx-gateway-error-code: ${code}\r\nconnection: close\r\n\r\n${body}`,
  );
}
