import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { metricValue } from '../helpers/metrics.js';
import { spawnGateway, type GatewayProcess } from '../helpers/process.js';

function writeConfig(path: string, changes: Record<string, unknown> = {}): void {
  const doc = parseYaml(readFileSync('config/gateway.yaml', 'utf8')) as Record<string, unknown>;
  Object.assign(doc, { server: { port: 0, host: '127.0.0.1' }, orgs: [{ id: 'ops', keys: [`sha256:${hashKey('ops-key')}`] }] }, changes);
  writeFileSync(`${path}.tmp`, typeof changes.text === 'string' ? changes.text : stringify(doc));
  renameSync(`${path}.tmp`, path);
}

const freshConfig = (changes: Record<string, unknown> = {}): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'gw-ops-')), 'gateway.yaml');
  writeConfig(path, changes);
  return path;
};

/** The built `gateway serve` as operators run it: boot line, reloads that say what they could not apply, signals. */
describe('operating the gateway process', () => {
  let proc: GatewayProcess | undefined;
  afterEach(() => proc?.kill());

  it('the boot line says the URL, config path, org count, limit-store mode and version', async () => {
    const path = freshConfig();
    proc = await spawnGateway(path);
    const boot = await proc.waitForLog((l) => l.msg === 'gateway listening');
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(boot).toMatchObject({ url: proc.url, config: path, orgs: 1, limitStore: 'memory', version, upstream: 'simulator' });
  });

  it('a reload names every changed key that needs a restart, in the log and in a metric; a refused one flips a gauge back and forth', async () => {
    const path = freshConfig();
    proc = await spawnGateway(path);
    const metrics = async () => (await fetch(`${proc!.url}/metrics`)).text();
    expect(metricValue(await metrics(), 'gateway_config_last_reload_successful')).toBe(1);

    writeConfig(path, { server: { port: 18_081, host: '127.0.0.1', drainTimeoutMs: 1_000 }, upstream: { baseUrl: 'sim', connections: 8 } });
    const warned = await proc.waitForLog((l) => Array.isArray(l.restartRequired));
    expect(warned.restartRequired).toEqual(['server.port', 'upstream.connections']);
    expect(warned.msg).toContain('server.port, upstream.connections');
    let text = await metrics();
    expect(metricValue(text, 'gateway_config_restart_required', { key: 'server.port' })).toBe(1);
    expect(metricValue(text, 'gateway_config_restart_required', { key: 'upstream.connections' })).toBe(1);
    expect(metricValue(text, 'gateway_config_restart_required', { key: 'upstream.baseUrl' })).toBe(0);

    writeConfig(path, { text: 'orgs: [ { id: "broken" ' });
    await proc.waitForLog((l) => l.msg === 'config reload refused; keeping the running config');
    expect(metricValue(await metrics(), 'gateway_config_last_reload_successful')).toBe(0);

    writeConfig(path);
    await proc.waitForLog((l) => l.msg === 'config reloaded');
    text = await metrics();
    expect(metricValue(text, 'gateway_config_last_reload_successful')).toBe(1);
    expect(metricValue(text, 'gateway_config_restart_required', { key: 'server.port' })).toBe(0);
  });

  it('SIGTERM during the start-up wait for Redis ends the process at once, with exit 0', async () => {
    const closedPort = await new Promise<number>((done) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as { port: number }).port;
        s.close(() => done(port));
      });
    });
    const path = freshConfig({ limits: { redis: { url: `redis://127.0.0.1:${closedPort}` } } });
    const child = spawn(process.execPath, [resolve('dist/cli.js'), 'serve', path, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'info' } });
    let out = '';
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    // The first line is the limit store's "unreachable" warning: the process is inside the wait.
    await new Promise<void>((done) => child.stdout.on('data', (chunk: Buffer) => ((out += chunk.toString()), out.includes('\n') && done())));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('stopped during start-up');
    expect(out).not.toContain('gateway listening');
  });
});
