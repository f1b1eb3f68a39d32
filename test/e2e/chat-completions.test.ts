import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, MODELS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { metricValue } from '../helpers/metrics.js';

/** The `openai` SDK, with only its base URL changed, against the gateway (the simulator behind it). */
describe('OpenAI-compatible chat completions through the gateway', () => {
  let gw: TestGateway;
  let openai: OpenAI;
  const metric = async (name: string, labels: Record<string, string>): Promise<number> =>
    metricValue(await (await fetch(`${gw.url}/metrics`)).text(), name, labels) ?? 0;

  beforeAll(async () => {
    gw = await startTestGateway();
    openai = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: KEYS.search, maxRetries: 0 });
  });
  afterEach(() => gw.gateway.simulator?.clearBehaviours());
  afterAll(() => gw.close());

  it('answers JSON with model "auto", routed, with the gateway headers and usage counted from OpenAI fields', async () => {
    const before = await metric('gateway_tokens_total', { org: 'search', model: MODELS.haiku, type: 'output' });
    const { data, response } = await openai.chat.completions
      .create({ model: 'auto', messages: [{ role: 'user', content: 'Say hi.' }], max_tokens: 50 })
      .withResponse();
    expect(data.object).toBe('chat.completion');
    expect(data.model).toBe(MODELS.haiku);
    expect(data.choices[0]?.message.content?.length).toBeGreaterThan(0);
    expect(response.headers.get('x-gateway-route')).toBe('auto');
    expect(response.headers.get('x-gateway-model')).toBe(MODELS.haiku);
    const after = await metric('gateway_tokens_total', { org: 'search', model: MODELS.haiku, type: 'output' });
    expect(after - before).toBe(data.usage?.completion_tokens);
    expect(await metric('gateway_requests_total', { org: 'search', route: 'auto', model: MODELS.haiku, code: '200' })).toBeGreaterThan(0);
  });

  it('streams chunks unchanged up to [DONE], usage included when asked for', async () => {
    const stream = await openai.chat.completions.create({
      model: 'auto',
      messages: [{ role: 'user', content: 'Tell me a story.' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of stream) {
      expect(chunk.object).toBe('chat.completion.chunk');
      text += chunk.choices[0]?.delta.content ?? '';
      usage = chunk.usage ?? usage;
    }
    expect(text.length).toBeGreaterThan(0);
    expect(usage?.completion_tokens).toBeGreaterThan(0);

    const raw = await fetch(`${gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.search}` },
      body: JSON.stringify({ model: 'haiku', stream: true, messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(raw.headers.get('content-type')).toContain('text/event-stream');
    expect((await raw.text()).endsWith('data: [DONE]\n\n')).toBe(true);
  });

  it('calls tools with model "auto"', async () => {
    const completion = await openai.chat.completions.create({
      model: 'auto',
      messages: [{ role: 'user', content: 'What is the weather in Paris?' }],
      tools: [
        {
          type: 'function',
          function: { name: 'get_weather', description: 'Weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
        },
      ],
      tool_choice: 'required',
    });
    const call = completion.choices[0]?.message.tool_calls?.[0];
    expect(call?.type).toBe('function');
    if (call?.type !== 'function') return;
    expect(call.function.name).toBe('get_weather');
    expect(typeof (JSON.parse(call.function.arguments) as { city: unknown }).city).toBe('string');
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('falls back to the next model when the chosen one is overloaded', async () => {
    gw.gateway.simulator?.setBehaviour(MODELS.sonnet, { overloadedRate: 1 });
    const { data, response } = await openai.chat.completions
      .create({ model: 'sonnet', messages: [{ role: 'user', content: 'hi' }], max_tokens: 20 })
      .withResponse();
    expect(data.model).toBe(MODELS.haiku);
    expect(response.headers.get('x-gateway-fallback-from')).toBe(MODELS.sonnet);
  });

  it('ends a stream cut by the upstream with an error chunk in OpenAI’s shape', async () => {
    gw.gateway.simulator?.setBehaviour(MODELS.haiku, { dropConnectionRate: 1 });
    const raw = await fetch(`${gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': KEYS.search },
      body: JSON.stringify({ model: 'haiku', stream: true, messages: [{ role: 'user', content: 'a long story please' }] }),
    });
    const text = await raw.text();
    expect(text).toContain('"object":"chat.completion.chunk"');
    expect(text).not.toContain('[DONE]');
    expect(text.endsWith(`data: ${JSON.stringify({ error: { message: 'Upstream connection lost', type: 'api_error', param: null, code: 'GW_STREAM_LOST' } })}\n\n`)).toBe(true);
  });

  it("refuses a completion citing another org's file with 404 before it leaves", async () => {
    const file = await gw.client(KEYS.batch).beta.files.upload({ file: new File(['secret'], 'theirs.txt', { type: 'text/plain' }) });
    const before = gw.gateway.simulator?.stats().requests[MODELS.haiku] ?? 0;
    const citing = openai.chat.completions.create({
      model: 'haiku',
      messages: [{ role: 'user', content: [{ type: 'file', file: { file_id: file.id } }, { type: 'text', text: 'Summarise.' }] }],
    });
    await expect(citing).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    expect(gw.gateway.simulator?.stats().requests[MODELS.haiku] ?? 0).toBe(before);
  });

  it("answers the gateway's own errors in OpenAI's shape", async () => {
    const badKey = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: 'nope', maxRetries: 0 });
    await expect(badKey.chat.completions.create({ model: 'auto', messages: [{ role: 'user', content: 'x' }] })).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    const refused = openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'x' }] });
    await expect(refused).rejects.toBeInstanceOf(OpenAI.BadRequestError);
    const raw = await fetch(`${gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': KEYS.search },
      body: JSON.stringify({ model: 'auto', messages: [] }),
    });
    expect(raw.status).toBe(400);
    expect(raw.headers.get('x-gateway-error-code')).toBe('GW_INVALID_REQUEST');
    expect(await raw.json()).toEqual({ error: { type: 'invalid_request_error', message: expect.stringContaining('messages'), param: null, code: 'GW_INVALID_REQUEST' } });
  });
});
