import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchApiKeyFile } from '../../src/config/watch-key.js';
import { createLogger } from '../../src/logger.js';

/** Key rotation through a Secret volume: the file is replaced, the gateway takes the new key without a restart. */
describe('ANTHROPIC_API_KEY_FILE', () => {
  it('a replaced key file replaces the key; an empty one keeps it; the key is never logged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-key-'));
    const path = join(dir, 'anthropic-api-key');
    writeFileSync(path, 'sk-old\n');
    const lines: string[] = [];
    let wake = (): void => undefined;
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => (lines.push(line), wake()) } });
    const nextLine = () => new Promise<void>((done) => (wake = done));
    const target = { apiKey: 'sk-old' as string | undefined, setApiKey: (key: string) => (target.apiKey = key) };
    const [watcher] = watchApiKeyFile({ ANTHROPIC_API_KEY_FILE: path }, target, logger);
    try {
      const replace = (text: string) => {
        writeFileSync(`${path}.new`, text);
        renameSync(`${path}.new`, path);
      };
      let logged = nextLine();
      replace('sk-new\n');
      await logged;
      expect(target.apiKey).toBe('sk-new');
      expect(lines.at(-1)).toContain('Anthropic API key reloaded');

      logged = nextLine();
      replace('');
      await logged;
      expect(target.apiKey).toBe('sk-new');
      expect(lines.at(-1)).toContain('is empty; keeping the current key');
      expect(lines.join('')).not.toContain('sk-');
    } finally {
      watcher?.close();
    }
  });

  it('is not watched when ANTHROPIC_API_KEY is set (it wins) or no file is named', () => {
    const logger = createLogger({ level: 'silent' });
    const target = { apiKey: 'k', setApiKey: () => undefined };
    expect(watchApiKeyFile({ ANTHROPIC_API_KEY: 'k', ANTHROPIC_API_KEY_FILE: '/nonexistent' }, target, logger)).toEqual([]);
    expect(watchApiKeyFile({}, target, logger)).toEqual([]);
  });
});
