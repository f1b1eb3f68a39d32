import { join } from 'node:path';
import { KEYS } from './config.js';

/**
 * The environment Claude Code (and the Agent SDK, which runs it) gets in the tests: the gateway's URL and an
 * org key, as its users set it up, a private home, and every kind of non-essential traffic off (telemetry,
 * error reports, update checks), so nothing leaves loopback.
 */
export const claudeEnv = (gatewayUrl: string, home: string): Record<string, string> => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: home,
  CLAUDE_CONFIG_DIR: join(home, '.claude'),
  ANTHROPIC_BASE_URL: gatewayUrl,
  ANTHROPIC_API_KEY: KEYS.search,
  DISABLE_TELEMETRY: '1',
  DISABLE_ERROR_REPORTING: '1',
  DISABLE_AUTOUPDATER: '1',
  CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
});
