/**
 * An upstream answer's headers as undici's HTTP/1 parser hands them over: [name, value, ...] as bytes.
 * Only the few headers the gateway reads are decoded, when asked for, rather than an object of every header
 * per answer as undici builds for `onResponseStart` handlers (docs/performance-rules.md).
 */
export class RawHeaders {
  constructor(private readonly raw: readonly Buffer[]) {}

  /**
   * The first value of the header `name` (given in lower case), decoded as latin1 like undici does. Names are
   * compared byte by byte, case-folded, never decoded: an answer gets ~14 lookups, most of them for names
   * that share their length with others (`anthropic-ratelimit-*`), each of which was decoded per lookup.
   */
  get(name: string): string | undefined {
    const raw = this.raw;
    const length = name.length;
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const key = raw[i] as Buffer;
      if (key.length === length && sameName(key, name)) return (raw[i + 1] as Buffer).toString('latin1');
    }
    return undefined;
  }
}

/** Whether the bytes `key` spell `name` (lower case), in any case; compared from the end, where names differ. */
function sameName(key: Buffer, name: string): boolean {
  for (let j = key.length - 1; j >= 0; j--) {
    const c = key[j] as number;
    if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== name.charCodeAt(j)) return false;
  }
  return true;
}
