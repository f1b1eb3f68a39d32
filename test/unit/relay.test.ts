import { describe, expect, it, vi } from 'vitest';
import { dispatch, type Dispatched } from '../../src/pipeline/dispatch.js';
import { relay } from '../../src/pipeline/relay.js';
import type { Services } from '../../src/services.js';
import { MODELS } from '../helpers/config.js';
import {
  decision,
  delta,
  event,
  json,
  message,
  metric,
  overloaded,
  scriptedUpstream,
  servicesFor,
  sse,
  stageServer,
  STREAM_END,
  STREAM_START,
  type ScriptedUpstream,
} from './pipeline-harness.js';

const { opus: OPUS, sonnet: SONNET } = MODELS;

/**
 * A gateway of two stages: dispatch, then relay, as the pipeline runs them once the route is decided.
 * `answers` holds what dispatch returned, whose usage relay's scanner keeps up to date.
 */
async function relaying(svc: Services, stream: boolean): Promise<{ url: string; answers: Dispatched[] }> {
  const answers: Dispatched[] = [];
  const url = await stageServer(svc, async (ctx) => {
    ctx.stream = stream;
    ctx.route = decision();
    const answer = await dispatch(ctx, {
      decision: ctx.route,
      bodyFor: (model) => JSON.stringify({ model, max_tokens: 10, stream, messages: [{ role: 'user', content: 'hi' }] }),
      inputTokens: 10,
      maxTokens: 10,
    });
    answers.push(answer);
    ctx.model = answer.model; // what the pipeline notes of the answering model
    await relay(ctx, answer);
    answer.release(answer.usage);
  });
  return { url, answers };
}

const post = (url: string): Promise<Response> => fetch(`${url}/v1/messages`, { method: 'POST', body: '{}' });

/** Reads a response body until it contains `text` (or ends); returns everything read so far. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, read: { text: string }, text: string): Promise<string> {
  const decoder = new TextDecoder();
  while (!read.text.includes(text)) {
    const { done, value } = await reader.read();
    if (done) break;
    read.text += decoder.decode(value, { stream: true });
  }
  return read.text;
}

/** Starts a stream whose upstream has sent its first content and stays open; the test decides what comes next. */
async function openStream(svc: Services, up: ScriptedUpstream) {
  const gw = await relaying(svc, true);
  const res = await post(gw.url);
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const read = { text: '' };
  await readUntil(reader, read, 'one');
  const upstreamAnswer = up.open.at(-1);
  if (!upstreamAnswer) throw new Error('no upstream answer open');
  return { res, answer: gw.answers[0] as Dispatched, upstreamAnswer, rest: () => readUntil(reader, read, '\u0000') };
}

const errorEvents = (text: string): { type: string; message: string }[] =>
  [...text.matchAll(/^event: error\ndata: (.*)$/gm)].map((m) => (JSON.parse(m[1] as string) as { error: { type: string; message: string } }).error);

describe('relay of a JSON answer', () => {
  it("writes the upstream's body unchanged with its length and the gateway's headers, and reads the usage", async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, overloaded());
    up.answer(SONNET, (res, req) => {
      res.setHeader('retry-after', '5');
      res.setHeader('anthropic-ratelimit-requests-remaining', '99'); // the gateway's account, not the caller's
      message(SONNET)(res, req);
    });
    const svc = servicesFor(up.url);
    const gw = await relaying(svc, false);
    const res = await post(gw.url);
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(JSON.parse(body).model).toBe(SONNET);
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    expect(res.headers.get('x-gateway-model')).toBe(SONNET);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.headers.get('anthropic-ratelimit-requests-remaining')).toBeNull();
    expect(gw.answers[0]?.usage).toMatchObject({ inputTokens: 3, outputTokens: 2 });
  });

  it('passes an upstream error answer on with its status', async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, json(400, { type: 'error', error: { type: 'invalid_request_error', message: 'bad' } }));
    const res = await post((await relaying(servicesFor(up.url), false)).url);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ type: 'error', error: { type: 'invalid_request_error', message: 'bad' } });
  });
});

