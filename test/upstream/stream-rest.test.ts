import { describe, expect, it, vi } from 'vitest';
import { AttemptError } from '../../src/upstream/attempt-error.js';
import { FirstContentHold } from '../../src/upstream/first-content.js';
import { SseScanner } from '../../src/upstream/sse-scanner.js';
import { StreamRemainder, type StreamSink } from '../../src/upstream/stream-rest.js';

const chunk = (text: string): Buffer => Buffer.from(text);

function recordingSink(accept = true): StreamSink & { got: string[]; ended: boolean; failed: Error | undefined } {
  const sink = {
    got: [] as string[],
    ended: false,
    failed: undefined as Error | undefined,
    data: (c: Buffer) => {
      sink.got.push(c.toString());
      return accept;
    },
    end: () => void (sink.ended = true),
    error: (err: Error) => void (sink.failed = err),
  };
  return sink;
}

describe('StreamRemainder', () => {
  it('keeps what arrives before pipe, relays it first, then passes chunks through and ends once', () => {
    const resume = vi.fn();
    const delivered = vi.fn();
    const rest = new StreamRemainder(resume, delivered);
    expect(rest.data(chunk('a'))).toBe(true);
    const sink = recordingSink();
    rest.pipe(sink);
    expect(resume).toHaveBeenCalledOnce(); // the sink took the early chunks: reading goes on
    expect(rest.data(chunk('b'))).toBe(true);
    expect(sink.got).toEqual(['a', 'b']);
    expect(delivered).not.toHaveBeenCalled();
    rest.end();
    expect(sink.ended).toBe(true);
    expect(delivered).toHaveBeenCalledOnce();
  });

  it('leaves resuming to the sink when it refuses more, and passes its refusal to the upstream', () => {
    const resume = vi.fn();
    const rest = new StreamRemainder(resume, () => undefined);
    rest.data(chunk('a'));
    const sink = recordingSink(false);
    rest.pipe(sink);
    expect(resume).not.toHaveBeenCalled();
    expect(rest.data(chunk('b'))).toBe(false);
    rest.resume();
    expect(resume).toHaveBeenCalledOnce();
  });

  it('hands over a rest the upstream finished cleanly before pipe in one piece, and only then', () => {
    const delivered = vi.fn();
    const rest = new StreamRemainder(() => undefined, delivered);
    rest.data(chunk('a'));
    expect(rest.takeAll()).toBeUndefined(); // not finished yet
    rest.data(chunk('b'));
    rest.end();
    expect(rest.takeAll()?.map(String)).toEqual(['a', 'b']);
    expect(delivered).toHaveBeenCalledOnce();
  });

  it('reports an upstream failure that came before pipe to the sink, after the chunks before it', () => {
    const rest = new StreamRemainder(() => undefined, () => undefined);
    rest.data(chunk('a'));
    const failure = new Error('socket reset');
    rest.end(failure);
    expect(rest.takeAll()).toBeUndefined();
    const sink = recordingSink();
    rest.pipe(sink);
    expect(sink.got).toEqual(['a']);
    expect(sink.failed).toBe(failure);
    expect(sink.ended).toBe(false);
  });
});

describe('FirstContentHold', () => {
  const event = (type: string, data: object): string => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
  const start = event('message_start', { message: { usage: { input_tokens: 1, output_tokens: 0 } } });
  const delta = event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'hi' } });

  it('holds events until the first content delta, then releases with that chunk held too', () => {
    const hold = new FirstContentHold(new SseScanner());
    expect(hold.push(chunk(start))).toBe('wait');
    expect(hold.push(chunk(delta))).toBe('release');
    expect(hold.held.map(String)).toEqual([start, delta]);
  });

  it('fails the attempt on an overloaded_error before any content', () => {
    const hold = new FirstContentHold(new SseScanner());
    hold.push(chunk(start));
    const outcome = hold.push(chunk(event('error', { error: { type: 'overloaded_error', message: 'Overloaded' } })));
    expect(outcome).toBeInstanceOf(AttemptError);
    expect(outcome).toMatchObject({ kind: 'stream_overloaded', status: 200, message: 'Overloaded' });
  });

  it('tells a stream that ended while held as an answer only with message_stop or an error event', () => {
    const broken = new FirstContentHold(new SseScanner());
    broken.push(chunk(start));
    expect(broken.endedAsAnswer()).toBe(false);
    const whole = new FirstContentHold(new SseScanner());
    whole.push(chunk(start + event('message_stop', {})));
    expect(whole.endedAsAnswer()).toBe(true);
  });
});
