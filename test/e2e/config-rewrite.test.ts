import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchConfig } from '../../src/config/watch.js';
import type { Config } from '../../src/config/schema.js';
import { createLogger } from '../../src/logger.js';
import { KEYS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gateway: TestGateway | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await gateway?.close();
  gateway = undefined;
});

/** Spins the event loop (real time, at most 10 s) until `condition` holds: file-system events are not the fake clock's. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (!condition() && performance.now() < deadline) await new Promise((r) => setImmediate(r));
  expect(condition()).toBe(true);
}

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
    // The quiet period's timer runs on the fake clock; the file-system events come as they come.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const watcher = watchConfig(path, apply, { logger: createLogger({ level: 'silent' }) });
    const changes: unknown[] = [];
    watcher.on('change', (_event, name) => changes.push(name));
    const write = async (text: string): Promise<void> => {
      const seen = changes.length;
      writeFileSync(path, text);
      await until(() => changes.length > seen);
      for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r)); // the same write's other events
    };
    try {
      // The first piece alone is valid (the first org only); the rest follows 400 ms later.
      const cut = whole.indexOf('},{"id":"batch"') + 1;
      await write(`${whole.slice(0, cut)}]}`);
      await vi.advanceTimersByTimeAsync(400);
      await write(whole);
      await vi.advanceTimersByTimeAsync(999);
      expect(applied).toEqual([]); // still within the quiet period
      await vi.advanceTimersByTimeAsync(1);
      await until(() => applied.length > 0);
      await vi.advanceTimersByTimeAsync(5_000); // a second reload, had there been one, would be due by now
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
