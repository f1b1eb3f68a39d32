import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';

/**
 * Parsing a large body without decoding its long strings. Decoding 1 MB to a string and parsing it costs about
 * twice what a bare proxy spends on the whole request (bench/HISTORY.md, session 6), and a long prompt is read by
 * almost nothing on the event loop: the token estimate samples it, and the upstream gets the caller's bytes.
 *
 * So the long string values are found in the bytes and validated there (what JSON.parse would refuse in them is
 * refused here: raw control characters, bad escapes; the body must be valid UTF-8), each is replaced by a
 * placeholder in a small copy, and JSON.parse reads the copy: the structure is validated by JSON.parse itself.
 * A string outside the long ones is in the copy as it was sent, so whatever the copy's parse accepts, the body's
 * would, with the same value but for the placeholders. Each placeholder then becomes a property that decodes its
 * string when first read (deferred-strings.ts), so every reader sees exactly what JSON.parse would have given.
 * Anything unexpected (and every body JSON.parse refuses) goes the plain way, which gives the exact 400.
 */

/** A string value of at least this many bytes, quotes included, is left undecoded until read. */
export const LONG_STRING_BYTES = 8 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
/** The characters that may follow a backslash, but `u`. */
const SIMPLE_ESCAPES = new Set([QUOTE, BACKSLASH, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);
const U = 0x75;

/** Unguessable, so no string a caller sends can read as a placeholder. */
const PREFIX = `\u0000long:${randomBytes(16).toString('hex')}:`;

/** The index of the long string a parsed value stands for, if it is a placeholder. */
export function placeholderIndex(value: string): number | undefined {
  return value.charCodeAt(0) === 0 && value.startsWith(PREFIX) ? Number(value.slice(PREFIX.length)) : undefined;
}

/** One long string of the body, not decoded; `start` and `end` span its token, quotes included. */
export class LongString {
  constructor(
    readonly raw: Buffer,
    readonly start: number,
    readonly end: number,
    /** Whether it holds a backslash (else its bytes between the quotes are its UTF-8). */
    readonly escaped: boolean,
  ) {}

  /** Bytes between the quotes. */
  get bytes(): number {
    return this.end - this.start - 2;
  }

  /** Exactly what JSON.parse gives for the token. */
  decode(): string {
    return this.escaped ? (JSON.parse(this.raw.toString('utf8', this.start, this.end)) as string) : this.raw.toString('utf8', this.start + 1, this.end - 1);
  }

  /** About `bytes` bytes of the text from `offset` (bytes between the quotes), cut at whole characters, and how many bytes it took; for estimates. */
  sample(offset: number, bytes: number): { readonly text: string; readonly size: number } {
    const last = this.end - 1;
    let from = this.start + 1 + offset;
    let to = Math.min(from + bytes, last);
    while (from < to && ((this.raw[from] as number) & 0xc0) === 0x80) from++;
    while (to < last && to > from && ((this.raw[to] as number) & 0xc0) === 0x80) to--;
    const text = this.raw.toString('utf8', from, to);
    return { text: this.escaped && text.includes('\\') ? unescaped(text) : text, size: to - from };
  }
}

/** A sample's escapes read as JSON.parse reads them; a sample cut inside an escape reads as it was sent. */
function unescaped(text: string): string {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text;
  }
}

export interface LongStringScan {
  /** The body with each long string replaced by a placeholder string. */
  readonly copy: Buffer;
  readonly longs: readonly LongString[];
  /** The body's offset for an offset in `copy` (the end of a placeholder maps to the end of its string). */
  bodyOffset(copyOffset: number): number;
}

const ASKS_AUTO = /"model"\s*:\s*"auto"/;
const ENDS_BYTES = 1024;

/**
 * Whether the body asks the router to choose (`"model": "auto"` in its first or last kilobyte, where clients put
 * it): the classifier reads every text, so leaving them undecoded would only add the scan. A miss is only slower.
 */
export function asksAuto(raw: Buffer): boolean {
  return ASKS_AUTO.test(raw.toString('latin1', 0, ENDS_BYTES)) || ASKS_AUTO.test(raw.toString('latin1', raw.length - ENDS_BYTES));
}

/**
 * The body's long string values, validated and replaced in a copy; undefined when they hold less than half the
 * body (then the copy saves little) or when anything is off: the plain parse then decides, and words the 400.
 */
