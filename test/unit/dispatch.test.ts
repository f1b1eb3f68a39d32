import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { dispatch, type DispatchInput } from '../../src/pipeline/dispatch.js';
import { MODELS } from '../helpers/config.js';
import {
  contextFor,
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
  STREAM_END,
  STREAM_START,
} from './pipeline-harness.js';

const { opus: OPUS, sonnet: SONNET, haiku: HAIKU } = MODELS;

const input = (chain?: readonly string[]): DispatchInput => ({
  decision: decision(chain),
  bodyFor: (model) => JSON.stringify({ model, max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }),
  inputTokens: 10,
  maxTokens: 10,
});

/** The GatewayError dispatch rejects with. */
async function refusal(promise: Promise<unknown>): Promise<GatewayError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GatewayError);
  return err as GatewayError;
}

describe('dispatch walks the fallback chain', () => {
  it('past an overloaded model to the next, in chain order, and says who answered', async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, overloaded());
    up.answer(SONNET, message(SONNET));
    const svc = servicesFor(up.url);
    const ctx = contextFor(svc);
    const answer = await dispatch(ctx, input());
    answer.release(answer.usage);
    expect(up.asked).toEqual([OPUS, SONNET]);
    expect(answer.model).toBe(SONNET);
    expect(answer.status).toBe(200);
    expect(JSON.parse(Buffer.concat(answer.held).toString()).model).toBe(SONNET);
    expect(await metric(svc, 'gateway_fallbacks_total', { from: OPUS, to: SONNET, reason: '529' })).toBe(1);
  });

  it('a stream overloaded before its first content falls back too; the answer held is the next model\'s', async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, sse(STREAM_START + event('error', { error: { type: 'overloaded_error', message: 'Overloaded' } })));
    up.answer(SONNET, sse(STREAM_START + delta('hello') + STREAM_END));
    const svc = servicesFor(up.url);
    const answer = await dispatch(contextFor(svc, { stream: true }), input());
    answer.release();
    expect(up.asked).toEqual([OPUS, SONNET]);
    expect(answer.model).toBe(SONNET);
    expect(Buffer.concat(answer.held).toString()).toContain('hello');
  });

  it('hands any other answer, a 4xx included, back at once, without counting it against the breaker', async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, json(400, { type: 'error', error: { type: 'invalid_request_error', message: 'bad' } }));
    const svc = servicesFor(up.url, { breaker: { volumeThreshold: 2 } });
    for (let i = 0; i < 3; i++) {
      const answer = await dispatch(contextFor(svc), input());
      answer.release();
      expect(answer.status).toBe(400);
      expect(answer.model).toBe(OPUS);
    }
    expect(up.asked).toEqual([OPUS, OPUS, OPUS]);
    expect(svc.breakers.state(OPUS)).toBe('closed');
    expect(await metric(svc, 'gateway_upstream_errors_total', { model: OPUS, code: '400' })).toBe(3);
  });

  it('does not call a model whose breaker is open: the walk moves on, reason circuit_open', async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, overloaded());
    up.answer(SONNET, message(SONNET));
    const svc = servicesFor(up.url, { breaker: { volumeThreshold: 2, resetTimeoutMs: 600_000, maxResetTimeoutMs: 600_000 } });
    for (let i = 0; i < 2; i++) (await dispatch(contextFor(svc), input())).release();
    expect(svc.breakers.state(OPUS)).toBe('open');
    up.asked.length = 0;
    const answer = await dispatch(contextFor(svc), input());
    answer.release();
    expect(up.asked).toEqual([SONNET]);
    expect(answer.model).toBe(SONNET);
    expect(await metric(svc, 'gateway_fallbacks_total', { from: OPUS, to: SONNET, reason: 'circuit_open' })).toBe(1);
  });

  it('stops after fallback.maxAttempts models', async () => {
    const up = await scriptedUpstream();
    for (const model of [OPUS, SONNET, HAIKU]) up.answer(model, overloaded());
    const svc = servicesFor(up.url, { fallback: { maxAttempts: 2 } });
    const err = await refusal(dispatch(contextFor(svc), input()));
    expect(err.status).toBe(529);
    expect(up.asked).toEqual([OPUS, SONNET]);
  });

  it('does not try a fallback beyond the next model\'s fallback budget', async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, overloaded());
    up.answer(SONNET, message(SONNET));
    const svc = servicesFor(up.url, { fallback: { budget: { minConcurrent: 0, percent: 0 } } });
    const err = await refusal(dispatch(contextFor(svc), input()));
    expect(err.status).toBe(529);
    expect(err.message).toMatch(/fallback budget for claude-sonnet-4-6 exhausted/);
    expect(up.asked).toEqual([OPUS]);
  });
});

