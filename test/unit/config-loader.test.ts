import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileConfig } from '../../src/config/compiled.js';
import { ConfigLoader } from '../../src/config/load-off-thread.js';
import { ConfigError } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { testConfig } from '../helpers/config.js';

type Org = { id: string; keys: string[]; budget?: Record<string, number> };
const org = (id: string, rpm = 100, keys = [id]): Org => ({ id, keys: keys.map((k) => `sha256:${hashKey(`key-${k}`)}`), budget: { rpm } });
const base = (orgs: Org[]): Record<string, unknown> => {
  const { server, upstream, models } = testConfig();
  return { server, upstream, models, orgs };
};

const dir = mkdtempSync(join(tmpdir(), 'config-loader-'));
const file = join(dir, 'gateway.yaml');
const write = (orgs: Org[]): void => writeFileSync(file, JSON.stringify(base(orgs)));
const byId = (config: Config, id: string) => config.orgs.find((o) => o.id === id);
const tables = (c: ReturnType<typeof compileConfig>) => ({ byKey: [...c.orgsByKeyHash].sort(), byId: [...c.orgsById].sort() });

describe('ConfigLoader: a reload rebuilds only the orgs that changed', () => {
  it('keeps the frozen object of every org whose text did not change, and makes new ones for the others', async () => {
    const loader = new ConfigLoader();
    write([org('a'), org('b'), org('c')]);
    const first = await loader.load(file);
    write([org('a'), org('b', 200), org('c'), org('d')]);
    const second = await loader.load(file);
    expect(byId(second, 'a')).toBe(byId(first, 'a'));
    expect(byId(second, 'c')).toBe(byId(first, 'c'));
    expect(byId(second, 'b')).not.toBe(byId(first, 'b'));
    expect(byId(second, 'b')?.budget?.rpm).toBe(200);
    expect(second.orgs.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
    for (const o of second.orgs) expect(Object.isFrozen(o.budget)).toBe(true);
    expect(Object.isFrozen(second)).toBe(true);
    expect(Object.isFrozen(second.orgs)).toBe(true);
  });

  it('refuses an invalid file with its problems, and the next load still reuses what the last good one loaded', async () => {
    const loader = new ConfigLoader();
    write([org('a'), org('b')]);
    const first = await loader.load(file);
    writeFileSync(file, 'orgs: [');
    await expect(loader.load(file)).rejects.toBeInstanceOf(ConfigError);
    write([org('a'), org('b', 7)]);
    expect(byId(await loader.load(file), 'a')).toBe(byId(first, 'a'));
  });
});

describe('compileConfig from the previous tables', () => {
  const edits: Record<string, [Org[], Org[]]> = {
    'a budget changed': [[org('a'), org('b'), org('c')], [org('a'), org('b', 5), org('c')]],
    'a key moved between two changed orgs': [[org('a', 1, ['k1', 'k2']), org('b', 1, ['k3']), org('c')], [org('a', 1, ['k1']), org('b', 1, ['k3', 'k2']), org('c')]],
    'a key dropped': [[org('a', 1, ['k1', 'k2']), org('b'), org('c')], [org('a', 1, ['k1']), org('b'), org('c')]],
    'an org added': [[org('a'), org('b')], [org('a'), org('x'), org('b')]],
    'an org removed': [[org('a'), org('b'), org('c')], [org('a'), org('c')]],
    'an org renamed, its key kept': [[org('a'), org('b', 1, ['kb']), org('c')], [org('a'), org('z', 1, ['kb']), org('c')]],
  };
  // Enough unchanged orgs beside the edit that the tables are patched rather than built anew; and every org changed.
  const others = Array.from({ length: 12 }, (_, i) => org(`other-${i}`));
  const cases = Object.entries(edits).map(([name, [b, a]]): [string, Org[], Org[]] => [name, [...others, ...b], [...others, ...a]]);
  cases.push(['every org changed', others, others.map((o) => ({ ...o, budget: { rpm: 1 } }))]);
  for (const [name, before, after] of cases) {
    it(`gives the same tables as a compile from nothing: ${name}`, async () => {
      const loader = new ConfigLoader();
      write(before);
      const previous = compileConfig(await loader.load(file));
      write(after);
      const next = await loader.load(file);
      expect(tables(compileConfig(next, previous))).toEqual(tables(compileConfig(next)));
      // The previous snapshot, still held by requests in flight, is untouched.
      expect(tables(previous)).toEqual(tables(compileConfig(previous.config)));
    });
  }
});
