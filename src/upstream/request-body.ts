import type { UpstreamBody } from './client.js';

/**
 * Bodies from this size on are handed to undici as a one-shot iterable. A string or Buffer body stays
 * referenced by undici's request until the answer has ended, which for a stream can be minutes; the
 * iterable lets go of the bytes once they are written. Smaller bodies keep undici's cheaper buffer path.
 */
export const RELEASED_BODY_BYTES = 256 * 1024;

/**
 * What undici is given to send: the body, and the headers (with `content-length` when undici cannot know it).
 * Pieces (a large body around its rewritten `model`) are always sent as they are, never joined.
 */
export function requestBody(body: UpstreamBody, headers: string[]): { body: string | Iterable<Buffer>; headers: string[] } {
  if (typeof body !== 'string') return { body: sentOnce(body), headers: headers.concat('content-length', String(body.reduce((n, piece) => n + piece.length, 0))) };
  if (body.length < RELEASED_BODY_BYTES) return { body, headers };
  const bytes = Buffer.from(body);
  return { body: sentOnce([bytes]), headers: headers.concat('content-length', String(bytes.length)) };
}

/** Yields the pieces once each, then holds no reference to them. */
function sentOnce(pieces: readonly Buffer[]): Iterable<Buffer> {
  let held: Buffer[] | undefined = [...pieces];
  const next = (): IteratorResult<Buffer, undefined> => {
    const value = held?.shift();
    if (!value) held = undefined;
    return value ? { value, done: false } : { value: undefined, done: true };
  };
  return { [Symbol.iterator]: () => ({ next }) };
}
