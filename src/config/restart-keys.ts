import type { Config } from './schema.js';

/**
 * Config keys read once at start-up: a reload cannot apply them. Everything else applies live (budgets,
 * orgs, keys, models, routing, breakers, fallback, upstream timeouts, body limit, server timeouts, drain time).
 */
export const RESTART_KEYS = [
  'server.port',
  'server.host',
  'server.metricsPort',
  'server.adminPort',
  'server.logPrompts',
  'server.dataDir',
  'upstream.baseUrl',
  'upstream.connections',
  'routing.stickyCacheSize',
  'limits.redis',
  'tracing',
] as const;

const at = (config: Config, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], config);

/** The restart-only keys whose value in `next` differs from the running process's (its boot config). */
export const restartRequired = (running: Config, next: Config): string[] =>
  RESTART_KEYS.filter((key) => JSON.stringify(at(running, key)) !== JSON.stringify(at(next, key)));
