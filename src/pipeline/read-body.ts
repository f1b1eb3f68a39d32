import type { IncomingMessage } from 'node:http';
import { joined } from '../bytes.js';
import { requestTooLarge } from '../errors.js';

/**
 * Collects the request body, refusing (413) anything over `limitBytes` as soon as that is known:
 * from `content-length` before reading, or while reading a chunked body.
 */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
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
