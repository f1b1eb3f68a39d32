import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('--help and -h list every command; each command answers --help with its own usage', () => {
    for (const flag of ['--help', '-h']) {
      const out = run([flag]);
      expect(out.status, flag).toBe(0);
      for (const command of ['serve', 'classify', 'check-config', 'hash-key', 'sim']) expect(out.stdout).toContain(`  ${command} `);
    }
    for (const command of ['serve', 'classify', 'check-config', 'hash-key', 'sim']) {
      const out = run([command, '--help']);
      expect(out.status, command).toBe(0);
      expect(out.stdout.startsWith(`usage: gateway ${command}`), out.stdout).toBe(true);
    }
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const unknown = run(['frobnicate']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });

  it('serve says what is wrong with LOG_LEVEL, LOG_FORMAT and PORT, naming the variable', () => {
    const level = run(['serve'], undefined, { LOG_LEVEL: 'verbose' });
    expect(level.status).toBe(1);
    expect(level.stderr).toContain('LOG_LEVEL: "verbose" is not a log level; use one of fatal, error, warn, info, debug, trace, silent');
    expect(run(['serve'], undefined, { LOG_FORMAT: 'fancy' }).stderr).toContain('LOG_FORMAT: "fancy"');
    const port = run(['serve'], undefined, { PORT: 'abc' });
    expect(port.status).toBe(1);
    expect(port.stderr.trim()).toBe('PORT: "abc" is not a port number (0-65535)');
    expect(run(['serve', '--port', 'x']).stderr.trim()).toBe('--port: "x" is not a port number (0-65535)');
    expect(run(['serve', 'a.yaml', 'b.yaml']).stderr).toContain('unexpected argument "b.yaml"');
  });

  it('serve PATH serves that config, and LOG_FORMAT=pretty writes readable lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-cli-'));
    const path = join(dir, 'one-org.yaml');
    writeFileSync(path, readFileSync('config/gateway.yaml', 'utf8').replace(/\n  - id: batch[\s\S]*$/, '\n'));
    const child = spawn(process.execPath, ['dist/cli.js', 'serve', path, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LOG_FORMAT: 'pretty', LOG_LEVEL: 'info' },
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const found = out.split('\n').find((l) => l.includes('gateway listening'));
          if (found) resolve(found);
        });
        child.once('exit', () => reject(new Error(`serve exited: ${out}`)));
      });
      expect(line).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO  gateway listening port=\d+ url=http:\/\/127\.0\.0\.1:\d+ version=\S+ /);
      expect(line).toContain(`config=${path}`);
      expect(line).toContain('orgs=1 ');
      expect(line).toContain('limitStore=memory');
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('check-config reports schema and cross-field problems in one pass', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-cli-'));
    const path = join(dir, 'many.yaml');
    const shipped = readFileSync('config/gateway.yaml', 'utf8');
    writeFileSync(
      path,
      shipped
        .replace('limits: {}', 'limits: { redis: { url: "localhost:6379" } }')
        .replace('volumeThreshold: 5', 'volumeThreshold: -1')
        .replace('policy: { minTier: haiku, maxTier: sonnet, fallback: false,', 'policy: { minTier: haiku, maxTier: sonnet, allowedModels: [claude-opus-4-7, claude-nope], fallback: false,')
        .replace('- id: batch', '- id: search'),
    );
    const out = run(['check-config', path]);
    expect(out.status).toBe(1);
    const lines = out.stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^breaker\.volumeThreshold: /),
        'limits.redis.url: "localhost:6379" must be a redis:// or rediss:// URL, e.g. redis://localhost:6379',
        expect.stringMatching(/^orgs\.1\.policy\.allowedModels\.0: "claude-opus-4-7" is the opus tier's model, above the org's maxTier sonnet$/),
        expect.stringMatching(/^orgs\.1\.policy\.allowedModels\.1: "claude-nope" is not in the models catalogue$/),
        expect.stringMatching(/^orgs\.1\.id: duplicate org id "search"/),
      ]),
    );
  });

  it('check-config: an empty file says so, and a YAML error shows its position and whole code frame', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-cli-'));
    writeFileSync(join(dir, 'empty.yaml'), '\n# nothing\n');
    expect(run(['check-config', join(dir, 'empty.yaml')]).stderr).toContain('the config file is empty');
    writeFileSync(join(dir, 'bad.yaml'), 'orgs:\n  - id: a\n    keys: [x\n  - id: b\n');
    const lines = run(['check-config', join(dir, 'bad.yaml')]).stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\(yaml\) \(line \d+, column \d+\): /);
    expect(lines.slice(1).join('\n')).toContain('keys: [x');
    expect(lines.at(-1)).toMatch(/^\s+\^/);
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
