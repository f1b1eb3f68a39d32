import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { query, type SDKResultMessage } from '@anthropic-ai/claude-agent-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claudeEnv } from '../helpers/claude-env.js';
import { MODELS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

describe('the Claude Agent SDK through the gateway', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  it('query() with its default model ends in a successful result', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'gw-agent-sdk-'));
    const from = gw.gateway.simulator?.recorded().length ?? 0;
    let result: SDKResultMessage | undefined;
    for await (const message of query({ prompt: 'Say hello in one short sentence.', options: { cwd, env: claudeEnv(gw.url, cwd), maxTurns: 2 } })) {
      if (message.type === 'result') result = message;
    }
    expect(result?.subtype).toBe('success');
    expect(result?.subtype === 'success' && result.result.trim().length).toBeGreaterThan(0);
    const models = gw.gateway.simulator?.recorded().slice(from).filter((r) => r.url.startsWith('/v1/messages?') || r.url === '/v1/messages');
    expect(models?.length).toBeGreaterThan(0);
    for (const r of models ?? []) expect(Object.values(MODELS)).toContain((JSON.parse(r.body) as { model: string }).model);
  });
});
