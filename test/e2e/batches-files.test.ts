import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startGateway, type Gateway } from '../../src/server.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';
import { metricValue } from '../helpers/metrics.js';

const user = (text: string): { role: 'user'; content: string }[] => [{ role: 'user', content: text }];

/**
 * Message Batches and Files through the gateway with the official SDK: each org sees only its own,
 * and ownership (without Redis) outlives a restart of the gateway.
 */
describe('Message Batches and Files through the gateway', () => {
  // The upstream outlives gateway restarts, as Anthropic does: one simulator for every gateway started here.
  let sim: Simulator;
  let gw: Gateway;
  let search: Anthropic;
  let other: Anthropic;
  const dataDir = mkdtempSync(join(tmpdir(), 'gateway-ownership-'));
  const start = (): Promise<Gateway> =>
    startGateway({
      config: testConfig({ server: { port: 0, host: '127.0.0.1', dataDir }, upstream: { baseUrl: sim.url } }),
      apiKey: 'sim-key',
      port: 0,
      host: '127.0.0.1',
      logger: createLogger({ level: 'silent' }),
    });
  const client = (g: Gateway, key: string): Anthropic => new Anthropic({ baseURL: g.url, apiKey: key, maxRetries: 0 });
  const metric = async (name: string, labels: Record<string, string>): Promise<number> =>
    metricValue(await (await fetch(`${gw.url}/metrics`)).text(), name, labels) ?? 0;

  beforeAll(async () => {
    sim = await startSimulator({ knownModels: Object.values(MODELS), batchDurationMs: 3_600_000 });
    gw = await start();
    search = client(gw, KEYS.search);
    other = client(gw, KEYS.batch);
  });
  afterAll(async () => {
    await gw.drain(1_000);
    await sim.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('drives a batch from create (auto and alias items routed) to results, and counts its cost at half price once', async () => {
    const batch = await search.messages.batches.create({
      requests: [
        { custom_id: 'easy', params: { model: 'auto', max_tokens: 40, messages: user('Say hi.') } },
        { custom_id: 'alias', params: { model: 'sonnet', max_tokens: 40, messages: user('Name a colour.') } },
      ],
    });
    expect(batch.processing_status).toBe('in_progress');
    const sent = sim.recorded().find((r) => r.url.startsWith('/v1/messages/batches') && r.method === 'POST');
    const models = (JSON.parse(sent?.body ?? '{}') as { requests: { params: { model: string } }[] }).requests.map((r) => r.params.model);
    expect(models).toEqual([MODELS.haiku, MODELS.sonnet]);

    sim.endBatches();
    const ended = await search.messages.batches.retrieve(batch.id);
    expect(ended.processing_status).toBe('ended');
    expect(ended.results_url).toBe(`${gw.url}/v1/messages/batches/${batch.id}/results`);

    const costBefore = await metric('gateway_cost_usd_total', { org: 'search', model: MODELS.sonnet });
    const read = async (): Promise<Map<string, string>> => {
      const seen = new Map<string, string>();
      for await (const item of await search.messages.batches.results(batch.id)) {
        seen.set(item.custom_id, item.result.type === 'succeeded' ? item.result.message.model : item.result.type);
      }
      return seen;
    };
    expect(Object.fromEntries(await read())).toEqual({ easy: MODELS.haiku, alias: MODELS.sonnet });
    const costAfter = await metric('gateway_cost_usd_total', { org: 'search', model: MODELS.sonnet });
    expect(costAfter).toBeGreaterThan(costBefore);
    await read();
    expect(await metric('gateway_cost_usd_total', { org: 'search', model: MODELS.sonnet })).toBe(costAfter);
    expect(await metric('gateway_requests_total', { org: 'search', route: 'batch', code: '200' })).toBeGreaterThan(0);
  });

  it('refuses a whole batch whose item the org may not use, naming its custom_id, before it leaves', async () => {
    const creates = (): number => sim.recorded().filter((r) => r.method === 'POST' && r.url.startsWith('/v1/messages/batches')).length;
    const before = creates();
    const refused = other.messages.batches.create({
      requests: [
        { custom_id: 'fine', params: { model: 'haiku', max_tokens: 10, messages: user('ok') } },
        { custom_id: 'too-big', params: { model: 'opus', max_tokens: 10, messages: user('no') } },
      ],
    });
    await expect(refused).rejects.toMatchObject({ status: 400, error: { error: { message: expect.stringContaining('custom_id "too-big"') } } });
    expect(creates()).toBe(before);
  });

  it('cancels and deletes a batch', async () => {
    const batch = await search.messages.batches.create({ requests: [{ custom_id: 'a', params: { model: 'haiku', max_tokens: 10, messages: user('a') } }] });
    expect((await search.messages.batches.cancel(batch.id)).processing_status).toBe('canceling');
    sim.endBatches();
    const ended = await search.messages.batches.retrieve(batch.id);
    expect(ended.processing_status).toBe('ended');
    expect((await search.messages.batches.delete(batch.id)).type).toBe('message_batch_deleted');
    await expect(search.messages.batches.retrieve(batch.id)).rejects.toMatchObject({ status: 404 });
  });

  it("walls each org off: another org gets 404 on every call about the first org's batch, and an empty list", async () => {
    const batch = await search.messages.batches.create({ requests: [{ custom_id: 'x', params: { model: 'haiku', max_tokens: 10, messages: user('x') } }] });
    sim.endBatches();
    await expect(other.messages.batches.retrieve(batch.id)).rejects.toMatchObject({ status: 404 });
    const results = await other.get(`/v1/messages/batches/${batch.id}/results`).then(
      () => 200,
      (err: { status: number }) => err.status,
    );
    expect(results).toBe(404);
    await expect(other.messages.batches.cancel(batch.id)).rejects.toMatchObject({ status: 404 });
    await expect(other.messages.batches.delete(batch.id)).rejects.toMatchObject({ status: 404 });
    expect((await other.messages.batches.list()).data).toEqual([]);
    expect((await search.messages.batches.retrieve(batch.id)).id).toBe(batch.id);
  });

  it('pages an org’s own batches newest first with limit, after_id and before_id', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.unshift((await other.messages.batches.create({ requests: [{ custom_id: `p${i}`, params: { model: 'haiku', max_tokens: 5, messages: user('p') } }] })).id);
    }
    const first = await other.messages.batches.list({ limit: 2 });
    expect(first.data.map((b) => b.id)).toEqual(ids.slice(0, 2));
    expect(first.has_more).toBe(true);
    const second = await other.messages.batches.list({ limit: 2, after_id: ids[1] });
    expect(second.data.map((b) => b.id)).toEqual([ids[2]]);
    expect(second.has_more).toBe(false);
    const back = await other.messages.batches.list({ limit: 5, before_id: ids[2] });
    expect(back.data.map((b) => b.id)).toEqual(ids.slice(0, 2));
    const all: string[] = [];
    for await (const b of other.messages.batches.list({ limit: 1 })) all.push(b.id);
    expect(all).toEqual(ids);
  });

  it('passes the Files API through, walls files off per org, and refuses a message citing another org’s file before it leaves', async () => {
    const bytes = Buffer.from('quarterly report: \u00e9\u00e8 \x00\x01 binary');
    const file = await search.beta.files.upload({ file: new File([bytes], 'report.txt', { type: 'text/plain' }) });
    expect(file).toMatchObject({ filename: 'report.txt', size_bytes: bytes.length });
    expect((await search.beta.files.retrieveMetadata(file.id)).id).toBe(file.id);
    expect((await search.beta.files.list()).data.map((f) => f.id)).toEqual([file.id]);
    const downloaded = Buffer.from(await (await search.beta.files.download(file.id)).arrayBuffer());
    expect(downloaded.equals(bytes)).toBe(true);

    await expect(other.beta.files.retrieveMetadata(file.id)).rejects.toMatchObject({ status: 404 });
    await expect(other.beta.files.download(file.id)).rejects.toMatchObject({ status: 404 });
    await expect(other.beta.files.delete(file.id)).rejects.toMatchObject({ status: 404 });
    expect((await other.beta.files.list()).data).toEqual([]);

    const citing = (client: Anthropic) =>
      client.beta.messages.create({
        model: 'haiku',
        max_tokens: 20,
        betas: ['files-api-2025-04-14'],
        messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'file', file_id: file.id } }, { type: 'text', text: 'Summarise.' }] }],
      });
    const upstreamCalls = (): number => sim.stats().requests[MODELS.haiku] ?? 0;
    const before = upstreamCalls();
    await expect(citing(other)).rejects.toMatchObject({ status: 404 });
    expect(upstreamCalls()).toBe(before);
    // The same citation with its key spelled with a JSON escape (`file\u005fid` reads `file_id`) is seen too.
    const escaped = JSON.stringify({ model: 'haiku', max_tokens: 20, messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'file', file_id: file.id } }] }] }).replace('"file_id"', '"file\\u005fid"');
    const sent = await fetch(`${gw.url}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': KEYS.batch, 'anthropic-version': '2023-06-01' }, body: escaped });
    expect(sent.status).toBe(404);
    expect(upstreamCalls()).toBe(before);
    expect((await citing(search)).type).toBe('message');

    await search.beta.files.delete(file.id);
    await expect(search.beta.files.retrieveMetadata(file.id)).rejects.toMatchObject({ status: 404 });
  });

  it('after a restart without Redis, the first org still reads its batch results and the second still cannot', async () => {
    const batch = await search.messages.batches.create({ requests: [{ custom_id: 'kept', params: { model: 'haiku', max_tokens: 10, messages: user('k') } }] });
    sim.endBatches();
    await gw.drain(1_000);
    gw = await start();
    const ready = await fetch(`${gw.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ownership: { store: 'sqlite', healthy: true } });
    const items: string[] = [];
    for await (const item of await client(gw, KEYS.search).messages.batches.results(batch.id)) items.push(`${item.custom_id}:${item.result.type}`);
    expect(items).toEqual(['kept:succeeded']);
    await expect(client(gw, KEYS.batch).messages.batches.retrieve(batch.id)).rejects.toMatchObject({ status: 404 });
  });
});
