import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/load.js';
import { testConfig } from '../helpers/config.js';

const problems = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.join('\n');
    throw err;
  }
  return '';
};

const nodes = [
  { host: '10.0.0.1', port: 7000 },
  { host: '10.0.0.2', port: 7000 },
];

describe('limits.redis: one Redis or a Redis Cluster', () => {
  it('takes a URL or cluster nodes, and defaults the prefix', () => {
    expect(testConfig({ limits: { redis: { url: 'redis://localhost:6379' } } }).limits.redis).toEqual({ url: 'redis://localhost:6379', prefix: 'gateway' });
    expect(testConfig({ limits: { redis: { cluster: nodes, prefix: 'gw' } } }).limits.redis).toEqual({ cluster: nodes, prefix: 'gw' });
  });

  it('refuses both, neither, bad nodes, and a prefix with braces (the gateway adds the hash tag itself)', () => {
    expect(problems(() => testConfig({ limits: { redis: { url: 'redis://a:1', cluster: nodes } } }))).toContain('either url or cluster');
    expect(problems(() => testConfig({ limits: { redis: {} } }))).toContain('either url or cluster');
    expect(problems(() => testConfig({ limits: { redis: { cluster: [] } } }))).toMatch(/^limits\.redis\.cluster: /m);
    expect(problems(() => testConfig({ limits: { redis: { cluster: [{ host: 'a', port: 0 }] } } }))).toMatch(/^limits\.redis\.cluster\.0\.port: /m);
    expect(problems(() => testConfig({ limits: { redis: { cluster: nodes, prefix: 'gw{1}' } } }))).toMatch(/^limits\.redis\.prefix: no braces/m);
  });

  it('takes cluster nodes as redis:// URLs too, and names a node that is not one', () => {
    const urls = ['redis://:secret@10.0.0.1:7000', 'rediss://10.0.0.2:7000'];
    expect(testConfig({ limits: { redis: { cluster: urls } } }).limits.redis?.cluster).toEqual(urls);
    expect(problems(() => testConfig({ limits: { redis: { cluster: [nodes[0], 'http://10.0.0.2:7000'] } } }))).toMatch(
      /^limits\.redis\.cluster\.1: "http:\/\/10\.0\.0\.2:7000" must be a redis:\/\/ or rediss:\/\/ URL/m,
    );
  });

  it('REDIS_URL replaces a configured cluster (the environment overrides the file)', () => {
    const config = testConfig({ limits: { redis: { cluster: nodes, prefix: 'gw' } } }, { REDIS_URL: 'redis://r:6379' });
    expect(config.limits.redis).toEqual({ url: 'redis://r:6379', prefix: 'gw' });
  });
});
