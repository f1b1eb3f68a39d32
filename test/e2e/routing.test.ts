import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, MODELS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

type Params = Anthropic.MessageCreateParamsNonStreaming;

const HAIKU_TASK = 'Translate to Spanish: "Where is the train station?"';
const SONNET_TASK =
  'Write a TypeScript function that parses a CSV file with quoted fields into an array of objects keyed by the header row, and add unit tests for it.';
const OPUS_TASK =
  'Prove rigorously that every finite integral domain is a field, then generalise the argument: state and prove Wedderburn\'s little theorem, explaining each step of the class equation argument.';

/** `model: "auto"` end to end: the classifier's tier, policy clamps, the header ceiling and sticky routing. */
describe('routing through the server', () => {
  let gw: TestGateway;
  let client: Anthropic;
  const create = (params: Partial<Params> & { content?: string }, c = client, headers: Record<string, string> = {}) =>
    c.messages
      .create(
        { model: 'auto', max_tokens: 50, messages: [{ role: 'user', content: params.content ?? 'hi' }], ...params } as Params,
        { headers },
      )
      .withResponse();

  beforeAll(async () => {
    gw = await startTestGateway();
    client = gw.client();
  });
  afterAll(() => gw.close());

  it.each([
    ['haiku', HAIKU_TASK, MODELS.haiku],
    ['sonnet', SONNET_TASK, MODELS.sonnet],
    ['opus', OPUS_TASK, MODELS.opus],
  ])('sends a %s-grade task to %s, and says why', async (tier, content, model) => {
    const { data, response } = await create({ content, max_tokens: 1024 });
    expect(response.headers.get('x-gateway-route')).toBe('auto');
    expect(response.headers.get('x-gateway-tier')).toBe(tier);
    expect(response.headers.get('x-gateway-model')).toBe(model);
    expect(data.model).toBe(model);
    expect(response.headers.get('x-gateway-route-reason')).toMatch(/^score \d\.\d\d/);
  });

  it("clamps to the org's maxTier and says so", async () => {
    const { data, response } = await create({ content: OPUS_TASK, max_tokens: 1024 }, gw.client(KEYS.batch));
    expect(data.model).toBe(MODELS.sonnet);
    expect(response.headers.get('x-gateway-route-reason')).toContain('clamped to sonnet');
  });

  it('x-gateway-max-tier lowers the ceiling for one request; a bad value is a 400', async () => {
    const { data } = await create({ content: OPUS_TASK, max_tokens: 1024 }, client, { 'x-gateway-max-tier': 'haiku' });
    expect(data.model).toBe(MODELS.haiku);
    const pinned = await create({ model: MODELS.opus }, client, { 'x-gateway-max-tier': 'sonnet' });
    expect(pinned.data.model).toBe(MODELS.sonnet);
    await expect(create({}, client, { 'x-gateway-max-tier': 'huge' })).rejects.toBeInstanceOf(Anthropic.BadRequestError);
  });

  it('keeps a conversation with a cached prefix on the model that holds its cache', async () => {
    const system = [{ type: 'text' as const, text: 'You are a careful assistant. '.repeat(50), cache_control: { type: 'ephemeral' as const } }];
    const first = await create({
      system,
      messages: [{ role: 'user', content: [{ type: 'text', text: HAIKU_TASK, cache_control: { type: 'ephemeral' } }] }],
    });
    expect(first.data.model).toBe(MODELS.haiku);
    // The next turn asks for something Opus-grade; the cached conversation stays on Haiku.
    const second = await create({
      system,
      max_tokens: 1024,
      messages: [
        { role: 'user', content: [{ type: 'text', text: HAIKU_TASK }] },
        { role: 'assistant', content: first.data.content.map((b) => (b.type === 'text' ? { type: 'text' as const, text: b.text } : { type: 'text' as const, text: '' })) },
        { role: 'user', content: [{ type: 'text', text: OPUS_TASK, cache_control: { type: 'ephemeral' } }] },
      ],
    });
    expect(second.data.model).toBe(MODELS.haiku);
    expect(second.response.headers.get('x-gateway-route-reason')).toContain('sticky');
    expect(second.data.usage.cache_read_input_tokens ?? 0).toBeGreaterThan(0);
  });
});
