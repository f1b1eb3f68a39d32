import Anthropic, { APIError } from '@anthropic-ai/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { client, HEADERS, post, user } from './helpers.js';

const MODEL = 'claude-haiku-4-5';
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ knownModels: [MODEL] });
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

async function caught(p: Promise<unknown>): Promise<APIError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof APIError) return err;
    throw err;
  }
  throw new Error('expected an error');
}

describe('errors in Anthropic shape, mapped to the SDK classes', () => {
  it('400 on a missing field, naming it', async () => {
    const params = { model: MODEL, messages: user('hi') } as unknown as Anthropic.MessageCreateParamsNonStreaming;
    const err = await caught(client(sim).messages.create(params));
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect(err.status).toBe(400);
    expect(err.type).toBe('invalid_request_error');
    expect(err.apiMessage).toBe('max_tokens: Field required');
    expect(err.requestID).toMatch(/^req_sim_/);
    expect(err.error).toMatchObject({ type: 'error', request_id: err.requestID });
  });

  it('400 on wrong types and invalid JSON', async () => {
    const wrong = await post(sim, '/v1/messages', { model: MODEL, max_tokens: 'ten', messages: user('hi') });
    expect(wrong.status).toBe(400);
    const body = (await wrong.json()) as { type: string; error: { type: string; message: string }; request_id: string };
    expect(body.type).toBe('error');
    expect(body.error.message).toMatch(/^max_tokens: /);
    expect(body.request_id).toBe(wrong.headers.get('request-id'));
    const role = await post(sim, '/v1/messages', { model: MODEL, max_tokens: 5, messages: [{ role: 'robot', content: 'x' }] });
    expect(((await role.json()) as { error: { message: string } }).error.message).toBe("messages.0.role: Input should be 'user' or 'assistant'");
    const bad = await post(sim, '/v1/messages', '{"model": ');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');
  });

  it('401 without a key', async () => {
    const noKey = new Anthropic({ baseURL: sim.url, apiKey: 'x', maxRetries: 0, defaultHeaders: { Authorization: null } });
    const err = await caught(noKey.messages.create({ model: MODEL, max_tokens: 5, messages: user('hi') }));
    expect(err).toBeInstanceOf(Anthropic.AuthenticationError);
    expect(err.type).toBe('authentication_error');
    expect(err.requestID).toMatch(/^req_sim_/);
  });

  it('400 without anthropic-version', async () => {
    const { 'anthropic-version': _omit, ...headers } = HEADERS;
    const res = await post(sim, '/v1/messages', { model: MODEL, max_tokens: 5, messages: user('hi') }, headers);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/anthropic-version/);
  });

  it('404 for an unknown model and an unknown path', async () => {
    const err = await caught(client(sim).messages.create({ model: 'claude-nope', max_tokens: 5, messages: user('hi') }));
    expect(err).toBeInstanceOf(Anthropic.NotFoundError);
    expect(err.type).toBe('not_found_error');
    expect(err.apiMessage).toBe('model: claude-nope');
    const res = await fetch(`${sim.url}/v1/nothing`, { headers: HEADERS });
    expect(res.status).toBe(404);
    expect(res.headers.get('request-id')).toMatch(/^req_sim_/);
    expect(((await res.json()) as { error: { type: string } }).error.type).toBe('not_found_error');
  });

  it('429 with retry-after from the behaviour', async () => {
    sim.setBehaviour(MODEL, { rateLimitedRate: 1 });
    const err = await caught(client(sim).messages.create({ model: MODEL, max_tokens: 5, messages: user('hi') }));
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    expect(err.type).toBe('rate_limit_error');
    expect(err.headers?.get('retry-after')).toBe('1');
    expect(err.requestID).toMatch(/^req_sim_/);
    const limited = await startSimulator({ config: { models: { '*': { rateLimitedRate: 1 }, 'claude-limited': { retryAfterSeconds: 7 } } } });
    try {
      const res = await post(limited, '/v1/messages', { model: 'claude-limited', max_tokens: 5, messages: user('hi') });
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('7');
    } finally {
      await limited.close();
    }
  });

  it('529 overloaded_error, an InternalServerError to the SDK', async () => {
    sim.setBehaviour('*', { overloadedRate: 1 });
    const err = await caught(client(sim).messages.create({ model: MODEL, max_tokens: 5, messages: user('hi') }));
    expect(err).toBeInstanceOf(Anthropic.InternalServerError);
    expect(err.status).toBe(529);
    expect(err.type).toBe('overloaded_error');
    expect(err.error).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' }, request_id: err.requestID });
  });

  it('[sim:status=NNN] answers with that error', async () => {
    const err = await caught(client(sim).messages.create({ model: MODEL, max_tokens: 5, messages: user('fail [sim:status=500]') }));
    expect(err).toBeInstanceOf(Anthropic.InternalServerError);
    expect(err.status).toBe(500);
    expect(err.type).toBe('api_error');
    expect(sim.stats().responses['500']).toBe(1);
  });
});
