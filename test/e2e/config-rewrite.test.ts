import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchConfig } from '../../src/config/watch.js';
import type { Config } from '../../src/config/schema.js';
import { createLogger } from '../../src/logger.js';
import { KEYS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

let gateway: TestGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

describe('a config file rewritten in place', () => {
  it('written in two pieces 400 ms apart, is applied once, whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-rewrite-'));
    const path = join(dir, 'gateway.yaml');
    const whole = JSON.stringify(testConfig()).replace('"orgs":[', '"orgs":[\n');
    writeFileSync(path, whole);
    const applied: Config[] = [];
    const apply = async (config: Config): Promise<{ restartRequired: string[] }> => {
      applied.push(config);
      return { restartRequired: [] };
    };
    const watcher = watchConfig(path, apply, { logger: createLogger({ level: 'silent' }) });
    try {
      // The first piece alone is valid (the first org only); the rest follows 400 ms later.
      const cut = whole.indexOf('},{"id":"batch"') + 1;
      writeFileSync(path, `${whole.slice(0, cut)}]}`);
      await sleep(400);
      writeFileSync(path, whole);
      for (let i = 0; i < 100 && applied.length === 0; i++) await sleep(50);
      await sleep(1_200); // a second reload, had there been one, would be due by now
      expect(applied.map((c) => c.orgs.length)).toEqual([3]);
    } finally {
      watcher.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an org removed and added back keeps the budget it had spent', async () => {
    const config = testConfig();
    const gw = (gateway = await startTestGateway(config));
    const ask = (): Promise<number> =>
      gw
        .client(KEYS.tiny)
        .messages.create({ model: 'haiku', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] })
        .then(
          () => 200,
          (err: { status: number }) => err.status,
        );
    expect([await ask(), await ask(), await ask()]).toEqual([200, 200, 200]); // tiny's whole rpm of 3
    await gw.gateway.services.reload({ ...config, orgs: config.orgs.filter((o) => o.id !== 'tiny') });
    await gw.gateway.services.reload(config);
    expect(await ask()).toBe(429);
  });
});
