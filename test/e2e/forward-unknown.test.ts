import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/**
 * The gateway checks only model, max_tokens, stream and a non-empty messages array. Whatever else a body
 * holds, of whatever shape, is the upstream's to judge: it is forwarded byte for byte, and never a 500.
 */
describe('what the gateway does not check, it forwards', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const post = (body: string, beta: string) =>
    fetch(`${gw.url}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': KEYS.search, 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'anthropic-beta': beta },
      body,
    });

  const odd: Record<string, unknown> = {
    'a mid-conversation system message': [{ role: 'user', content: 'hi' }, { role: 'system', content: 'be brief' }, { role: 'user', content: 'go' }],
    'an unknown role': [{ role: 'narrator', content: 'once upon a time' }],
    'content of the wrong type': [{ role: 'user', content: 42 }],
    'blocks that are not objects': [{ role: 'user', content: [1, 'two', null, { type: 'text', text: 'three' }] }],
    'an unknown block type': [{ role: 'user', content: [{ type: 'hologram', depth: 3 }, { type: 'text', text: 'hi' }] }],
    'a tool_use with odd input': [{ role: 'assistant', content: [{ type: 'tool_use', id: 7, name: null, input: [[[]]] }] }, { role: 'user', content: 'go' }],
  };

  for (const [name, messages] of Object.entries(odd)) {
    it(`forwards ${name} untouched, and answers with the upstream's verdict`, async () => {
      const from = gw.gateway.simulator?.recorded().length ?? 0;
      const raw = JSON.stringify({ model: 'haiku', max_tokens: 16, messages, system: [1, 2], tools: 'none', thinking: 'deep', future_field: { x: 1 } });
      const res = await post(raw, 'mid-conversation-system-2026-04-07');
      expect(res.status).toBeLessThan(500);
      const sent = gw.gateway.simulator?.recorded().slice(from).find((r) => r.url.startsWith('/v1/messages'));
      expect(sent?.body).toBe(raw.replace('"model":"haiku"', '"model":"claude-haiku-4-5"'));
    });
  }
});
