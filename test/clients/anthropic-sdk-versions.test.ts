import type Pinned from '@anthropic-ai/sdk';
import { default as PinnedSdk } from '@anthropic-ai/sdk';
import { default as Sdk057 } from 'anthropic-sdk-057';
import { default as SdkLatest } from 'anthropic-sdk-latest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, MODELS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/**
 * The official SDK at three versions side by side (npm aliases): 0.57 (still common in services), the
 * pinned one, and the latest. Only what every version has is called, through each version's own types.
 */
type AnyClient = Pick<Pinned, 'messages' | 'models'>;
interface SdkVersion {
  name: string;
  make(baseURL: string, apiKey: string): AnyClient;
  errors: { AuthenticationError: unknown; BadRequestError: unknown; NotFoundError: unknown };
}
const versions: SdkVersion[] = [
  { name: '0.57', make: (baseURL, apiKey) => new Sdk057({ baseURL, apiKey, maxRetries: 0 }) as unknown as AnyClient, errors: Sdk057 },
  { name: 'pinned (1.12)', make: (baseURL, apiKey) => new PinnedSdk({ baseURL, apiKey, maxRetries: 0 }), errors: PinnedSdk },
  { name: 'latest (1.17)', make: (baseURL, apiKey) => new SdkLatest({ baseURL, apiKey, maxRetries: 0 }) as unknown as AnyClient, errors: SdkLatest },
];

const user = (text: string) => [{ role: 'user' as const, content: text }];

describe.each(versions)('@anthropic-ai/sdk $name through the gateway', (version) => {
  let gw: TestGateway;
  let client: AnyClient;
  beforeAll(async () => {
    gw = await startTestGateway();
    client = version.make(gw.url, KEYS.search);
  });
  afterAll(() => gw.close());

  it('creates a message with auto, and streams one with a tier alias', async () => {
    const message = await client.messages.create({ model: 'auto', max_tokens: 64, messages: user('Translate "good morning" to French.') });
    expect(message.content[0]?.type).toBe('text');
    const stream = client.messages.stream({ model: 'sonnet', max_tokens: 1024, messages: user('Tell me about rivers.') });
    const final = await stream.finalMessage();
    expect(final.model).toBe(MODELS.sonnet);
    expect(final.stop_reason).toBe('end_turn');
  });

  it('serves a dated model ID by its family', async () => {
    const message = await client.messages.create({ model: 'claude-haiku-4-5-20251001', max_tokens: 32, messages: user('hi') });
    expect(message.model).toBe(MODELS.haiku);
  });

  it('calls a forced tool and thinks', async () => {
    const tool = await client.messages.create({
      model: 'haiku',
      max_tokens: 256,
      tools: [{ name: 'get_weather', description: 'Weather', input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }],
      tool_choice: { type: 'tool', name: 'get_weather' },
      messages: user('Weather in Paris?'),
    });
    expect(tool.stop_reason).toBe('tool_use');
    const thought = await client.messages.create({ model: 'opus', max_tokens: 2048, thinking: { type: 'enabled', budget_tokens: 1024 }, messages: user('Think.') });
    expect(thought.content[0]?.type).toBe('thinking');
  });

  it('counts tokens and retrieves models', async () => {
    const counted = await client.messages.countTokens({ model: 'auto', messages: user('Count me') });
    expect(counted.input_tokens).toBeGreaterThan(0);
    const listed = await client.models.list();
    expect(listed.data.map((m) => m.id)).toContain(MODELS.opus);
    const one = await client.models.retrieve(MODELS.haiku);
    expect(one.id).toBe(MODELS.haiku);
  });

  it('maps gateway errors to the SDK error classes', async () => {
    const stranger = version.make(gw.url, 'not-a-key');
    await expect(stranger.messages.create({ model: 'auto', max_tokens: 8, messages: user('hi') })).rejects.toBeInstanceOf(version.errors.AuthenticationError as never);
    await expect(client.messages.create({ model: 'gpt-4o', max_tokens: 8, messages: user('hi') })).rejects.toBeInstanceOf(version.errors.BadRequestError as never);
    await expect(client.models.retrieve('gpt-4o')).rejects.toBeInstanceOf(version.errors.NotFoundError as never);
  });
});
