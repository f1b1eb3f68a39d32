import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, MODELS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { metricValue } from '../helpers/metrics.js';

/**
 * An OpenAI client streaming without `stream_options.include_usage` (the `openai` SDK's default) gets no usage
 * chunk, and so did the gateway: such answers cost nothing, past every USD and token budget. They are charged
 * an estimate now: the input as admitted, the output from the text relayed.
 */
describe('chat completions streamed without include_usage', () => {
  let gw: TestGateway;
  let openai: OpenAI;
  const metric = async (name: string, labels: Record<string, string>): Promise<number> =>
    metricValue(await (await fetch(`${gw.url}/metrics`)).text(), name, labels) ?? 0;

  beforeAll(async () => {
    gw = await startTestGateway();
    openai = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: KEYS.search, maxRetries: 0 });
  });
  afterAll(() => gw.close());

  it('charges the input as admitted and the output relayed (4 characters a token), at the model’s price', async () => {
    const labels = { org: 'search', model: MODELS.opus };
    const before = { out: await metric('gateway_tokens_total', { ...labels, type: 'output' }), input: await metric('gateway_tokens_total', { ...labels, type: 'input' }), cost: await metric('gateway_cost_usd_total', labels) };
    const stream = await openai.chat.completions.create({ model: 'opus', max_tokens: 300, stream: true, messages: [{ role: 'user', content: 'Write a long essay about rivers.' }] });
    let text = '';
    for await (const chunk of stream) {
      expect(chunk.usage ?? undefined).toBeUndefined();
      text += chunk.choices[0]?.delta.content ?? '';
    }
    expect(text.length).toBeGreaterThan(100);
    const output = (await metric('gateway_tokens_total', { ...labels, type: 'output' })) - before.out;
    expect(output).toBe(Math.ceil(text.length / 4));
    expect((await metric('gateway_tokens_total', { ...labels, type: 'input' })) - before.input).toBeGreaterThan(0);
    expect((await metric('gateway_cost_usd_total', labels)) - before.cost).toBeGreaterThan(0);
  });

  it('still uses the upstream’s own figures when the caller asks for them', async () => {
    const labels = { org: 'search', model: MODELS.sonnet, type: 'output' };
    const before = await metric('gateway_tokens_total', labels);
    const stream = await openai.chat.completions.create({ model: 'sonnet', max_tokens: 200, stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'Tell a story.' }] });
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of stream) usage = chunk.usage ?? usage;
    expect((await metric('gateway_tokens_total', labels)) - before).toBe(usage?.completion_tokens);
  });
});
