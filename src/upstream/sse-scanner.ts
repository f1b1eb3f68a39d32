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
    // Most events are content blocks: recognised without cutting out their name.
    if (text.startsWith('event: content_block_', start)) {
      if (text.startsWith('delta', start + 21)) this.countDelta(end - start);
      return;
    }
    const name = fieldValue(text, start, end, 'event:');
    switch (name) {
      case 'content_block_delta':
        this.countDelta(end - start);
        return;
      case 'message_start': {
        const data = fieldValue(text, start, end, 'data:');
        if (data !== undefined) mergeUsage(this.usage, usageInJson(data));
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

function fieldValue(text: string, start: number, end: number, field: string): string | undefined {
  let at = text.startsWith(field, start) ? start : text.indexOf('\n' + field, start);
  if (at < 0 || at >= end) return undefined;
  if (at !== start) at += 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0 || lineEnd > end) lineEnd = end;
  return text.slice(at + field.length, lineEnd).trim();
}

function parseData(text: string, start: number, end: number): unknown {
  const data = fieldValue(text, start, end, 'data:');
  if (data === undefined) return undefined;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}
