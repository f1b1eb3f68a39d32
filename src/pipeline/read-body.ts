import type { IncomingMessage } from 'node:http';
import { joined } from '../bytes.js';
import { invalidRequest, requestTooLarge } from '../errors.js';

/** `application/json`, or any `+json` type; absent is taken as JSON (the body is parsed as such anyway). */
const isJson = (contentType: string | undefined): boolean =>
  contentType === undefined || contentType === 'application/json' || /^application\/([\w.+-]*\+)?json\s*(;|$)/i.test(contentType.trim());

/**
 * How much of a refused body is still read, and for how long. A server that answers 413 and closes while
 * the client is still uploading makes the client see a broken pipe instead of the answer, so the rest is
 * read and dropped (never kept) up to these bounds; past them the connection is cut.
 */
export const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;
export const DISCARD_LIMIT_MS = 10_000;
/** From this declared length on, the body is read into one buffer of that length rather than joined at the end. */
const FILL_IN_PLACE_BYTES = 1024 * 1024;

/** Whether the request's declared length is already over the limit (answer 413 before reading a byte). */
export function declaresTooLarge(req: IncomingMessage, limitBytes: number): boolean {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared > limitBytes;
}

/** Whether the client waits for `100 Continue` before sending its body (and so will not send it after a 413). */
export const expectsContinue = (req: IncomingMessage): boolean => /100-continue/i.test(req.headers.expect ?? '');

/**
 * Collects the request body, refusing a body that is not JSON (400, as the API does) and (413) anything over
 * `limitBytes` as soon as that is known: from `content-length` before reading, or while reading a chunked body.
 * A refused body is drained.
 */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const contentType = req.headers['content-type'];
  if (!isJson(contentType)) {
    discardRest(req, 0);
    return Promise.reject(invalidRequest(`Content-Type must be application/json, not ${JSON.stringify(contentType?.slice(0, 80))}`));
  }
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && !/^\s*identity\s*$/i.test(encoding)) {
    discardRest(req, 0);
    return Promise.reject(invalidRequest(`Content-Encoding ${JSON.stringify(encoding.slice(0, 40))} is not supported: send the body uncompressed`));
  }
  if (declaresTooLarge(req, limitBytes)) {
    discardRest(req, 0);
    return Promise.reject(requestTooLarge(limitBytes));
  }
  const declared = Number(req.headers['content-length']);
  // A large body is copied into place as it arrives: joining 32 MiB at the end held the event loop for tens of ms.
  const into = declared >= FILL_IN_PLACE_BYTES ? Buffer.allocUnsafe(declared) : undefined;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limitBytes) {
        req.off('data', onData);
        chunks.length = 0;
        discardRest(req, size);
        reject(requestTooLarge(limitBytes));
        return;
      }
      if (into) chunk.copy(into, size - chunk.length); // the HTTP parser never passes more than content-length
      else chunks.push(chunk);
    };
    req.on('data', onData);
    // `on`, not `once` (which wraps each listener): a request ends once, and a second reject does nothing.
    req.on('end', () => resolve(into ? into.subarray(0, size) : joined(chunks, size)));
    req.on('error', reject);
  });
}

/** Reads and drops the rest of a refused body, up to the discard bounds (counting `alreadyRead`). */
function discardRest(req: IncomingMessage, alreadyRead: number): void {
  let read = alreadyRead;
  const cut = (): void => {
    clearTimeout(timer);
    req.socket.destroy();
  };
  const timer = setTimeout(cut, DISCARD_LIMIT_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    read += chunk.length;
    if (read > DISCARD_LIMIT_BYTES) cut();
  });
  req.once('close', () => clearTimeout(timer));
  req.resume();
}
