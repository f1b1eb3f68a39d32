import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input?: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['dist/cli.js', ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...env },
    timeout: 30_000,
  });

/** The `gateway` bin of CONTRACT.md §1, run as a user would. */
describe('gateway CLI', () => {
  it('hash-key prints the sha256: form', () => {
    const out = run(['hash-key', 'abc']);
    expect(out.status).toBe(0);
    expect(out.stdout.trim()).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('check-config: exit 0 when valid, 1 with one line per problem', () => {
    expect(run(['check-config', 'config/gateway.yaml']).status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'gw-cli-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'models: {}\norgs:\n  - id: x\n    keys: [nope]\nbreaker: { volumeThreshold: -1 }\n');
    const out = run(['check-config', bad]);
    expect(out.status).toBe(1);
    const lines = out.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^orgs\.0\.keys\.0: /), expect.stringMatching(/^breaker\.volumeThreshold: /)]));
    expect(run(['check-config', join(dir, 'missing.yaml')]).stderr).toContain('cannot read');
  });

  it('serve refuses the shipped development keys when the upstream is not the simulator, naming file and keys', () => {
    const out = run(['serve', '--config', 'config/gateway.yaml', '--port', '0'], undefined, {
      ANTHROPIC_BASE_URL: 'http://127.0.0.1:9',
      ANTHROPIC_API_KEY: 'sk-test',
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('config/gateway.yaml');
    expect(out.stderr).toContain('"gw-dev-search-key"');
    expect(out.stderr).toContain('"gw-dev-batch-key"');
    // The same file with the simulator upstream is fine.
    expect(run(['check-config', 'config/gateway.yaml']).status).toBe(0);
  });

  it('classify: one JSON line out per line in, errors in place, 10,000 lines', () => {
    const bodies = [
      { model: 'auto', max_tokens: 100, messages: [{ role: 'user', content: 'Translate "hello" to French.' }] },
      { model: 'auto', max_tokens: 4000, messages: [{ role: 'user', content: 'Prove rigorously that every finite integral domain is a field, then state and prove Wedderburn\'s little theorem step by step.' }] },
    ];
    const lines = Array.from({ length: 10_000 }, (_, i) => JSON.stringify(bodies[i % 2]));
    lines[17] = '{not json';
    const out = run(['classify'], lines.join('\n') + '\n');
    expect(out.status).toBe(0);
    const results = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as { tier?: string; score?: number; reasons?: string[]; error?: { message: string } });
    expect(results).toHaveLength(10_000);
    expect(results[0]).toMatchObject({ tier: 'haiku' });
    expect(results[1]?.tier).toBe('opus');
    expect(results[1]?.score).toBeGreaterThanOrEqual(0.7);
    expect(Array.isArray(results[1]?.reasons)).toBe(true);
    expect(results[17]?.error?.message).toContain('line 18');
  });

  it('sim serves the Anthropic API on its own', async () => {
    const child = spawn(process.execPath, ['dist/cli.js', 'sim', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          const m = /listening on (\S+)/.exec(d.toString());
          if (m?.[1]) resolve(m[1]);
        });
        child.once('exit', () => reject(new Error('sim exited')));
      });
      const res = await fetch(`${url}/v1/messages`, {
        method: 'POST',
        headers: { 'x-api-key': 'k', 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'claude-haiku-4-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('request-id')).toMatch(/^req_/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
