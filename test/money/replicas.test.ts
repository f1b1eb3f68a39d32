import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, testConfig } from '../helpers/config.js';
import { metricValue } from '../helpers/metrics.js';
import { spawnGateway, type GatewayProcess } from '../helpers/process.js';
import { redisTestsEnabled, startRedis, type TestRedis } from '../helpers/redis.js';
import { withUsd } from './support.js';

const run = promisify(execFile);
const FEATURES = ['chat', 'code', 'search'];
const MODELS = ['haiku', 'sonnet', 'opus', 'auto'];
const MAX_TOKENS = 1_500;
/** The dearest request possible here: all of max_tokens at Opus's $25/M, plus a few hundred input tokens at $5/M. */
const ONE_REQUEST_USD = (MAX_TOKENS * 25 + 500 * 5) / 1e6;

/**
 * The done-when test of the USD limit: three `gateway serve` processes on one real Redis, driven by the
 * official SDK with mixed models, features and streams, spend an org's `usd.daily: 1` together; the
 * limit holds to within one request, and a restart of all three keeps the spend.
 */
describe.runIf(redisTestsEnabled)('USD limit across three gateway processes', () => {
  let redis: TestRedis;
  let configPath: string;
  let gateways: GatewayProcess[] = [];

  const startAll = async (): Promise<void> => {
    gateways = await Promise.all([0, 1, 2].map(() => spawnGateway(configPath)));
  };
  const stopAll = async (): Promise<void> => {
    await Promise.all(
      gateways.map((g) => {
        g.child.kill('SIGTERM');
        return g.exited;
      }),
    );
  };

  beforeAll(async () => {
    redis = await startRedis();
    const config = testConfig({
      limits: { redis: { url: redis.url, prefix: 'replicas' } },
      orgs: withUsd({ search: { usd: { daily: 1 }, features: FEATURES } }),
    });
    configPath = join(mkdtempSync(join(tmpdir(), 'gw-money-')), 'gateway.json');
    writeFileSync(configPath, JSON.stringify(config));
    await startAll();
  });
  afterAll(async () => {
    await stopAll();
    await redis?.stop();
  });

  async function worker(id: number): Promise<{ admitted: number; limitMessage: string | undefined }> {
    let admitted = 0;
    for (let i = 0; i < 200; i++) {
      const n = id * 1_000 + i;
      const gateway = gateways[n % 3] as GatewayProcess;
      const client = new Anthropic({ baseURL: gateway.url, apiKey: KEYS.search, maxRetries: 0, defaultHeaders: { 'x-gateway-feature': FEATURES[n % 4] ?? 'unlisted' } });
      const params = {
        model: MODELS[n % MODELS.length] as string,
        max_tokens: MAX_TOKENS,
        messages: [{ role: 'user' as const, content: `Request ${n}: explain the design. [sim:tokens=${200 + ((n * 137) % 1_200)}]` }],
      };
      try {
        if (n % 2 === 0) await client.messages.stream(params).finalMessage();
        else await client.messages.create(params);
        admitted++;
      } catch (err) {
        if (!(err instanceof Anthropic.RateLimitError)) throw err;
        const message = (err.error as { error?: { message?: string } }).error?.message ?? '';
        if (message.includes('reached')) return { admitted, limitMessage: message };
        await new Promise((r) => setTimeout(r, 50)); // the rest is held by requests in flight
      }
    }
    return { admitted, limitMessage: undefined };
  }

  async function cliSpend(by: string): Promise<Array<Record<string, unknown> & { cost_usd: number; requests: number }>> {
    const { stdout } = await run(process.execPath, [resolve('dist/cli.js'), 'spend', '--config', configPath, '--by', by, '--format', 'json']);
    return JSON.parse(stdout) as Array<Record<string, unknown> & { cost_usd: number; requests: number }>;
  }

  async function metricsTotal(feature: string): Promise<number> {
    let total = 0;
    for (const g of gateways) total += metricValue(await (await fetch(`${g.url}/metrics`)).text(), 'gateway_feature_cost_usd_total', { org: 'search', feature }) ?? 0;
    return total;
  }

  it('keeps the org within one request of $1.00 in total, and the ledger by feature equals the metrics', async () => {
    const results = await Promise.all([0, 1, 2, 3, 4, 5].map(worker));
    for (const r of results) expect(r.limitMessage).toMatch(/^USD daily limit of org "search" reached: \$1\.\d{4} spent of \$1\.0000\. It resets at /);
    const admitted = results.reduce((s, r) => s + r.admitted, 0);

    // Settlement follows each answer by a moment: wait (bounded) until the ledger holds every request.
    await expect.poll(async () => (await cliSpend('org'))[0]?.requests, { timeout: 10_000, interval: 100 }).toBe(admitted);
    const byOrg = await cliSpend('org');
    expect(byOrg).toHaveLength(1);
    expect(byOrg[0]?.requests).toBe(admitted);
    const total = byOrg[0]?.cost_usd ?? 0;
    expect(total).toBeGreaterThanOrEqual(1);
    expect(total).toBeLessThanOrEqual(1 + ONE_REQUEST_USD);

    const byFeature = await cliSpend('feature');
    expect(byFeature.map((r) => r.feature).sort()).toEqual(['chat', 'code', 'other', 'search']);
    for (const row of byFeature) expect(row.cost_usd).toBeCloseTo(await metricsTotal(row.feature as string), 8);

    const logLine = await gateways[0]!.waitForLog((l) => l.msg === 'request' && l.feature === 'code' && typeof l.costUsd === 'number' && l.costUsd > 0);
    expect(logLine.org).toBe('search');
  });

  it('a restart of all three keeps the spend: the org is still refused, the ledger unchanged', async () => {
    const before = await cliSpend('org');
    await stopAll();
    await startAll();
    const client = new Anthropic({ baseURL: gateways[1]!.url, apiKey: KEYS.search, maxRetries: 0 });
    const err = await client.messages.create({ model: 'haiku', max_tokens: 10, messages: [{ role: 'user', content: 'after restart' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    expect((err as InstanceType<typeof Anthropic.RateLimitError>).headers?.get('x-gateway-budget-remaining-usd')).toBe('0.000000');
    expect(await cliSpend('org')).toEqual(before);
    // Another org of the same gateways is not touched by search's limit.
    await expect(new Anthropic({ baseURL: gateways[2]!.url, apiKey: KEYS.batch, maxRetries: 0 }).messages.create({ model: 'haiku', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })).resolves.toMatchObject({ type: 'message' });
  });
});
