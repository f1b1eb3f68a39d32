import type { Duplex } from 'node:stream';
import { errorBody, errorTypeFor, shouldRetry } from './errors.js';
import { newRequestId } from './pipeline/new-context.js';

const ANSWERS: Readonly<Record<string, { status: number; reason: string; message: string }>> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: 'Request Header Fields Too Large', message: 'Request headers are too large.' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', message: 'The request was not received in time.' },
};
const MALFORMED = { status: 400, reason: 'Bad Request', message: 'Malformed HTTP request.' };

/**
 * The server's `clientError` listener: what Node's HTTP parser refuses (malformed, headers too large,
 * too slow) is answered in Anthropic's error shape rather than Node's empty-bodied default, then closed.
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const { status, reason, message } = ANSWERS[err.code ?? ''] ?? MALFORMED;
  const id = newRequestId();
  const body = JSON.stringify(errorBody(errorTypeFor(status), message, id));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `request-id: ${id}\r\nx-should-retry: ${shouldRetry(status)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
