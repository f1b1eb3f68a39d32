import type Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countText, countTokens, startSimulator, type Simulator } from '../../src/sim/index.js';
import { OUTPUT_WORDS } from '../../src/sim/words.js';
import { client, post, user } from './helpers.js';

const MODEL = 'claude-sonnet-4-6';
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ knownModels: [MODEL, 'claude-haiku-4-5', 'claude-opus-4-7'] });
});
afterAll(() => sim.close());

const PROSE =
  'The gateway routes each request to the cheapest model that can handle it. When a model is overloaded, ' +
  'it falls back to the next one in the configured order, and it never retries twice. ';
const LONG_SYSTEM = PROSE.repeat(40);

describe('tokenizer', () => {
  it('counts prose at about four characters a token, code and JSON denser', () => {
    const prose = countText(LONG_SYSTEM);
    expect(LONG_SYSTEM.length / prose).toBeGreaterThan(3.8);
    expect(LONG_SYSTEM.length / prose).toBeLessThan(6);
    const code = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n'.repeat(20);
    expect(code.length / countText(code)).toBeGreaterThan(2.2);
    expect(code.length / countText(code)).toBeLessThan(4.5);
    const json = JSON.stringify({ users: [{ id: 1234, name: 'Ada', roles: ['admin', 'dev'] }] });
    expect(json.length / countText(json)).toBeLessThan(3.5);
    expect(countText('')).toBe(0);
    expect(countText('a')).toBe(1);
    expect(countText('你好世界')).toBeGreaterThanOrEqual(3);
    expect(countText('getHTTPResponseCode')).toBeGreaterThanOrEqual(4);
  });

  it('charges each generated word one token', () => {
    for (const w of OUTPUT_WORDS) expect(Math.round(countText(` ${w}`)), w).toBe(1);
  });

  it('adds message framing, tools with the hidden tool prompt, and images at a fixed cost', () => {
    const base = countTokens({ messages: user('Hello, Claude') });
    expect(base).toBeGreaterThan(countText('Hello, Claude'));
    const withSystem = countTokens({ system: 'You are a scientist', messages: user('Hello, Claude') });
    expect(withSystem - base).toBeGreaterThanOrEqual(countText('You are a scientist'));
    const tool = { name: 'get_weather', description: 'Get the weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } };
    expect(countTokens({ messages: user('Hello, Claude'), tools: [tool] }) - base).toBeGreaterThan(346);
    const image = { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } };
    const withImage = countTokens({ messages: [{ role: 'user', content: [image, { type: 'text', text: 'Hello, Claude' }] }] });
    expect(withImage - base).toBe(1600);
  });
});

describe('POST /v1/messages/count_tokens', () => {
  it('returns input_tokens equal to countTokens() and to the usage total of the same prompt', async () => {
    const params = { model: MODEL, system: 'Be brief.', messages: user('How many tokens is this sentence?') };
    const counted = await client(sim).messages.countTokens(params);
    expect(counted.input_tokens).toBe(countTokens(params));
    const msg = await client(sim).messages.create({ ...params, max_tokens: 10 });
    expect(msg.usage.input_tokens).toBe(counted.input_tokens);
  });

  it('validates like messages, without max_tokens', async () => {
    const res = await post(sim, '/v1/messages/count_tokens', { model: MODEL });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('messages: Field required');
    const unknown = await post(sim, '/v1/messages/count_tokens', { model: 'nope', messages: user('x') });
    expect(unknown.status).toBe(404);
  });
});

describe('prompt caching', () => {
  const cachedSystem: Anthropic.TextBlockParam[] = [{ type: 'text', text: LONG_SYSTEM, cache_control: { type: 'ephemeral' } }];

  it('writes a prefix once, then reads it; input + creation + read stays the total', async () => {
    const c = client(sim);
    const params = { model: MODEL, max_tokens: 20, system: cachedSystem, messages: user('First question') };
    const first = await c.messages.create(params);
    expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(500);
    expect(first.usage.cache_read_input_tokens).toBe(0);
    expect(first.usage.cache_creation?.ephemeral_5m_input_tokens).toBe(first.usage.cache_creation_input_tokens);
    const second = await c.messages.create({ ...params, messages: user('Second, different question') });
    expect(second.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens);
    expect(second.usage.cache_creation_input_tokens).toBe(0);
    const total = (u: Anthropic.Usage) => u.input_tokens + (u.cache_creation_input_tokens ?? 0) + (u.cache_read_input_tokens ?? 0);
    expect(total(first.usage)).toBe(countTokens(params));
    expect(total(second.usage)).toBe(countTokens({ ...params, messages: user('Second, different question') }));

    const other = await c.messages.create({ ...params, model: 'claude-haiku-4-5' });
    expect(other.usage.cache_creation_input_tokens).toBe(first.usage.cache_creation_input_tokens);

    const streamed = await c.messages.stream({ ...params, messages: user('Third') }).finalMessage();
    expect(streamed.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens);
    expect(sim.stats().cache.reads).toBeGreaterThanOrEqual(2);
  });

  it('reads the earlier prefix when the breakpoint moves forward in a conversation', async () => {
    const c = client(sim);
    const turn1: Anthropic.MessageParam[] = [{ role: 'user', content: [{ type: 'text', text: `${PROSE.repeat(10)} turn one`, cache_control: { type: 'ephemeral' } }] }];
    const a = await c.messages.create({ model: 'claude-opus-4-7', max_tokens: 20, messages: turn1 });
    const turn2: Anthropic.MessageParam[] = [
      { role: 'user', content: [{ type: 'text', text: `${PROSE.repeat(10)} turn one` }] },
      { role: 'assistant', content: a.content },
      { role: 'user', content: [{ type: 'text', text: 'and turn two', cache_control: { type: 'ephemeral', ttl: '1h' } }] },
    ];
    const b = await c.messages.create({ model: 'claude-opus-4-7', max_tokens: 20, messages: turn2 });
    expect(b.usage.cache_read_input_tokens).toBe(a.usage.cache_creation_input_tokens);
    expect(b.usage.cache_creation_input_tokens).toBeGreaterThan(0);
    expect(b.usage.cache_creation?.ephemeral_1h_input_tokens).toBe(b.usage.cache_creation_input_tokens);
  });

  it('treats top-level cache_control as a breakpoint on the last block', async () => {
    const body = { model: MODEL, max_tokens: 5, cache_control: { type: 'ephemeral' }, messages: user(`${PROSE} top level`) };
    const first = (await (await post(sim, '/v1/messages', body)).json()) as { usage: Anthropic.Usage };
    const second = (await (await post(sim, '/v1/messages', body)).json()) as { usage: Anthropic.Usage };
    expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(0);
    expect(second.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens);
  });
});

describe('GET /v1/models', () => {
  it('lists the known models in the Anthropic shape', async () => {
    const page = await client(sim).models.list();
    expect(page.data.map((m) => m.id)).toEqual([MODEL, 'claude-haiku-4-5', 'claude-opus-4-7']);
    expect(page.data[0]).toMatchObject({ type: 'model', id: MODEL, display_name: 'Claude Sonnet 4.6' });
    expect(page.data[0].created_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(page.has_more).toBe(false);
    expect(page.first_id).toBe(MODEL);
    expect(page.last_id).toBe('claude-opus-4-7');
    const one = await client(sim).models.retrieve('claude-haiku-4-5');
    expect(one.display_name).toBe('Claude Haiku 4.5');
  });
});
