import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { client, post, user } from './helpers.js';

const HAIKU = 'claude-haiku-4-5';

/** The simulator's Message Batches, Files and OpenAI chat completions, driven by the official SDKs. */
describe('simulator: batches, files, chat completions', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator({ knownModels: [HAIKU], batchDurationMs: 3_600_000 });
  });
  afterAll(() => sim.close());

  it('runs a batch from in_progress to ended with succeeded, errored and expired results', async () => {
    const anthropic = client(sim);
    const created = await anthropic.messages.batches.create({
      requests: [
        { custom_id: 'ok', params: { model: HAIKU, max_tokens: 50, messages: user('hello') } },
        { custom_id: 'bad', params: { model: HAIKU, max_tokens: 50, messages: user('fail [sim:status=500]') } },
        { custom_id: 'late', params: { model: HAIKU, max_tokens: 50, messages: user('late [sim:batch_expire=1]') } },
        { custom_id: 'unknown', params: { model: 'claude-nope', max_tokens: 50, messages: user('x') } },
      ],
    });
    expect(created).toMatchObject({ type: 'message_batch', processing_status: 'in_progress', results_url: null });
    expect(created.request_counts.processing).toBe(4);
    expect(sim.endBatches()).toBe(1);

    const ended = await anthropic.messages.batches.retrieve(created.id);
    expect(ended.processing_status).toBe('ended');
    expect(ended.request_counts).toEqual({ processing: 0, succeeded: 1, errored: 2, canceled: 0, expired: 1 });
    expect(ended.results_url).toBe(`${sim.url}/v1/messages/batches/${created.id}/results`);
    expect((await anthropic.messages.batches.list()).data.find((b) => b.id === created.id)?.results_url).toBe(ended.results_url);
    const results = new Map<string, string>();
    for await (const item of await anthropic.messages.batches.results(created.id)) {
      results.set(item.custom_id, item.result.type);
      if (item.result.type === 'succeeded') expect(item.result.message.model).toBe(HAIKU);
    }
    expect(Object.fromEntries(results)).toEqual({ ok: 'succeeded', bad: 'errored', late: 'expired', unknown: 'errored' });
    expect((await anthropic.messages.batches.delete(created.id)).type).toBe('message_batch_deleted');
    await expect(anthropic.messages.batches.retrieve(created.id)).rejects.toMatchObject({ status: 404 });
  });

  it('cancels: canceling, then ended with the unprocessed items canceled; an in-progress batch cannot be deleted', async () => {
    const anthropic = client(sim);
    const batch = await anthropic.messages.batches.create({
      requests: [{ custom_id: 'a', params: { model: HAIKU, max_tokens: 10, messages: user('a') } }],
    });
    await expect(anthropic.messages.batches.delete(batch.id)).rejects.toMatchObject({ status: 400 });
    expect((await anthropic.messages.batches.cancel(batch.id)).processing_status).toBe('canceling');
    await new Promise((r) => setImmediate(r));
    const after = await anthropic.messages.batches.retrieve(batch.id);
    expect(after.processing_status).toBe('ended');
    expect(after.request_counts.canceled).toBe(1);
  });

  it('pages batches newest first with after_id and before_id', async () => {
    const anthropic = client(sim);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.unshift((await anthropic.messages.batches.create({ requests: [{ custom_id: 'x', params: { model: HAIKU, max_tokens: 5, messages: user('p') } }] })).id);
    }
    const first = await anthropic.messages.batches.list({ limit: 2 });
    expect(first.data.map((b) => b.id)).toEqual(ids.slice(0, 2));
    expect(first.has_more).toBe(true);
    const next = await anthropic.messages.batches.list({ limit: 2, after_id: ids[1] });
    expect(next.data[0]?.id).toBe(ids[2]);
    const back = await anthropic.messages.batches.list({ limit: 1, before_id: ids[1] });
    expect(back.data.map((b) => b.id)).toEqual([ids[0]]);
  });

  it('stores files: upload, metadata, list, content, delete', async () => {
    const anthropic = client(sim);
    const content = Buffer.from('%PDF-1.4 binary \x00\xff bytes');
    const file = await anthropic.beta.files.upload({ file: new File([content], 'doc.pdf', { type: 'application/pdf' }) });
    expect(file).toMatchObject({ type: 'file', filename: 'doc.pdf', mime_type: 'application/pdf', size_bytes: content.length });
    expect((await anthropic.beta.files.retrieveMetadata(file.id)).id).toBe(file.id);
    expect((await anthropic.beta.files.list()).data.map((f) => f.id)).toContain(file.id);
    const downloaded = Buffer.from(await (await anthropic.beta.files.download(file.id)).arrayBuffer());
    expect(downloaded.equals(content)).toBe(true);
    await anthropic.beta.files.delete(file.id);
    await expect(anthropic.beta.files.retrieveMetadata(file.id)).rejects.toMatchObject({ status: 404 });
  });

  it('answers chat completions in OpenAI shapes: JSON, chunks ending in [DONE], tool calls, errors', async () => {
    const openai = new OpenAI({ baseURL: `${sim.url}/v1`, apiKey: 'x', maxRetries: 0 });
    const json = await openai.chat.completions.create({ model: HAIKU, messages: [{ role: 'user', content: 'hi' }], max_tokens: 40 });
    expect(json.object).toBe('chat.completion');
    expect(json.choices[0]?.message.content?.length).toBeGreaterThan(0);
    expect(json.usage?.completion_tokens).toBeGreaterThan(0);

    const stream = await openai.chat.completions.create({ model: HAIKU, messages: [{ role: 'user', content: 'hi' }], stream: true, stream_options: { include_usage: true } });
    let text = '';
    let usage = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      usage = chunk.usage?.completion_tokens ?? usage;
    }
    expect(text.length).toBeGreaterThan(0);
    expect(usage).toBeGreaterThan(0);

    const tools = await openai.chat.completions.create({
      model: HAIKU,
      messages: [{ role: 'user', content: 'weather in Paris?' }],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } }],
      tool_choice: 'required',
    });
    const call = tools.choices[0]?.message.tool_calls?.[0];
    expect(call?.type === 'function' && call.function.name).toBe('get_weather');
    expect(tools.choices[0]?.finish_reason).toBe('tool_calls');

    const raw = await post(sim, '/v1/chat/completions', { model: HAIKU, messages: [] });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ error: { type: 'invalid_request_error' } });
  });
});