describe('relay of a stream', () => {
  it('passes a whole stream byte for byte, and reads its usage on the side', async () => {
    const up = await scriptedUpstream();
    const events = STREAM_START + delta('one') + delta('two') + STREAM_END;
    up.answer(OPUS, sse(events));
    const gw = await relaying(servicesFor(up.url), true);
    const res = await post(gw.url);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(await res.text()).toBe(events);
    expect(gw.answers[0]?.usage).toMatchObject({ inputTokens: 11, outputTokens: 7 });
  });

  it('relays what follows the first content as it comes, unchanged', async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, sse(STREAM_START + delta('one'), false));
    const svc = servicesFor(up.url);
    const stream = await openStream(svc, up);
    stream.upstreamAnswer.write(delta('two'));
    stream.upstreamAnswer.end(STREAM_END);
    expect(await stream.rest()).toBe(STREAM_START + delta('one') + delta('two') + STREAM_END);
    expect(stream.answer.usage).toMatchObject({ inputTokens: 11, outputTokens: 7 });
    expect(svc.openStreams.size).toBe(0);
  });

  it("a connection lost mid-stream ends the caller's stream with an api_error event, counted against the model's breaker", async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, sse(STREAM_START + delta('one'), false));
    const svc = servicesFor(up.url);
    const stream = await openStream(svc, up);
    stream.upstreamAnswer.socket?.destroy();
    const text = await stream.rest();
    expect(text.startsWith(STREAM_START + delta('one'))).toBe(true);
    expect(errorEvents(text)).toEqual([{ type: 'api_error', message: 'Upstream connection lost' }]);
    expect(text.endsWith('\n\n')).toBe(true);
    expect(stream.answer.usage).toMatchObject({ inputTokens: 11 }); // what was read before the cut
    expect(await metric(svc, 'gateway_upstream_errors_total', { model: OPUS, code: 'network' })).toBe(1);
  });

  it('a stream that ends cleanly but unfinished gets an error event; the breaker is not told', async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, sse(STREAM_START + delta('one')));
    const svc = servicesFor(up.url);
    const text = await (await post((await relaying(svc, true)).url)).text();
    expect(errorEvents(text)).toEqual([{ type: 'api_error', message: 'Upstream stream ended early' }]);
    expect(await metric(svc, 'gateway_upstream_errors_total', { model: OPUS })).toBeUndefined();
  });

  it("an overloaded_error event after content is passed on as sent, and counted against the model's breaker", async () => {
    const up = await scriptedUpstream();
    const events = STREAM_START + delta('one') + event('error', { error: { type: 'overloaded_error', message: 'Overloaded' } });
    up.answer(OPUS, sse(events));
    const svc = servicesFor(up.url);
    expect(await (await post((await relaying(svc, true)).url)).text()).toBe(events);
    expect(await metric(svc, 'gateway_upstream_errors_total', { model: OPUS, code: 'stream_overloaded' })).toBe(1);
  });

  it('an upstream silent past streamIdleTimeoutMs is cut with an error event, counted as a timeout', async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, sse(STREAM_START + delta('one'), false));
    const svc = servicesFor(up.url, { upstream: { streamIdleTimeoutMs: 50 } });
    const stream = await openStream(svc, up);
    const text = await stream.rest();
    expect(errorEvents(text)).toEqual([{ type: 'api_error', message: 'Upstream stream went silent' }]);
    expect(await metric(svc, 'gateway_upstream_errors_total', { model: OPUS, code: 'timeout' })).toBe(1);
  });

  it('a stream cut at the drain deadline ends with its own error event, not held against the model', async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, sse(STREAM_START + delta('one'), false));
    const svc = servicesFor(up.url);
    const stream = await openStream(svc, up);
    await vi.waitFor(() => expect(svc.openStreams.size).toBe(1), { timeout: 10_000, interval: 5 });
    svc.openStreams.cutAll();
    const text = await stream.rest();
    expect(errorEvents(text)).toEqual([{ type: 'api_error', message: 'The gateway is shutting down; the stream was cut' }]);
    expect(svc.breakers.views().find((v) => v.model === OPUS)?.state).toBe('closed');
    expect(await metric(svc, 'gateway_upstream_errors_total', { model: OPUS })).toBeUndefined();
  });
});
