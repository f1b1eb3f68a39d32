import type Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { client, parseSse, post, user } from './helpers.js';

const MODEL = 'claude-opus-4-7';
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim.close());

const tools: Anthropic.Tool[] = [
  { name: 'search', description: 'Search the web', input_schema: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] } },
  {
    name: 'get_weather',
    description: 'Weather for a city',
    input_schema: {
      type: 'object',
      properties: {
        city: { type: 'string' },
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
        days: { type: 'integer' },
        hourly: { type: 'boolean' },
        tags: { type: 'array', items: { type: 'string' } },
      },
      required: ['city', 'unit', 'days', 'hourly', 'tags'],
    },
  },
];

describe('tool use', () => {
  it('streams input_json_delta chunks that the SDK assembles into the input', async () => {
    const final = await client(sim)
      .messages.stream({ model: MODEL, max_tokens: 1024, tools, tool_choice: { type: 'tool', name: 'get_weather' }, messages: user('Weather in Paris?') })
      .finalMessage();
    expect(final.stop_reason).toBe('tool_use');
    expect(final.content).toHaveLength(1);
    const block = final.content[0];
    if (block.type !== 'tool_use') throw new Error(`expected tool_use, got ${block.type}`);
    expect(block.name).toBe('get_weather');
    expect(block.id).toMatch(/^toolu_/);
    const input = block.input as Record<string, unknown>;
    expect(typeof input.city).toBe('string');
    expect(['celsius', 'fahrenheit']).toContain(input.unit);
    expect(Number.isInteger(input.days)).toBe(true);
    expect(typeof input.hourly).toBe('boolean');
    expect(Array.isArray(input.tags)).toBe(true);
  });

  it('sends an empty first partial_json and chunks that concatenate to the JSON input', async () => {
    const body = { model: MODEL, max_tokens: 1024, tools, tool_choice: { type: 'any' }, messages: user('Look it up') };
    const events = parseSse(await (await post(sim, '/v1/messages', { ...body, stream: true })).text());
    const start = events.find((e) => e.event === 'content_block_start');
    expect(start?.data.content_block).toMatchObject({ type: 'tool_use', name: 'search', input: {} });
    const parts = events.filter((e) => e.event === 'content_block_delta').map((e) => e.data.delta as { type: string; partial_json: string });
    expect(parts[0]).toEqual({ type: 'input_json_delta', partial_json: '' });
    expect(parts.length).toBeGreaterThan(1);
    const json = (await (await post(sim, '/v1/messages', body)).json()) as { content: { input: unknown }[]; stop_reason: string };
    expect(JSON.parse(parts.map((p) => p.partial_json).join(''))).toEqual(json.content[0].input);
    expect(json.stop_reason).toBe('tool_use');
  });

  it('says a few words before the call under tool_choice auto, and answers a tool_result in text', async () => {
    const c = client(sim);
    const first = await c.messages.create({ model: MODEL, max_tokens: 1024, tools, messages: user('Find cats with search') });
    expect(first.content.map((b) => b.type)).toEqual(['text', 'tool_use']);
    const call = first.content[1];
    if (call.type !== 'tool_use') throw new Error('expected tool_use');
    expect(call.name).toBe('search');
    const second = await c.messages.create({
      model: MODEL,
      max_tokens: 1024,
      tools,
      messages: [
        { role: 'user', content: 'Find cats' },
        { role: 'assistant', content: first.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, content: 'Cats are great.' }] },
      ],
    });
    expect(second.stop_reason).toBe('end_turn');
    expect(second.content.map((b) => b.type)).toEqual(['text']);
  });

  it('answers in text with tool_choice none', async () => {
    const msg = await client(sim).messages.create({ model: MODEL, max_tokens: 1024, tools, tool_choice: { type: 'none' }, messages: user('Just talk') });
    expect(msg.content.map((b) => b.type)).toEqual(['text']);
    expect(msg.stop_reason).toBe('end_turn');
  });
});

describe('thinking', () => {
  const thinking = { type: 'enabled', budget_tokens: 2048 } as const;

  it('puts a signed thinking block first in JSON', async () => {
    const msg = await client(sim).messages.create({ model: MODEL, max_tokens: 4096, thinking, messages: user('Think [sim:thinking_tokens=30] [sim:tokens=10]') });
    expect(msg.content.map((b) => b.type)).toEqual(['thinking', 'text']);
    const block = msg.content[0];
    if (block.type !== 'thinking') throw new Error('expected thinking');
    expect(block.thinking.length).toBeGreaterThan(20);
    expect(block.signature).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    expect(msg.usage.output_tokens).toBe(40);
  });

  it('streams thinking_delta then a signature_delta just before the block stops', async () => {
    const body = { model: MODEL, max_tokens: 4096, thinking: { type: 'adaptive' }, stream: true, messages: user('Think hard') };
    const events = parseSse(await (await post(sim, '/v1/messages', body)).text());
    const block0 = events.filter((e) => e.data.index === 0);
    expect(block0[0].data.content_block).toEqual({ type: 'thinking', thinking: '', signature: '' });
    const kinds = block0.slice(1).map((e) => (e.event === 'content_block_delta' ? (e.data.delta as { type: string }).type : e.event));
    expect(kinds[0]).toBe('thinking_delta');
    expect(kinds.slice(-2)).toEqual(['signature_delta', 'content_block_stop']);
    expect(kinds.filter((k) => k === 'signature_delta')).toHaveLength(1);

    const final = await client(sim)
      .messages.stream({ model: MODEL, max_tokens: 4096, thinking: { type: 'adaptive' }, messages: user('Think hard') })
      .finalMessage();
    const t = final.content[0];
    if (t.type !== 'thinking') throw new Error('expected thinking');
    expect(t.signature.length).toBeGreaterThan(40);
    expect(final.content[1].type).toBe('text');
  });

  it('refuses a budget under 1024 or not under max_tokens, as upstream', async () => {
    const small = await post(sim, '/v1/messages', { model: MODEL, max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 100 }, messages: user('x') });
    expect(small.status).toBe(400);
    expect(((await small.json()) as { error: { message: string } }).error.message).toMatch(/budget_tokens/);
    const over = await post(sim, '/v1/messages', { model: MODEL, max_tokens: 2000, thinking: { type: 'enabled', budget_tokens: 2048 }, messages: user('x') });
    expect(over.status).toBe(400);
  });
});
