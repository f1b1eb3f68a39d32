import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/**
 * Every way a request can name an uploaded file is checked against the org that uploaded it, before anything
 * leaves: not only a document's `file` source, but code execution's `container_upload`, an image inside a
 * document's `content` source, and token counting (whose answer tells how large the file is).
 */
describe("citing another org's file", () => {
  let gw: TestGateway;
  let fileId: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    fileId = (await gw.client().beta.files.upload({ file: new File([Buffer.from('secret figures '.repeat(200))], 'secret.txt', { type: 'text/plain' }) })).id;
  });
  afterAll(() => gw.close());

  const post = (path: string, key: string, body: unknown): Promise<Response> =>
    fetch(`${gw.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key, 'anthropic-version': '2023-06-01', 'anthropic-beta': 'files-api-2025-04-14' },
      body: JSON.stringify(body),
    });
  const upstreamCalls = (): number => (gw.gateway.simulator?.recorded() ?? []).filter((r) => r.url.startsWith('/v1/messages')).length;

  const citations = (id: string): Record<string, unknown[]> => ({
    container_upload: [{ type: 'container_upload', file_id: id }, { type: 'text', text: 'Run it.' }],
    'image inside a content document': [
      { type: 'document', source: { type: 'content', content: [{ type: 'image', source: { type: 'file', file_id: id } }] } },
      { type: 'text', text: 'Describe.' },
    ],
    'document inside a tool result': [{ type: 'tool_result', tool_use_id: 'toolu_1', content: [{ type: 'document', source: { type: 'file', file_id: id } }] }],
  });

  for (const shape of Object.keys(citations('FILE'))) {
    it(`refuses a message citing it through ${shape} with 404, and sends nothing upstream; the owner is served`, async () => {
      const body = (id: string) => ({ model: 'haiku', max_tokens: 10, messages: [{ role: 'user', content: citations(id)[shape] }] });
      const before = upstreamCalls();
      const refused = await post('/v1/messages', KEYS.batch, body(fileId));
      expect(refused.status).toBe(404);
      expect(await refused.json()).toMatchObject({ type: 'error', error: { type: 'not_found_error' } });
      expect(upstreamCalls()).toBe(before);
      expect((await post('/v1/messages', KEYS.search, body(fileId))).status).toBe(200);
    });
  }

  it('refuses count_tokens on it with 404 (the count would tell its size), and counts it for the owner', async () => {
    const body = { model: 'haiku', messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'file', file_id: fileId } }] }] };
    const before = upstreamCalls();
    const refused = await post('/v1/messages/count_tokens', KEYS.batch, body);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ type: 'error', error: { type: 'not_found_error' } });
    expect(upstreamCalls()).toBe(before);
    const counted = await post('/v1/messages/count_tokens', KEYS.search, body);
    expect(counted.status).toBe(200);
  });

  it('does not read a tool_use input: a field named file_id there is the caller’s own data', async () => {
    const body = {
      model: 'haiku',
      max_tokens: 10,
      messages: [
        { role: 'user', content: 'Open my record.' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_2', name: 'open_record', input: { file_id: 'rec-42' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_2', content: 'done' }] },
      ],
    };
    expect((await post('/v1/messages', KEYS.batch, body)).status).toBe(200);
  });
});
