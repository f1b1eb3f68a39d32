import Anthropic from '@anthropic-ai/sdk';
import { mkdtempSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { spawnGateway, type GatewayProcess } from '../helpers/process.js';

const KEY = 'process-test-key';
const NEW_KEY = 'process-test-key-added-later';

function writeConfig(path: string, extraOrg = false, tokensPerSecond = 40): void {
  const doc = parseYaml(readFileSync('config/gateway.yaml', 'utf8')) as Record<string, unknown>;
  doc.sim = { models: { '*': { tokensPerSecond } } };
  doc.server = { port: 0, host: '127.0.0.1', drainTimeoutMs: 20_000 };
  doc.orgs = [
    { id: 'search', keys: [`sha256:${hashKey(KEY)}`] },
    ...(extraOrg ? [{ id: 'late', keys: [`sha256:${hashKey(NEW_KEY)}`] }] : []),
  ];
  // Write-then-rename, as a ConfigMap update does, so the watcher never sees half a file.
  writeFileSync(`${path}.tmp`, stringify(doc));
  renameSync(`${path}.tmp`, path);
}


const slowStream = (client: Anthropic) =>
  client.messages.stream({ model: 'haiku', max_tokens: 400, messages: [{ role: 'user', content: 'Count slowly. [sim:tokens=60]' }] });

/** The built `gateway serve` as its own process: SIGTERM drain and config hot reload, as Kubernetes drives them. */
describe('gateway process', () => {
  let proc: GatewayProcess | undefined;
  afterEach(() => proc?.kill());

  /** A gateway process on a fresh config file; `proc` is it, for the cleanup. */
  async function start(prefix: string): Promise<{ gateway: GatewayProcess; path: string; client: Anthropic }> {
    const path = join(mkdtempSync(join(tmpdir(), prefix)), 'gateway.yaml');
    writeConfig(path);
    const gateway = (proc = await spawnGateway(path));
    return { gateway, path, client: new Anthropic({ baseURL: gateway.url, apiKey: KEY, maxRetries: 0 }) };
  }

  it('on SIGTERM finishes the stream in flight, refuses new connections, then exits 0', async () => {
    const { gateway, client } = await start('gw-drain-');

    const stream = slowStream(client);
    let sawText = false;
    const firstText = new Promise<void>((resolve) => stream.on('text', () => ((sawText = true), resolve())));
    await firstText;
    gateway.child.kill('SIGTERM');
    await gateway.waitForLog((l) => l.msg === 'draining');

    const refused = await fetch(`${gateway.url}/healthz`).then(
      () => false,
      () => true,
    );
    expect(refused).toBe(true);
    const message = await stream.finalMessage();
    expect(sawText).toBe(true);
    expect(message.usage.output_tokens).toBe(60);
    expect(message.stop_reason).toBe('end_turn');
    expect(await gateway.exited).toBe(0);
    // Log lines are written in batches; whatever was still buffered is flushed before the exit.
    expect(gateway.logs.some((l) => l.msg === 'drained')).toBe(true);
    expect(gateway.logs.some((l) => l.msg === 'request' && l.status === 200 && l.stream === true)).toBe(true);
  });

  it('writes request log lines in batches, yet within a fraction of a second when traffic is low', async () => {
    const { gateway, client } = await start('gw-log-');
    await client.messages.create({ model: 'haiku', max_tokens: 16, messages: [{ role: 'user', content: 'one line' }] });
    const line = await gateway.waitForLog((l) => l.msg === 'request', 1_000);
    expect(line.status).toBe(200);
  });

  it('reloads a changed config without dropping a stream in flight, and refuses an invalid one', async () => {
    const { gateway, path, client } = await start('gw-reload-');
    const late = new Anthropic({ baseURL: gateway.url, apiKey: NEW_KEY, maxRetries: 0 });
    const ask = { model: 'haiku', max_tokens: 20, messages: [{ role: 'user' as const, content: 'hi' }] };
    await expect(late.messages.create(ask)).rejects.toBeInstanceOf(Anthropic.AuthenticationError);

    const stream = slowStream(client);
    await new Promise<void>((resolve) => stream.on('text', () => resolve()));
    writeConfig(path, true);
    await gateway.waitForLog((l) => l.msg === 'config reloaded');
    expect((await late.messages.create(ask)).type).toBe('message');
    expect((await stream.finalMessage()).usage.output_tokens).toBe(60);

    writeFileSync(path, 'orgs: [ { id: "broken" ');
    const refused = await gateway.waitForLog((l) => l.msg === 'config reload refused; keeping the running config');
    expect(JSON.stringify(refused.problems)).toContain('yaml');
    expect((await late.messages.create(ask)).type).toBe('message');
    expect((await client.messages.create(ask)).type).toBe('message');
  });
});
