import { request } from 'node:http';
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, MODELS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/** The official SDK, unchanged, against the real gateway on a real port, the simulator behind it. */
describe('official SDK through the gateway', () => {
  let gw: TestGateway;
  let client: Anthropic;

  beforeAll(async () => {
    gw = await startTestGateway();
    client = gw.client();
  });
  afterAll(() => gw.close());

  it('create(): answers with the model that answered and the gateway headers', async () => {
    const { data, response, request_id } = await client.messages
      .create({ model: 'sonnet', max_tokens: 200, messages: [{ role: 'user', content: 'Say hello.' }] })
      .withResponse();
    expect(data.type).toBe('message');
    expect(data.model).toBe(MODELS.sonnet);
    expect(data.content[0]?.type).toBe('text');
    expect(data.usage.input_tokens).toBeGreaterThan(0);
    expect(request_id).toMatch(/^req_/);
    expect(response.headers.get('x-gateway-org')).toBe('search');
    expect(response.headers.get('x-gateway-tier')).toBe('sonnet');
    expect(response.headers.get('x-gateway-model')).toBe(MODELS.sonnet);
    expect(response.headers.get('x-gateway-route')).toBe('alias');
    expect(response.headers.get('x-gateway-route-reason')).toBeTruthy();
    expect(response.headers.get('x-gateway-fallback-from')).toBeNull();
  });

  it('sends each response header once, budget headers and the upstream request id included', async () => {
    const rawHeaders = (stream: boolean): Promise<string[]> =>
      new Promise((resolve, reject) => {
        const req = request(
          `${gw.url}/v1/messages`,
          { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': KEYS.tiny } },
          (res) => {
            res.resume();
            res.once('end', () => resolve(res.rawHeaders));
          },
        );
        req.once('error', reject);
        req.end(JSON.stringify({ model: 'haiku', max_tokens: 16, stream, messages: [{ role: 'user', content: 'headers' }] }));
      });
    for (const stream of [false, true]) {
      const raw = await rawHeaders(stream);
      const names = raw.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
      expect(names).toEqual(expect.arrayContaining(['request-id', 'content-type', 'x-gateway-model', 'anthropic-ratelimit-requests-remaining']));
      expect(raw[names.indexOf('request-id') * 2 + 1]).toMatch(/^req_/);
    }
  });

  it('accepts a pinned model ID and Authorization: Bearer', async () => {
    const bearer = new Anthropic({ baseURL: gw.url, authToken: KEYS.search, apiKey: null, maxRetries: 0 });
    const { data, response } = await bearer.messages
      .create({ model: MODELS.haiku, max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] })
      .withResponse();
    expect(data.model).toBe(MODELS.haiku);
    expect(response.headers.get('x-gateway-route')).toBe('pinned');
  });

  it('stream() + finalMessage() gives the full message', async () => {
    const stream = client.messages.stream({ model: 'haiku', max_tokens: 300, messages: [{ role: 'user', content: 'Tell me a story.' }] });
    const deltas: string[] = [];
    stream.on('text', (t) => deltas.push(t));
    const message = await stream.finalMessage();
    expect(message.model).toBe(MODELS.haiku);
    expect(message.stop_reason).toMatch(/end_turn|max_tokens/);
    const text = message.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
    expect(text.length).toBeGreaterThan(0);
    expect(deltas.join('')).toBe(text);
    expect(message.usage.output_tokens).toBeGreaterThan(0);
  });

  it('streams tool_use with input_json_delta into parsed input', async () => {
    const partials: string[] = [];
    const stream = client.messages.stream({
      model: 'sonnet',
      max_tokens: 500,
      tools: [
        {
          name: 'get_weather',
          description: 'Weather for a city',
          input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        },
      ],
      tool_choice: { type: 'tool', name: 'get_weather' },
      messages: [{ role: 'user', content: 'Weather in Paris?' }],
    });
    stream.on('inputJson', (partial) => partials.push(partial));
    const message = await stream.finalMessage();
    const tool = message.content.find((b) => b.type === 'tool_use');
    expect(message.stop_reason).toBe('tool_use');
    expect(tool?.type === 'tool_use' && tool.name).toBe('get_weather');
    expect(tool?.type === 'tool_use' && typeof tool.input).toBe('object');
    expect(partials.length).toBeGreaterThan(0);
  });

  it('streams thinking blocks with their signature', async () => {
    const message = await client.messages
      .stream({
        model: 'opus',
        max_tokens: 2000,
        thinking: { type: 'enabled', budget_tokens: 1024 },
        messages: [{ role: 'user', content: 'Prove there are infinitely many primes.' }],
      })
      .finalMessage();
    const thinking = message.content.find((b) => b.type === 'thinking');
    expect(thinking?.type === 'thinking' && thinking.thinking.length).toBeGreaterThan(0);
    expect(thinking?.type === 'thinking' && thinking.signature.length).toBeGreaterThan(0);
    expect(message.content.some((b) => b.type === 'text')).toBe(true);
  });

  it('countTokens() resolves auto and answers input_tokens', async () => {
    const result = await client.messages.countTokens({ model: 'auto', messages: [{ role: 'user', content: 'How many tokens is this?' }] });
    expect(result.input_tokens).toBeGreaterThan(0);
  });

  it('models.list() shows the org its tiers and model IDs', async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toEqual(expect.arrayContaining(['auto', 'haiku', 'sonnet', 'opus', MODELS.opus]));
    const batchIds: string[] = [];
    for await (const model of gw.client(KEYS.batch).models.list()) batchIds.push(model.id);
    expect(batchIds).not.toContain(MODELS.opus);
  });

  it('400: a schema violation is a BadRequestError naming the field', async () => {
    const err = await client.messages
      .create({ model: 'sonnet', messages: [{ role: 'user', content: 'hi' }] } as unknown as Anthropic.MessageCreateParamsNonStreaming)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    const apiErr = err as InstanceType<typeof Anthropic.BadRequestError>;
    expect(apiErr.message).toContain('max_tokens');
    expect(apiErr.requestID).toMatch(/^req_/);
  });

  it('400: an unknown model and a tier above the org policy', async () => {
    await expect(client.messages.create({ model: 'gpt-9', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] })).rejects.toBeInstanceOf(
      Anthropic.BadRequestError,
    );
    const batch = gw.client(KEYS.batch);
    const err = await batch.messages.create({ model: 'opus', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect((err as Error).message).toContain('maxTier');
  });

  it('401: an unknown key is an AuthenticationError', async () => {
    const err = await gw
      .client('wrong-key')
      .messages.create({ model: 'sonnet', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.AuthenticationError);
    expect((err as InstanceType<typeof Anthropic.AuthenticationError>).status).toBe(401);
  });

  it('413: a body over the limit is request_too_large', async () => {
    const huge = 'x'.repeat(33 * 1024 * 1024);
    const err = await client.messages
      .create({ model: 'sonnet', max_tokens: 5, messages: [{ role: 'user', content: huge }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    const apiErr = err as InstanceType<typeof Anthropic.APIError>;
    expect(apiErr.status).toBe(413);
    expect((apiErr.error as { error: { type: string } }).error.type).toBe('request_too_large');
  });

  it('passes unknown body fields, anthropic-beta and ?beta=true through, never the caller key', async () => {
    gw.gateway.simulator?.reset();
    await client.beta.messages.create({
      model: 'haiku',
      max_tokens: 20,
      betas: ['some-future-beta-2026-01-01'],
      messages: [{ role: 'user', content: 'hi' }],
      // A field this SDK version and the gateway know nothing about.
      ...({ future_field: { nested: [1, 2, 3] } } as object),
    });
    const seen = gw.gateway.simulator?.recorded().at(-1);
    expect(seen?.headers['anthropic-beta']).toBe('some-future-beta-2026-01-01');
    expect(seen?.headers['x-api-key']).not.toBe(KEYS.search);
    expect(JSON.stringify(seen?.headers)).not.toContain(KEYS.search);
    const body = JSON.parse(seen?.body ?? '{}') as { future_field?: unknown; model?: string };
    expect(body.future_field).toEqual({ nested: [1, 2, 3] });
    expect(body.model).toBe(MODELS.haiku);

    // This SDK version sends betas as a header only; older ones also add ?beta=true to the path.
    const res = await fetch(`${gw.url}/v1/messages?beta=true`, {
      method: 'POST',
      headers: { 'x-api-key': KEYS.search, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'haiku', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(res.status).toBe(200);
    expect(gw.gateway.simulator?.recorded().at(-1)?.url).toBe('/v1/messages?beta=true');
  });
});
