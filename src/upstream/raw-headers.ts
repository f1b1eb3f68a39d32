/**
 * An upstream answer's headers as undici's HTTP/1 parser hands them over: [name, value, ...] as bytes.
 * Only the few headers the gateway reads are decoded, when asked for, rather than an object of every header
 * per answer as undici builds for `onResponseStart` handlers (docs/performance-rules.md).
 */
export class RawHeaders {
  constructor(private readonly raw: readonly Buffer[]) {}

  /** The first value of the header `name` (given in lower case), decoded as latin1 like undici does. */
  get(name: string): string | undefined {
    const raw = this.raw;
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const key = raw[i] as Buffer;
      if (key.length === name.length && key.toString('latin1').toLowerCase() === name) return (raw[i + 1] as Buffer).toString('latin1');
    }
    return undefined;
  }
}
