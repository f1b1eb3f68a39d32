import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { HEADERS, parseSse, post, user } from './helpers.js';

const OPUS = 'claude-opus-4-7';
const SONNET = 'claude-sonnet-4-6';
const HAIKU = 'claude-haiku-4-5';

const schema = {
  type: 'object',
  properties: {
    title: { type: 'string' },
    year: { type: 'integer', minimum: 1900, maximum: 2030 },
    scores: { type: 'array', items: { type: 'number' }, minItems: 2 },
    genre: { type: 'string', enum: ['drama', 'comedy'] },
  },
  required: ['title', 'year', 'scores', 'genre'],
  additionalProperties: false,
};
const structured = { model: SONNET, max_tokens: 512, messages: user('A film as JSON.'), output_config: { format: { type: 'json_schema', schema } } };

function expectFilm(value: unknown): void {
  const film = value as { title: unknown; year: number; scores: unknown[]; genre: unknown };
  expect(typeof film.title).toBe('string');
  expect(Number.isInteger(film.year) && film.year >= 1900 && film.year <= 2030).toBe(true);
  expect(film.scores.length).toBeGreaterThanOrEqual(2);
  expect(['drama', 'comedy']).toContain(film.genre);
}

describe('simulator: the API features real clients send', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ knownModels: [OPUS, SONNET, HAIKU] });
  });
  afterAll(() => sim.close());

  it('answers output_config.format with JSON that matches the schema, as JSON and as SSE', async () => {
    const json = (await (await post(sim, '/v1/messages', structured)).json()) as { content: Array<{ type: string; text: string }> };
    expect(json.content).toHaveLength(1);
    expectFilm(JSON.parse(json.content[0]?.text ?? ''));
    const sse = parseSse(await (await post(sim, '/v1/messages', Object.assign({}, structured, { stream: true }))).text());
    const text = sse
      .filter((e) => e.event === 'content_block_delta')
      .map((e) => (e.data as { delta: { text: string } }).delta.text)
      .join('');
    expectFilm(JSON.parse(text));
  });

  it('accepts a mid-conversation system message with its beta and refuses it without, as the API does', async () => {
    const messages = [...user('Hi'), { role: 'system', content: 'Answer briefly from now on.' }, ...user('And now?')];
    const body = { model: HAIKU, max_tokens: 64, messages };
    const refused = await post(sim, '/v1/messages', body);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe("messages.1.role: Input should be 'user' or 'assistant'");
    for (const beta of ['mid-conversation-system-2026-04-07', 'claude-code-20250219,per-turn-control-2026-07-01']) {
      const accepted = await post(sim, '/v1/messages', body, Object.assign({}, HEADERS, { 'anthropic-beta': beta }));
      expect(accepted.status).toBe(200);
    }
  });

  describe('server-side fallback', () => {
    const beta = Object.assign({}, HEADERS, { 'anthropic-beta': 'server-side-fallback-2026-07-01' });
    const body = (refuse: number, stream = false) => ({
      model: OPUS,
      max_tokens: 256,
      stream,
      fallbacks: [{ model: SONNET }, { model: HAIKU }],
      messages: user(`Answer this. [sim:refuse=${refuse}] [sim:tokens=10]`),
    });
    type Iteration = { type: string; model: string; output_tokens: number };

    it('refuses fallbacks without the beta', async () => {
      expect((await post(sim, '/v1/messages', body(0))).status).toBe(400);
    });

    it('reports every attempt in usage.iterations, with a fallback block per hop', async () => {
      const json = (await (await post(sim, '/v1/messages', body(2), beta)).json()) as {
        model: string;
        content: Array<{ type: string; from?: { model: string }; to?: { model: string } }>;
        usage: { iterations: Iteration[] };
      };
      expect(json.model).toBe(HAIKU);
      expect(json.content.filter((b) => b.type === 'fallback').map((b) => [b.from?.model, b.to?.model])).toEqual([
        [OPUS, SONNET],
        [SONNET, HAIKU],
      ]);
      expect(json.usage.iterations.map((i) => [i.type, i.model])).toEqual([
        ['message', OPUS],
        ['message', SONNET],
        ['fallback_message', HAIKU],
      ]);
    });

    it('streams the iterations in message_delta, and answers a refusal when every model declines', async () => {
      const events = parseSse(await (await post(sim, '/v1/messages', body(1, true), beta)).text());
      const delta = events.find((e) => e.event === 'message_delta')?.data as { usage: { iterations: Iteration[] } };
      expect(delta.usage.iterations.map((i) => i.type)).toEqual(['message', 'fallback_message']);
      const all = (await (await post(sim, '/v1/messages', body(3), beta)).json()) as { stop_reason: string };
      expect(all.stop_reason).toBe('refusal');
    });
  });
});
