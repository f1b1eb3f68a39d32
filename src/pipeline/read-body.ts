import type { IncomingMessage } from 'node:http';
import { joined } from '../bytes.js';
import { invalidRequest, requestTooLarge } from '../errors.js';

/** `application/json`, or any `+json` type; absent is taken as JSON (the body is parsed as such anyway). */
const isJson = (contentType: string | undefined): boolean =>
  contentType === undefined || /^application\/([\w.+-]*\+)?json\s*(;|$)/i.test(contentType.trim());

/**
 * Collects the request body, refusing a body that is not JSON (400, as the API does) and (413) anything over
 * `limitBytes` as soon as that is known: from `content-length` before reading, or while reading a chunked body.
 */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const contentType = req.headers['content-type'];
  if (!isJson(contentType)) {
    return Promise.reject(invalidRequest(`Content-Type must be application/json, not ${JSON.stringify(contentType?.slice(0, 80))}`));
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) return Promise.reject(requestTooLarge(limitBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limitBytes) {
        req.off('data', onData);
        req.resume();
        reject(requestTooLarge(limitBytes));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(joined(chunks, size)));
    req.once('error', reject);
  });
}
