import { describe, expect, it } from 'vitest';
import { SseScanner } from '../../src/upstream/sse-scanner.js';
import { usageInJson } from '../../src/upstream/usage.js';

const event = (name: string, data: unknown): string => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

const STREAM = [
  event('message_start', { type: 'message_start', message: { usage: { input_tokens: 12, output_tokens: 1, cache_read_input_tokens: 4 } } }),
  event('ping', { type: 'ping' }),
  event('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
  event('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'héllo' } }),
  event('content_block_stop', { type: 'content_block_stop', index: 0 }),
  event('message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 7 } }),
  event('message_stop', { type: 'message_stop' }),
].join('');

describe('SseScanner reads usage and milestones without touching the bytes', () => {
  it('reads usage, the first content delta and message_stop, whatever the chunking', () => {
    const bytes = Buffer.from(STREAM);
    for (const size of [1, 3, 17, bytes.length]) {
      const scanner = new SseScanner();
      let firstAt = -1;
      for (let i = 0; i < bytes.length; i += size) {
        if (scanner.push(bytes.subarray(i, i + size))) firstAt = i;
      }
      expect(firstAt).toBeGreaterThanOrEqual(0);
      expect(scanner.usage).toMatchObject({ inputTokens: 12, outputTokens: 7, cacheReadInputTokens: 4 });
      expect(scanner.sawMessageStop).toBe(true);
      expect(scanner.error).toBeUndefined();
    }
  });

  it('reports an error event', () => {
    const scanner = new SseScanner();
    scanner.push(Buffer.from(event('error', { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } })));
    expect(scanner.error).toEqual({ type: 'overloaded_error', message: 'Overloaded' });
    expect(scanner.sawContent).toBe(false);
  });

  it('decodes characters split between chunks', () => {
    const bytes = Buffer.from(event('error', { type: 'error', error: { type: 'overloaded_error', message: 'Überlastet – réessayez 🙂' } }));
    for (const size of [1, 2, 3, 5]) {
      const scanner = new SseScanner();
      for (let i = 0; i < bytes.length; i += size) scanner.push(bytes.subarray(i, i + size));
      expect(scanner.error?.message).toBe('Überlastet – réessayez 🙂');
    }
  });

  it('accepts CRLF line endings', () => {
    const scanner = new SseScanner();
    scanner.push(Buffer.from(STREAM.replace(/\n/g, '\r\n')));
    expect(scanner.sawMessageStop).toBe(true);
    expect(scanner.usage.outputTokens).toBe(7);
  });
});

describe('usageInJson reads usage from the end of a JSON answer or message_start', () => {
  it('finds the usage object even when the content mentions "usage"', () => {
    const body = { content: [{ type: 'text', text: 'the "usage": {"input_tokens": 999} trick' }], usage: { input_tokens: 5, output_tokens: 7, cache_creation: { ephemeral_1h_input_tokens: 1 } } };
    expect(usageInJson(JSON.stringify(body))).toEqual(body.usage);
    expect(usageInJson('{"usage": {"input_tokens": 1}, "x": "}"}')).toEqual({ input_tokens: 1 });
    expect(usageInJson(JSON.stringify({ type: 'message_start', message: { id: 'msg_1', content: [], usage: { input_tokens: 3 } } }))).toEqual({ input_tokens: 3 });
    expect(usageInJson('not json')).toBeUndefined();
  });

  it('reads the usage that ends a message or a message_start event, pretty-printed or not, and one that does not end it', () => {
    const usage = { input_tokens: 5, cache_creation: { ephemeral_1h_input_tokens: 1 }, output_tokens: 7, service_tier: 'standard' };
    const message = { id: 'msg_1', content: [{ type: 'text', text: '{"usage": {}}}' }], usage };
    expect(usageInJson(JSON.stringify(message))).toEqual(usage);
    expect(usageInJson(JSON.stringify(message, null, 2))).toEqual(usage);
    expect(usageInJson(JSON.stringify({ type: 'message_start', message }), 2)).toEqual(usage);
    expect(usageInJson(JSON.stringify({ type: 'message_start', message }, null, 1), 2)).toEqual(usage);
    expect(usageInJson(JSON.stringify({ ...message, container: null }))).toEqual(usage);
    expect(usageInJson(JSON.stringify({ type: 'message_start', message: { ...message, usage: { input_tokens: 3 } } }), 2)).toEqual({ input_tokens: 3 });
  });
});