describe('dispatch when no model answers', () => {
  it('every model overloaded: 529 overloaded_error with the shortest retry-after the upstream offered', async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, overloaded({ 'retry-after': '7' }));
    up.answer(SONNET, overloaded({ 'retry-after': '3' }));
    up.answer(HAIKU, overloaded());
    const err = await refusal(dispatch(contextFor(servicesFor(up.url)), input()));
    expect(up.asked).toEqual([OPUS, SONNET, HAIKU]);
    expect(err.status).toBe(529);
    expect(err.type).toBe('overloaded_error');
    expect(err.headers['retry-after']).toBe('3');
  });

  it('only rate limits in the way: 429 rate_limit_error with retry-after', async () => {
    const up = await scriptedUpstream();
    const limited = json(429, { type: 'error', error: { type: 'rate_limit_error', message: 'slow down' } }, { 'retry-after': '2' });
    for (const model of [OPUS, SONNET, HAIKU]) up.answer(model, limited);
    const err = await refusal(dispatch(contextFor(servicesFor(up.url)), input()));
    expect(err.status).toBe(429);
    expect(err.type).toBe('rate_limit_error');
    expect(err.headers['retry-after']).toBe('2');
  });

  it('the last model unreachable: 502 with a message of the gateway\'s own', async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, (res) => res.socket?.destroy());
    const err = await refusal(dispatch(contextFor(servicesFor(up.url)), input([OPUS])));
    expect(err.status).toBe(502);
    expect(err.message).toBe('The upstream API could not be reached, or dropped the connection.');
  });

  it("the caller's own deadline (x-stainless-timeout) passing: 504, and no breaker hears of it", async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, () => undefined); // never answers
    const svc = servicesFor(up.url, { breaker: { volumeThreshold: 1 } });
    const err = await refusal(dispatch(contextFor(svc, { headers: { 'x-stainless-timeout': '0.2' } }), input()));
    expect(err.status).toBe(504);
    expect(err.message).toMatch(/deadline the caller set/);
    expect(svc.breakers.state(OPUS)).toBe('closed');
  });
});

describe('the answer dispatch returns', () => {
  it("holds the answering model's fallback slot until release, which may be called more than once", async () => {
    const up = await scriptedUpstream();
    up.answer(OPUS, overloaded());
    up.answer(SONNET, message(SONNET));
    const svc = servicesFor(up.url);
    const inflight = (model: string): Promise<number | undefined> => metric(svc, 'gateway_upstream_inflight_requests', { model });
    const answer = await dispatch(contextFor(svc), input());
    expect(await inflight(SONNET)).toBe(1);
    expect(await inflight(OPUS)).toBe(0); // the failed attempt gave its slot back
    answer.release(answer.usage);
    answer.release(answer.usage);
    expect(await inflight(SONNET)).toBe(0);
  });

  it("sends the gateway's key, never the caller's, and passes the caller's anthropic-version", async () => {
    const up = await scriptedUpstream();
    const seen: { key?: string; version?: string }[] = [];
    up.answer(OPUS, (res, req) => {
      seen.push({ key: req.headers['x-api-key'] as string, version: req.headers['anthropic-version'] as string });
      message(OPUS)(res, req);
    });
    const svc = servicesFor(up.url);
    const ctx = contextFor(svc, { headers: { 'anthropic-version': '2023-06-01', 'x-api-key': 'callers-own-key' } });
    (await dispatch(ctx, input())).release();
    expect(seen).toEqual([{ key: 'sk-test', version: '2023-06-01' }]);
  });
});
