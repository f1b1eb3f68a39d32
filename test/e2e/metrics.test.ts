import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricNamesUsedByDashboards } from '../deploy/metric-names.js';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { metricNames, metricValue } from '../helpers/metrics.js';

const CONTRACT_METRICS = [
  'gateway_requests_total',
  'gateway_request_duration_seconds',
  'gateway_time_to_first_token_seconds',
  'gateway_overhead_seconds',
  'gateway_tokens_total',
  'gateway_cost_usd_total',
  'gateway_routing_decisions_total',
  'gateway_fallbacks_total',
  'gateway_circuit_state',
  'gateway_upstream_errors_total',
  'gateway_ratelimit_rejections_total',
  'gateway_ratelimit_queue_depth',
  'gateway_inflight_requests',
];

const SIM_LATENCY_MS = 150;

/** Known traffic through a real gateway, then one scrape of /metrics over HTTP, checked value by value. */
describe('metrics after mixed traffic', () => {
  let gw: TestGateway;
  let scrape: string;
  const usages: Record<string, Anthropic.Usage[]> = {};
  const note = (model: string, usage: Anthropic.Usage) => (usages[model] ??= []).push(usage);

  beforeAll(async () => {
    gw = await startTestGateway(
      testConfig({ sim: { models: { '*': { latencyMs: SIM_LATENCY_MS } }, seed: 1 } }),
    );
    const sim = gw.gateway.simulator;
    const client = gw.client();

    const json = await client.messages.create({ model: 'haiku', max_tokens: 100, messages: [{ role: 'user', content: 'Hello [sim:tokens=10]' }] });
    note(json.model, json.usage);
    const streamed = await client.messages
      .stream({ model: 'sonnet', max_tokens: 100, messages: [{ role: 'user', content: 'Stream please [sim:tokens=20]' }] })
      .finalMessage();
    note(streamed.model, streamed.usage);
    const auto = await client.messages.create({ model: 'auto', max_tokens: 100, messages: [{ role: 'user', content: 'Translate "cat" to German.' }] });
    note(auto.model, auto.usage);

    sim?.setBehaviour(MODELS.opus, { overloadedRate: 1, latencyMs: 0 });
    const fellBack = await client.messages.create({ model: 'opus', max_tokens: 100, messages: [{ role: 'user', content: 'Prove it [sim:tokens=5]' }] });
    note(fellBack.model, fellBack.usage);
    sim?.reset();

    const tiny = gw.client(KEYS.tiny);
    const tinyAsk = { model: 'haiku', max_tokens: 10, messages: [{ role: 'user' as const, content: 'x [sim:tokens=3]' }] };
    for (let i = 0; i < 3; i++) note(MODELS.haiku, (await tiny.messages.create(tinyAsk)).usage);
    await expect(tiny.messages.create(tinyAsk)).rejects.toBeInstanceOf(Anthropic.RateLimitError);

    scrape = await (await fetch(`${gw.url}/metrics`)).text();
  });
  afterAll(() => gw.close());

  it('exports every contract metric and the default process metrics', () => {
    const names = metricNames(scrape);
    for (const name of CONTRACT_METRICS) expect(names).toContain(name);
    expect(names).toContain('process_cpu_seconds_total');
  });

  it('counts requests by org, tier, model, route and code, and routing decisions', () => {
    expect(metricValue(scrape, 'gateway_requests_total', { org: 'search', model: MODELS.haiku, route: 'alias', code: '200' })).toBe(1);
    expect(metricValue(scrape, 'gateway_requests_total', { org: 'search', model: MODELS.sonnet, code: '200' })).toBe(2);
    expect(metricValue(scrape, 'gateway_requests_total', { org: 'search', route: 'auto' })).toBe(1);
    expect(metricValue(scrape, 'gateway_requests_total', { org: 'tiny', code: '429' })).toBe(1);
    expect(metricValue(scrape, 'gateway_routing_decisions_total', { org: 'search', route: 'auto' })).toBe(1);
    expect(metricValue(scrape, 'gateway_routing_decisions_total', { org: 'search', tier: 'opus', route: 'alias' })).toBe(1);
  });

  it('counts tokens by type and cost at catalogue prices, exactly', () => {
    const prices = { [MODELS.haiku]: [1, 5, 1.25, 0.1], [MODELS.sonnet]: [3, 15, 3.75, 0.3] } as const;
    for (const [model, list] of Object.entries(usages)) {
      const orgs = model === MODELS.haiku ? ['search', 'tiny'] : ['search'];
      const sum = (key: keyof Anthropic.Usage) => list.reduce((s, u) => s + Number(u[key] ?? 0), 0);
      const tokens = (type: string) => orgs.reduce((s, org) => s + (metricValue(scrape, 'gateway_tokens_total', { org, model, type }) ?? 0), 0);
      expect(tokens('input')).toBe(sum('input_tokens'));
      expect(tokens('output')).toBe(sum('output_tokens'));
      expect(tokens('cache_read')).toBe(sum('cache_read_input_tokens'));
      expect(tokens('cache_write')).toBe(sum('cache_creation_input_tokens'));
      const [inP, outP, cwP, crP] = prices[model as keyof typeof prices];
      const expected =
        (sum('input_tokens') * inP + sum('output_tokens') * outP + sum('cache_creation_input_tokens') * cwP + sum('cache_read_input_tokens') * crP) / 1e6;
      const cost = orgs.reduce((s, org) => s + (metricValue(scrape, 'gateway_cost_usd_total', { org, model }) ?? 0), 0);
      expect(cost).toBeCloseTo(expected, 12);
    }
  });

  it('records fallbacks, upstream errors and breaker state', () => {
    expect(metricValue(scrape, 'gateway_fallbacks_total', { from: MODELS.opus, to: MODELS.sonnet, reason: '529' })).toBe(1);
    expect(metricValue(scrape, 'gateway_upstream_errors_total', { model: MODELS.opus, code: '529' })).toBe(1);
    for (const model of Object.values(MODELS)) expect(metricValue(scrape, 'gateway_circuit_state', { model })).toBe(0);
  });

  it('records the rate-limit rejection; queue depth and in-flight are back to 0', () => {
    expect(metricValue(scrape, 'gateway_ratelimit_rejections_total', { org: 'tiny', limit: 'rpm' })).toBe(1);
    expect(metricValue(scrape, 'gateway_ratelimit_queue_depth')).toBe(0);
    expect(metricValue(scrape, 'gateway_inflight_requests')).toBe(0);
  });

  it("labels latency with the status class, so fast 429s stay out of the successes' distribution", () => {
    expect(metricValue(scrape, 'gateway_request_duration_seconds_count', { org: 'tiny', code: '2xx' })).toBe(3);
    expect(metricValue(scrape, 'gateway_request_duration_seconds_count', { org: 'tiny', code: '4xx' })).toBe(1);
    expect(metricValue(scrape, 'gateway_request_duration_seconds_count', { org: 'search', code: '2xx' })).toBe(4);
  });

  it('measures TTFT on streams and keeps upstream time out of the overhead', () => {
    expect(metricValue(scrape, 'gateway_time_to_first_token_seconds_count', { model: MODELS.sonnet })).toBe(1);
    const ttft = metricValue(scrape, 'gateway_time_to_first_token_seconds_sum', { model: MODELS.sonnet }) ?? 0;
    expect(ttft).toBeGreaterThanOrEqual(SIM_LATENCY_MS / 1000);
    const count = metricValue(scrape, 'gateway_overhead_seconds_count') ?? 0;
    const sum = metricValue(scrape, 'gateway_overhead_seconds_sum') ?? 0;
    expect(count).toBe(7);
    const durationSum = metricValue(scrape, 'gateway_request_duration_seconds_sum', { org: 'search' }) ?? 0;
    // Each answered request spent >= SIM_LATENCY_MS upstream; none of that may show up as overhead.
    expect(durationSum).toBeGreaterThanOrEqual((3 * SIM_LATENCY_MS) / 1000);
    expect(sum / count).toBeLessThan(SIM_LATENCY_MS / 1000 / 2);
  });

  it('every metric the Grafana dashboard and alert rules query is exported by the running gateway', () => {
    const exported = new Set(metricNames(scrape));
    const missing = metricNamesUsedByDashboards().filter((name) => !exported.has(name));
    expect(missing).toEqual([]);
  });
});

