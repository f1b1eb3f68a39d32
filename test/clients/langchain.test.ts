import { ChatAnthropic } from '@langchain/anthropic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KEYS, MODELS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/** LangChain's ChatAnthropic, with only the base URL and key set. */
describe('LangChain ChatAnthropic through the gateway', () => {
  let gw: TestGateway;
  const chat = (model: string): ChatAnthropic =>
    new ChatAnthropic({ model, anthropicApiUrl: gw.url, apiKey: KEYS.search, maxRetries: 0, maxTokens: 1024 });
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  it('invoke with auto', async () => {
    const answer = await chat('auto').invoke('Translate "good night" to Spanish.');
    expect(String(answer.content).length).toBeGreaterThan(0);
    expect(Object.values(MODELS)).toContain(answer.response_metadata.model);
  });

  it('stream with a tier alias', async () => {
    let text = '';
    for await (const chunk of await chat('sonnet').stream('Tell me about rivers.')) text += typeof chunk.content === 'string' ? chunk.content : '';
    expect(text.length).toBeGreaterThan(0);
  });

  it('bindTools, and withStructuredOutput', async () => {
    const weather = { name: 'get_weather', description: 'Weather for a city', schema: z.object({ city: z.string() }) };
    const answer = await chat('haiku').bindTools([weather], { tool_choice: 'get_weather' }).invoke('Weather in Paris?');
    expect(answer.tool_calls?.[0]?.name).toBe('get_weather');
    expect(typeof answer.tool_calls?.[0]?.args.city).toBe('string');
    const film = z.object({ title: z.string(), year: z.number() });
    const structured = await chat(MODELS.sonnet).withStructuredOutput(film).invoke('A film, please.');
    expect(film.safeParse(structured).success).toBe(true);
  });
});
