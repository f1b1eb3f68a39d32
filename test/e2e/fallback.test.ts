import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { metricValue } from '../helpers/metrics.js';

const ask = (model = 'opus', content = 'Plan a database migration.') =>
  ({ model, max_tokens: 100, messages: [{ role: 'user' as const, content }] });

/** 529 storms, mid-stream overloads and breaker recovery, driven through the simulator's controls. */
describe('circuit breakers and fallback', () => {
  let gw: TestGateway;
  let client: Anthropic;
  const sim = () => {
    const s = gw.gateway.simulator;
    if (!s) throw new Error('simulator expected');
    return s;
  };

  beforeAll(async () => {
    gw = await startTestGateway(
      testConfig({
        breaker: { tripOn: [529], errorThresholdPercentage: 50, volumeThreshold: 3, rollingWindowMs: 10_000, resetTimeoutMs: 400, maxResetTimeoutMs: 2_000 },
      }),
    );
    client = gw.client();
  });
  afterAll(() => gw.close());
  const streamOverloads = async (): Promise<number> =>
    metricValue(await gw.gateway.services.metrics.registry.metrics(), 'gateway_upstream_errors_total', { model: MODELS.opus, code: 'stream_overloaded' }) ?? 0;
  beforeEach(() => sim().reset());

  it('a 529 storm on Opus is answered by Sonnet with no client-visible error, then the breaker stops calling Opus', async () => {
    sim().setBehaviour(MODELS.opus, { overloadedRate: 1 });
    for (let i = 0; i < 8; i++) {
      const { data, response } = await client.messages.create(ask()).withResponse();
      expect(data.model).toBe(MODELS.sonnet);
      expect(response.headers.get('x-gateway-model')).toBe(MODELS.sonnet);
      expect(response.headers.get('x-gateway-fallback-from')).toBe(MODELS.opus);
      expect(response.headers.get('x-gateway-tier')).toBe('sonnet');
    }
    const opusCalls = sim().stats().requests[MODELS.opus] ?? 0;
    expect(opusCalls).toBeLessThanOrEqual(4);
    expect(gw.gateway.services.breakers.state(MODELS.opus)).toBe('open');
    const metrics = await gw.gateway.services.metrics.registry.metrics();
    expect(metricValue(metrics, 'gateway_circuit_state', { model: MODELS.opus })).toBe(2);
    expect(metricValue(metrics, 'gateway_fallbacks_total', { from: MODELS.opus, to: MODELS.sonnet, reason: 'circuit_open' })).toBeGreaterThan(0);
    expect(metricValue(metrics, 'gateway_fallbacks_total', { from: MODELS.opus, to: MODELS.sonnet, reason: '529' })).toBeGreaterThan(0);
  });

  it('the breaker recovers through half-open once Opus is healthy again', async () => {
    sim().setBehaviour(MODELS.opus, { overloadedRate: 0 });
    const breakers = gw.gateway.services.breakers;
    expect(breakers.state(MODELS.opus)).toBe('open');
    // The open period (at most maxResetTimeoutMs, 2 s) ends on the breaker's own timer; then one probe goes through.
    await expect.poll(() => breakers.state(MODELS.opus), { timeout: 15_000, interval: 20 }).toBe('halfOpen');
    expect((await client.messages.create(ask())).model).toBe(MODELS.opus);
    expect(breakers.state(MODELS.opus)).toBe('closed');
  });

  it('an org without fallback gets a proper 529 overloaded_error with retry-after', async () => {
    sim().setBehaviour(MODELS.sonnet, { overloadedRate: 1 });
    const err = await gw.client(KEYS.batch).messages.create(ask('sonnet')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.InternalServerError);
    const apiErr = err as InstanceType<typeof Anthropic.APIError>;
    expect(apiErr.status).toBe(529);
    expect((apiErr.error as { error: { type: string } }).error.type).toBe('overloaded_error');
    expect(Number(apiErr.headers?.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('a mid-stream overload before content falls back transparently: one clean stream from Sonnet', async () => {
    sim().setBehaviour(MODELS.opus, { midStreamOverloadRate: 1, midStreamOverloadAt: 'before_content' });
    const stream = client.messages.stream({ ...ask(), stream: true });
    const events: string[] = [];
    stream.on('streamEvent', (e) => events.push(e.type));
    const message = await stream.finalMessage();
    expect(message.model).toBe(MODELS.sonnet);
    expect(events.filter((e) => e === 'message_start')).toHaveLength(1);
    expect(events.at(-1)).toBe('message_stop');
    const response = (await stream.withResponse()).response;
    expect(response.headers.get('x-gateway-fallback-from')).toBe(MODELS.opus);
  });

  it('a mid-stream overload after content ends in a clean SDK error, not a silent close', async () => {
    sim().setBehaviour(MODELS.opus, { midStreamOverloadRate: 1, midStreamOverloadAt: 'after_content' });
    const stream = client.messages.stream(ask('opus', 'Write a long essay.'));
    const texts: string[] = [];
    stream.on('text', (t) => texts.push(t));
    const err = await stream.finalMessage().catch((e: unknown) => e);
    expect(texts.length).toBeGreaterThan(0);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect(String((err as Error).message)).toContain('overloaded_error');
    // ...and it counts against the model's breaker (here the whole stream came in one read).
    expect(await streamOverloads()).toBe(1);
  });

  it('the same overload in a paced stream, relayed event by event, counts against the breaker too', async () => {
    const fresh = await startTestGateway(); // the earlier tests' failures leave Opus's breaker open here
    try {
      fresh.gateway.simulator!.setBehaviour(MODELS.opus, { midStreamOverloadRate: 1, midStreamOverloadAt: 'after_content', tokensPerSecond: 400 });
      const err = await fresh.client().messages.stream(ask('opus', 'Write a long essay.')).finalMessage().catch((e: unknown) => e);
      expect(String((err as Error).message)).toContain('overloaded_error');
      const metrics = await fresh.gateway.services.metrics.registry.metrics();
      expect(metricValue(metrics, 'gateway_upstream_errors_total', { model: MODELS.opus, code: 'stream_overloaded' })).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('every model open gives 529 with retry-after from the earliest reset', async () => {
    for (const model of Object.values(MODELS)) sim().setBehaviour(model, { overloadedRate: 1 });
    const breakers = gw.gateway.services.breakers;
    const allOpen = () => Object.values(MODELS).every((m) => breakers.state(m) === 'open');
    // Earlier successes in the rolling window dilute the error rate, so it takes a few failures more.
    const errors: unknown[] = [];
    for (let i = 0; i < 30 && !allOpen(); i++) errors.push(await client.messages.create(ask()).catch((e: unknown) => e));
    expect(allOpen()).toBe(true);
    for (const err of errors) expect((err as InstanceType<typeof Anthropic.APIError>).status).toBe(529);
    const before = sim().stats().requests;
    const last = errors.at(-1) as InstanceType<typeof Anthropic.APIError>;
    const retryAfter = Number(last.headers?.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3);
    // With every breaker open the gateway answers at once, without calling any model.
    await client.messages.create(ask()).catch(() => undefined);
    expect(sim().stats().requests).toEqual(before);
  });

  it('an upstream 429 on one model class falls back to the next and honours its retry-after', async () => {
    // A gateway of its own: the learned retry-after would otherwise shape the other tests.
    const own = await startTestGateway();
    const sim = own.gateway.simulator;
    if (!sim) throw new Error('simulator expected');
    const client = own.client();
    sim.setBehaviour(MODELS.sonnet, { rateLimitedRate: 1, retryAfterSeconds: 30 });
    const first = await client.messages.create(ask('sonnet')).withResponse();
    expect(first.data.model).toBe(MODELS.haiku);
    expect(first.response.headers.get('x-gateway-fallback-from')).toBe(MODELS.sonnet);
    const sonnetCalls = sim.stats().requests[MODELS.sonnet];
    const second = await client.messages.create(ask('sonnet'));
    expect(second.model).toBe(MODELS.haiku);
    // Within the retry-after window the gateway does not even ask Sonnet again.
    expect(sim.stats().requests[MODELS.sonnet]).toBe(sonnetCalls);
    // A 429 never counts against the breaker.
    expect(own.gateway.services.breakers.state(MODELS.sonnet)).toBe('closed');
    await own.close();
  });
  it('an attempt that times out is cancelled upstream and the request falls back', async () => {
    const own = await startTestGateway(testConfig({ upstream: { baseUrl: 'sim', attemptTimeoutMs: 300 } }));
    const sim = own.gateway.simulator;
    if (!sim) throw new Error('simulator expected');
    sim.setBehaviour(MODELS.opus, { latencyMs: 5_000 });
    const stream = own.client().messages.stream(ask());
    const message = await stream.finalMessage();
    expect(message.model).toBe(MODELS.sonnet);
    expect((await stream.withResponse()).response.headers.get('x-gateway-fallback-from')).toBe(MODELS.opus);
    // The slow Opus call was aborted, not left running.
    await expect.poll(() => sim.stats().inFlight, { timeout: 5_000, interval: 10 }).toBe(0);
    const metrics = await own.gateway.services.metrics.registry.metrics();
    expect(metricValue(metrics, 'gateway_fallbacks_total', { from: MODELS.opus, to: MODELS.sonnet, reason: 'timeout' })).toBe(1);
    await own.close();
  });
});
