import { StringDecoder } from 'node:string_decoder';
import { emptyUsage, mergeUsage, usageInJson, type Usage } from './usage.js';

export interface StreamError {
  type: string;
  message: string;
}

/**
 * Watches an Anthropic SSE byte stream on the side, without changing it: reads usage from
 * `message_start` and `message_delta`, notes the first content delta, an `error` event and `message_stop`.
 * Only those few events are JSON-parsed; content deltas are recognised by name alone.
 */
export class SseScanner {
  readonly usage: Usage = emptyUsage();
  sawContent = false;
  sawMessageStop = false;
  /** `message_delta` carries the final output count; without it, `relayedOutputTokens` is the best figure. */
  sawMessageDelta = false;
  error: StreamError | undefined;
  private deltas = 0;
  private deltaPayloadChars = 0;
  /** Made once a chunk ends inside a multi-byte character, to carry it over to the next. */
  private decoder: StringDecoder | undefined;
  private carry = '';

  /** Feeds one chunk; returns true when this chunk holds the stream's first content delta. */
  push(chunk: Buffer): boolean {
    const hadContent = this.sawContent;
    let text = this.carry + this.decode(chunk);
    let start = 0;
    // Where the next "\r\n\r\n" is: searched again only once passed (Anthropic sends "\n\n", and a
    // fresh search per event would scan the rest of the chunk every time).
    let crlf = text.indexOf('\r\n\r\n');
    for (;;) {
      if (crlf >= 0 && crlf < start) crlf = text.indexOf('\r\n\r\n', start);
      const lf = text.indexOf('\n\n', start);
      const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf < 0 ? -1 : lf + 2;
      if (end < 0) break;
      this.onEvent(text, start, end);
      start = end;
    }
    if (start > 0) text = text.slice(start);
    this.carry = text;
    return !hadContent && this.sawContent;
  }

  /** Events end with a newline, so a chunk nearly always ends on a whole character: decoded directly. */
  private decode(chunk: Buffer): string {
    if (!this.decoder && (chunk.length === 0 || (chunk[chunk.length - 1] as number) < 0x80)) return chunk.toString('utf8');
    this.decoder ??= new StringDecoder('utf8');
    return this.decoder.write(chunk);
  }

  private onEvent(text: string, start: number, end: number): void {
    // Most events are content block events: recognised without cutting out their name.
    const block = contentBlockEvent(text, start);
    if (block === 'delta') this.countDelta(end - start);
    if (block !== undefined) return;
    const name = fieldValue(text, start, end, EVENT_FIELD);
    switch (name) {
      case 'content_block_delta':
        this.countDelta(end - start);
        return;
      case 'message_start': {
        const data = fieldValue(text, start, end, DATA_FIELD);
        if (data !== undefined) mergeUsage(this.usage, usageInJson(data, 2));
        return;
      }
      case 'message_delta': {
        const data = parseData(text, start, end) as { usage?: unknown } | undefined;
        mergeUsage(this.usage, data?.usage);
        this.sawMessageDelta = true;
        return;
      }
      case 'message_stop':
        this.sawMessageStop = true;
        return;
      case 'error': {
        const data = parseData(text, start, end) as { error?: { type?: unknown; message?: unknown } } | undefined;
        this.error = {
          type: typeof data?.error?.type === 'string' ? data.error.type : 'api_error',
          message: typeof data?.error?.message === 'string' ? data.error.message : 'Upstream stream error',
        };
        return;
      }
      default:
    }
  }

  /**
   * Output tokens in the content deltas seen so far, estimated from their size (the text is never parsed):
   * about four characters a token, at least one a delta. For a stream cut before its final usage.
   */
  relayedOutputTokens(): number {
    return Math.max(this.deltas, Math.ceil(this.deltaPayloadChars / CHARS_PER_TOKEN));
  }

  private countDelta(eventChars: number): void {
    this.sawContent = true;
    this.deltas += 1;
    this.deltaPayloadChars += Math.max(0, eventChars - DELTA_FRAMING_CHARS);
  }
}

const CHARS_PER_TOKEN = 4;
/** The characters of a text delta event around its text: `event: content_block_delta`, the JSON keys, newlines. */
const DELTA_FRAMING_CHARS = 115;

/**
 * `delta` for `event: content_block_delta` at `at`, `edge` for `event: content_block_start` or `_stop`, told by
 * the characters that set these names apart from the other events' (`message_delta`, `ping`, ...).
 * `startsWith` at an offset cost ~0.1 µs a call in Node 20, more than the rest of an event's scan.
 * Any other event (or one whose `event:` line is not its first) goes the exact way, through `fieldValue`.
 */
function contentBlockEvent(text: string, at: number): 'delta' | 'edge' | undefined {
  if (
    text.charCodeAt(at + 7) !== 0x63 /* c */ ||
    text.charCodeAt(at + 20) !== 0x5f /* _ */ ||
    text.charCodeAt(at + 14) !== 0x5f /* _ */ ||
    text.charCodeAt(at + 5) !== 0x3a /* : */ ||
    text.charCodeAt(at) !== 0x65 /* e */
  ) {
    return undefined;
  }
  const letter = text.charCodeAt(at + 21);
  if (letter === 0x73 /* s */ && text.charCodeAt(at + 22) === 0x74 /* t */) return 'edge';
  const next = text.charCodeAt(at + 26);
  return letter === 0x64 /* d */ && text.charCodeAt(at + 25) === 0x61 /* a */ && (next === 0x0a || next === 0x0d) ? 'delta' : undefined;
}

/** A field's name with its colon, and the same after a line end (where it is searched for when not first). */
interface Field {
  readonly name: string;
  readonly onNewLine: string;
}
const field = (name: string): Field => ({ name, onNewLine: `\n${name}` });
const EVENT_FIELD = field('event:');
const DATA_FIELD = field('data:');

/** Whether `text` holds `word` at `at` (see contentBlockEvent for why not `startsWith`). */
function holdsAt(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
  return true;
}

function fieldValue(text: string, start: number, end: number, field: Field): string | undefined {
  let at = holdsAt(text, start, field.name) ? start : text.indexOf(field.onNewLine, start);
  if (at < 0 || at >= end) return undefined;
  if (at !== start) at += 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0 || lineEnd > end) lineEnd = end;
  return text.slice(at + field.name.length, lineEnd).trim();
}

function parseData(text: string, start: number, end: number): unknown {
  const data = fieldValue(text, start, end, DATA_FIELD);
  if (data === undefined) return undefined;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}
