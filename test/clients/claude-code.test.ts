import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claudeEnv } from '../helpers/claude-env.js';
import { MODELS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/** Claude Code itself (`claude -p`, pinned in devDependencies), pointed at the gateway (see claudeEnv). */
const CLAUDE = join(import.meta.dirname, '../../node_modules/.bin/claude');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `claude -p PROMPT ...args`: the prompt first, since variadic options such as --allowedTools would take it. */
function claude(gatewayUrl: string, prompt: string, args: string[], cwd: string): Promise<Run> {
  const env = claudeEnv(gatewayUrl, cwd);
  return new Promise((resolve, reject) => {
    const child = spawn(CLAUDE, ['-p', prompt, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The models the simulator was asked for by /v1/messages calls since `from` (the gateway's rewritten bodies). */
const servedModels = (gw: TestGateway, from: number): string[] =>
  gw.gateway.simulator
    ?.recorded()
    .slice(from)
    .filter((r) => r.url.startsWith('/v1/messages') && !r.url.startsWith('/v1/messages/count_tokens'))
    .map((r) => (JSON.parse(r.body) as { model: string }).model) ?? [];

describe('Claude Code through the gateway', () => {
  let gw: TestGateway;
  let cwd: string;
  beforeAll(async () => {
    gw = await startTestGateway();
    cwd = mkdtempSync(join(tmpdir(), 'gw-claude-code-'));
  });
  afterAll(() => gw.close());

  const cases: Array<{ name: string; args: string[]; tier?: keyof typeof MODELS }> = [
    { name: 'its default model', args: [] },
    { name: '--model sonnet', args: ['--model', 'sonnet'], tier: 'sonnet' },
    { name: '--model haiku', args: ['--model', 'haiku'], tier: 'haiku' },
    { name: '--model opus', args: ['--model', 'opus'], tier: 'opus' },
    { name: '--model auto', args: ['--model', 'auto'] },
  ];

  for (const c of cases) {
    it(`answers a prompt with ${c.name}`, async () => {
      const from = gw.gateway.simulator?.recorded().length ?? 0;
      const run = await claude(gw.url, 'Say hello in one short sentence.', c.args, cwd);
      expect(run.stdout + run.stderr).not.toMatch(/API Error/);
      expect(run.code).toBe(0);
      expect(run.stdout.trim().length).toBeGreaterThan(0);
      const served = servedModels(gw, from);
      expect(served.length).toBeGreaterThan(0);
      for (const model of served) expect(Object.values(MODELS)).toContain(model);
      if (c.tier) expect(served).toContain(MODELS[c.tier]);
    });
  }

  it('runs a tool and answers from its result', async () => {
    writeFileSync(join(cwd, 'notes.txt'), 'The meeting moved to Thursday.\n');
    const from = gw.gateway.simulator?.recorded().length ?? 0;
    const run = await claude(gw.url, 'Use the Read tool to read notes.txt, then summarise it.', ['--model', 'haiku', '--allowedTools', 'Read'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().length).toBeGreaterThan(0);
    const bodies = gw.gateway.simulator?.recorded().slice(from).map((r) => r.body) ?? [];
    expect(bodies.some((b) => b.includes('"tool_result"'))).toBe(true);
  });
});
