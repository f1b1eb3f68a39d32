import { createAnthropic } from '@ai-sdk/anthropic';
import { generateObject, generateText, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KEYS, MODELS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/** The Vercel AI SDK (`ai` 6 with `@ai-sdk/anthropic` 3, the majors that run on Node 20), only baseURL changed. */
describe('Vercel AI SDK through the gateway', () => {
  let gw: TestGateway;
  let anthropic: ReturnType<typeof createAnthropic>;
  beforeAll(async () => {
    gw = await startTestGateway();
    anthropic = createAnthropic({ baseURL: `${gw.url}/v1`, apiKey: KEYS.search });
  });
  afterAll(() => gw.close());

  const recordedBodies = (from: number): Array<Record<string, unknown>> =>
    (gw.gateway.simulator?.recorded().slice(from) ?? []).map((r) => JSON.parse(r.body) as Record<string, unknown>);

  it('generateText with auto', async () => {
    const { text, response } = await generateText({ model: anthropic('auto'), prompt: 'Translate "thank you" to German.', maxRetries: 0 });
    expect(text.length).toBeGreaterThan(0);
    expect(Object.values(MODELS)).toContain(response.modelId);
  });

  it('streamText with a pinned model', async () => {
    const result = streamText({ model: anthropic(MODELS.sonnet), prompt: 'Tell me about rivers.', maxRetries: 0 });
    let text = '';
    for await (const part of result.textStream) text += part;
    expect(text.length).toBeGreaterThan(0);
    expect((await result.finishReason)).toBe('stop');
  });

  it('calls a tool, runs it, and answers from its result', async () => {
    let called = 0;
    const { text, steps } = await generateText({
      model: anthropic('haiku'),
      prompt: 'Use get_weather for Paris.',
      tools: {
        get_weather: tool({
          description: 'Weather for a city',
          inputSchema: z.object({ city: z.string() }),
          execute: async ({ city }) => {
            called += 1;
            return { city, forecast: 'sunny' };
          },
        }),
      },
      stopWhen: stepCountIs(3),
      maxRetries: 0,
    });
    expect(called).toBe(1);
    expect(steps.length).toBe(2);
    expect(text.length).toBeGreaterThan(0);
  });

  const schema = z.object({ title: z.string(), year: z.number().int(), tags: z.array(z.string()), done: z.boolean() });

  it('generateObject with a pinned model, through output_config.format', async () => {
    const from = gw.gateway.simulator?.recorded().length ?? 0;
    const { object } = await generateObject({ model: anthropic(MODELS.sonnet), schema, prompt: 'Describe a film as JSON.', maxRetries: 0 });
    expect(schema.safeParse(object).success).toBe(true);
    const sent = recordedBodies(from);
    expect(sent.some((b) => (b.output_config as { format?: { type?: string } } | undefined)?.format?.type === 'json_schema')).toBe(true);
  });

  it('generateObject with auto', async () => {
    const { object } = await generateObject({ model: anthropic('auto'), schema, prompt: 'Describe a film as JSON.', maxRetries: 0 });
    expect(schema.safeParse(object).success).toBe(true);
  });
});
