import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ConfigError, parseConfig, resolveApiKey } from '../../src/config/load.js';
import { testConfig } from '../helpers/config.js';

const problems = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
};

describe('config loading', () => {
  it('the shipped config/gateway.yaml is valid and uses the simulator', () => {
    const config = parseConfig(readFileSync('config/gateway.yaml', 'utf8'), {});
    expect(config.upstream.baseUrl).toBe('sim');
    expect(config.orgs.length).toBeGreaterThanOrEqual(2);
    expect(Object.isFrozen(config.orgs[0])).toBe(true);
  });

  it('reports every problem with its path', () => {
    const list = problems(() =>
      parseConfig('models: {}\norgs:\n  - id: "bad id!"\n    keys: ["plain"]\nbreaker: { errorThresholdPercentage: 500 }\n', {}),
    );
    expect(list).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^models\.haiku: /),
        expect.stringMatching(/^orgs\.0\.id: /),
        expect.stringMatching(/^orgs\.0\.keys\.0: /),
        expect.stringMatching(/^breaker\.errorThresholdPercentage: /),
      ]),
    );
  });

  it('rejects unknown keys, duplicate orgs and bad YAML', () => {
    expect(problems(() => testConfig({ surprise: 1 })).join()).toContain('surprise');
    expect(problems(() => parseConfig('orgs: [', {}))[0]).toMatch(/^\(yaml\)/);
  });

  it('environment variables override the file', () => {
    const config = testConfig({}, { ANTHROPIC_BASE_URL: 'https://api.example.test', REDIS_URL: 'redis://r:6379', PORT: '9999' });
    expect(config.upstream.baseUrl).toBe('https://api.example.test');
    expect(config.limits.redis?.url).toBe('redis://r:6379');
    expect(config.server.port).toBe(9999);
  });

  it('an environment override leaves the file as read: a section that is not a mapping is still refused', () => {
    const base = readFileSync('config/gateway.yaml', 'utf8');
    const yaml = `${base.replace(/^upstream:.*$/m, 'upstream: []\nunused_upstream:')}`;
    expect(problems(() => parseConfig(yaml, { ANTHROPIC_BASE_URL: 'https://api.example.test' })).join('\n')).toMatch(/^upstream/m);
  });

  it('a real upstream without an API key is a start-up error; the simulator needs none', () => {
    const real = testConfig({ upstream: { baseUrl: 'https://api.anthropic.com' } });
    expect(problems(() => resolveApiKey(real, {}))[0]).toContain('ANTHROPIC_API_KEY');
    expect(resolveApiKey(real, { ANTHROPIC_API_KEY: 'sk-x' })).toBe('sk-x');
    expect(resolveApiKey(testConfig(), {})).toBeUndefined();
  });

  it('an admin port needs admin keys, and no two ports may coincide', () => {
    expect(problems(() => testConfig({ server: { adminPort: 9090 } }))).toEqual([expect.stringMatching(/^admin\.keys: /)]);
    const keys = { keys: [`sha256:${'a'.repeat(64)}`] };
    expect(problems(() => testConfig({ server: { port: 9090, adminPort: 9090 }, admin: keys }))[0]).toMatch(/^server\.adminPort: /);
    expect(problems(() => testConfig({ server: { port: 9091, metricsPort: 9091 } }))[0]).toMatch(/^server\.metricsPort: /);
    expect(testConfig({ server: { port: 8080, adminPort: 9090 }, admin: keys }).server.adminPort).toBe(9090);
  });
});