export function scanLongStrings(raw: Buffer): LongStringScan | undefined {
  if (!isUtf8(raw)) return undefined; // the plain path reads bad bytes as U+FFFD; so must every reader
  const spans = longSpans(raw);
  if (!spans || spans.bytes * 2 < raw.length) return undefined;
  const pieces: Buffer[] = [];
  const longs: LongString[] = [];
  const ends: { copy: number; body: number }[] = [];
  let kept = 0;
  let copyLength = 0;
  for (const { start, end } of spans.each) {
    const escaped = checkedString(raw.subarray(start + 1, end - 1));
    if (escaped === undefined) return undefined;
    const placeholder = Buffer.from(JSON.stringify(PREFIX + String(longs.length)));
    pieces.push(raw.subarray(kept, start), placeholder);
    copyLength += start - kept + placeholder.length;
    ends.push({ copy: copyLength, body: end });
    longs.push(new LongString(raw, start, end, escaped));
    kept = end;
  }
  pieces.push(raw.subarray(kept));
  const bodyOffset = (copyOffset: number): number => {
    let shift = 0;
    for (const mark of ends) {
      if (copyOffset < mark.copy) break;
      shift = mark.body - mark.copy;
    }
    return copyOffset + shift;
  };
  return { copy: Buffer.concat(pieces), longs, bodyOffset };
}

/** Every string token of LONG_STRING_BYTES or more that is not a key, and their bytes; undefined if a string is not closed. */
function longSpans(raw: Buffer): { readonly each: { start: number; end: number }[]; readonly bytes: number } | undefined {
  const each: { start: number; end: number }[] = [];
  let bytes = 0;
  for (let start = raw.indexOf(QUOTE); start >= 0; ) {
    const end = tokenEnd(raw, start);
    if (end < 0) return undefined;
    if (end - start >= LONG_STRING_BYTES && !isKey(raw, end)) {
      each.push({ start, end });
      bytes += end - start;
    }
    start = raw.indexOf(QUOTE, end);
  }
  return { each, bytes };
}

/** Just past the closing quote of the string opening at `open` (a quote after an even run of backslashes); -1 if none. */
function tokenEnd(raw: Buffer, open: number): number {
  for (let q = raw.indexOf(QUOTE, open + 1); q >= 0; q = raw.indexOf(QUOTE, q + 1)) {
    let b = q - 1;
    while (raw[b] === BACKSLASH) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
  }
  return -1;
}

/** Whether the string ending at `end` is a key (a colon follows it); keys are always decoded. */
function isKey(raw: Buffer, end: number): boolean {
  let i = end;
  for (let c = raw[i]; c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = raw[++i]);
  return raw[i] === COLON;
}

/** Whether a string's inner bytes hold escapes (true), none (false), or something JSON.parse refuses (undefined). */
function checkedString(inner: Buffer): boolean | undefined {
  if (hasControlByte(inner)) return undefined;
  let escaped = false;
  for (let at = inner.indexOf(BACKSLASH); at >= 0; at = inner.indexOf(BACKSLASH, at)) {
    escaped = true;
    const next = inner[at + 1] as number;
    if (next === U) {
      for (let h = at + 2; h < at + 6; h++) if (!isHex(inner[h])) return undefined;
      at += 6;
    } else if (SIMPLE_ESCAPES.has(next)) at += 2;
    else return undefined;
  }
  return escaped;
}

const isHex = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));

/**
 * Whether any byte is below 0x20, four bytes at a time: (x - 0x20202020) & ~x has a byte's top bit set only
 * if some byte of x is below 0x20 (a borrow starts only at such a byte). About 0.2 ms per MB, a byte loop 1.2.
 */
function hasControlByte(bytes: Buffer): boolean {
  let i = 0;
  for (; i < bytes.length && ((bytes.byteOffset + i) & 3) !== 0; i++) if ((bytes[i] as number) < 0x20) return true;
  const count = (bytes.length - i) >> 2;
  const words = new Int32Array(bytes.buffer, bytes.byteOffset + i, count);
  let a = 0;
  let b = 0;
  let w = 0;
  for (; w + 2 <= count; w += 2) {
    const x = words[w] as number;
    const y = words[w + 1] as number;
    a |= ((x - 0x20202020) | 0) & ~x;
    b |= ((y - 0x20202020) | 0) & ~y;
  }
  if (w < count) a |= (((words[w] as number) - 0x20202020) | 0) & ~(words[w] as number);
  if (((a | b) & 0x80808080) !== 0) return true;
  for (i += count * 4; i < bytes.length; i++) if ((bytes[i] as number) < 0x20) return true;
  return false;
}
