import { Writable } from 'node:stream';
import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startGateway } from '../../src/server.js';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';

const SECRET_PROMPT = 'the launch code is PINEAPPLE-42';

async function requestLog(logPrompts: boolean): Promise<{ lines: Array<Record<string, unknown>>; raw: string }> {
  let raw = '';
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      raw += chunk.toString();
      done();
    },
  });
  const config = testConfig({ server: { port: 0, host: '127.0.0.1', logPrompts } });
  const gateway = await startGateway({ config, port: 0, host: '127.0.0.1', logger: createLogger({ level: 'info', logPrompts, destination }) });
  try {
    const client = new Anthropic({ baseURL: gateway.url, apiKey: KEYS.search, maxRetries: 0 });
    await client.messages.create({ model: 'sonnet', max_tokens: 50, messages: [{ role: 'user', content: `${SECRET_PROMPT} [sim:tokens=4]` }] });
    await new Anthropic({ baseURL: gateway.url, apiKey: 'not-a-key', maxRetries: 0 }).messages
      .create({ model: 'sonnet', max_tokens: 5, messages: [{ role: 'user', content: SECRET_PROMPT }] })
      .catch(() => undefined);
  } finally {
    await gateway.drain(1_000);
  }
  return { lines: raw.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>), raw };
}

describe('structured request logs', () => {
  it('one line per request with what operators need, and never a key or a prompt', async () => {
    const { lines, raw } = await requestLog(false);
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(2);
    const ok = requests[0] as Record<string, unknown>;
    expect(ok).toMatchObject({ org: 'search', route: 'alias', tier: 'sonnet', model: MODELS.sonnet, status: 200, stream: false });
    expect(ok.tokens).toMatchObject({ output: 4 });
    expect(ok.costUsd).toBeGreaterThan(0);
    expect(typeof ok.durationMs).toBe('number');
    expect(typeof ok.overheadMs).toBe('number');
    expect(String(ok.requestId)).toMatch(/^req_sim_/);
    expect(requests[1]).toMatchObject({ org: 'none', status: 401, errorType: 'authentication_error' });
    expect(raw).not.toContain('PINEAPPLE');
    expect(raw).not.toContain(KEYS.search);
    expect(raw).not.toContain('not-a-key');
  });

  it('logs the prompt only when server.logPrompts asks for it', async () => {
    const { lines } = await requestLog(true);
    const ok = lines.find((l) => l.msg === 'request' && l.status === 200);
    expect(String(ok?.prompt)).toContain('PINEAPPLE-42');
  });
});