describe('gateway_upstream_inflight_requests (what the HPA scales on)', () => {
  it('counts a streaming answer in flight to its model until it ends', async () => {
    const gw = await startTestGateway(testConfig({ sim: { models: { '*': { tokensPerSecond: 20 } } } }));
    const scrape = async () => (await fetch(`${gw.url}/metrics`)).text();
    try {
      expect(metricValue(await scrape(), 'gateway_upstream_inflight_requests', { model: MODELS.haiku })).toBe(0);
      const stream = gw.client().messages.stream({ model: 'haiku', max_tokens: 100, messages: [{ role: 'user', content: 'Count [sim:tokens=10]' }] });
      await new Promise<void>((resolve) => stream.once('text', () => resolve()));
      expect(metricValue(await scrape(), 'gateway_upstream_inflight_requests', { model: MODELS.haiku })).toBe(1);
      await stream.finalMessage();
      // The server frees the slot when the response closes, which may come just after the client has the last event.
      let after = await scrape();
      for (let i = 0; i < 50 && metricValue(after, 'gateway_upstream_inflight_requests', { model: MODELS.haiku }) !== 0; i++) after = await scrape();
      expect(metricValue(after, 'gateway_upstream_inflight_requests', { model: MODELS.haiku })).toBe(0);
    } finally {
      await gw.close();
    }
  });
});
