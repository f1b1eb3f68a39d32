import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { compileConfig } from '../../src/config/compiled.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics/registry.js';
import { account } from '../../src/pipeline/account.js';
import { ClientGone } from '../../src/pipeline/client-gone.js';
import { ResponseHeaders } from '../../src/pipeline/response-headers.js';
import type { RequestContext } from '../../src/pipeline/context.js';
import type { Services } from '../../src/services.js';
import { MODELS, testConfig } from '../helpers/config.js';
import { metricValue } from '../helpers/metrics.js';

/** A fake context as `account` sees it at the end of a request; no server, no upstream. */
function fakeContext(overrides: Partial<RequestContext>) {
  const metrics = createMetrics({ defaultMetrics: false });
  const services = { metrics, logger: createLogger({ level: 'silent' }) } as unknown as Services;
  const conf = compileConfig(testConfig());
  const ctx: RequestContext = {
    id: 'req_gw_test',
    req: {} as IncomingMessage,
    res: {} as ServerResponse,
    conf,
    services,
    clientGone: new ClientGone(),
    headers: new ResponseHeaders(),
    timings: { arrivedAt: 1_000, upstreamSentAt: 1_002, upstreamEndedAt: 1_500, firstTokenAt: 1_100, finishedAt: 1_501 },
    kind: 'messages',
    stream: true,
    org: conf.orgsById.get('search'),
    route: { tier: 'sonnet', model: MODELS.sonnet, chain: [MODELS.sonnet], route: 'alias', reason: 'alias sonnet' },
    model: MODELS.sonnet,
    status: 200,
    usage: { inputTokens: 1000, outputTokens: 200, cacheCreationInputTokens: 400, cacheReadInputTokens: 3000, cacheCreation1hInputTokens: 100, iterations: undefined },
    ...overrides,
  };
  return { ctx, metrics };
}

describe('account: metrics and budget settlement at the end of a request', () => {
  it('prices each kind of token and excludes upstream time from overhead', async () => {
    const { ctx, metrics } = fakeContext({});
    const settled: unknown[] = [];
    account(ctx, { headers: {}, queuedMs: 0, settle: (u) => settled.push(u) }, undefined);
    const text = await metrics.registry.metrics();
    // sonnet: input 3, output 15, 5m write 3.75, 1h write 2x input = 6, read 0.30 (USD per million)
    const expected = (1000 * 3 + 200 * 15 + 300 * 3.75 + 100 * 6 + 3000 * 0.3) / 1e6;
    expect(metricValue(text, 'gateway_cost_usd_total', { org: 'search', model: MODELS.sonnet })).toBeCloseTo(expected, 12);
    expect(metricValue(text, 'gateway_tokens_total', { type: 'cache_read' })).toBe(3000);
    expect(metricValue(text, 'gateway_tokens_total', { type: 'cache_write' })).toBe(400);
    // overhead = (1002 - 1000) + (1501 - 1500) ms = 3 ms
    expect(metricValue(text, 'gateway_overhead_seconds_sum')).toBeCloseTo(0.003, 9);
    expect(metricValue(text, 'gateway_time_to_first_token_seconds_sum', { model: MODELS.sonnet })).toBeCloseTo(0.1, 9);
    expect(settled).toEqual([{ inputTokens: 1000, cacheCreationInputTokens: 400, outputTokens: 200 }]);
  });

  it('settles a failed request without usage, and never labels an unknown model', async () => {
    const { ctx, metrics } = fakeContext({ status: 400, model: undefined, route: undefined, usage: undefined });
    const settled: unknown[] = [];
    account(ctx, { headers: {}, queuedMs: 0, settle: (u) => settled.push(u) }, undefined);
    expect(settled).toEqual([undefined]);
    const text = await metrics.registry.metrics();
    expect(metricValue(text, 'gateway_requests_total', { org: 'search', model: 'none', tier: 'none', code: '400' })).toBe(1);
  });
});
