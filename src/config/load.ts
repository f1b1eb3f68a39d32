import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { z } from 'zod';
import { devKeyProblems } from './dev-keys.js';
import { semanticProblems } from './semantics.js';
import { configSchema, type Config } from './schema.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

export const DEFAULT_CONFIG_PATH = 'config/gateway.yaml';

export const resolveConfigPath = (explicit?: string): string =>
  explicit ?? process.env.GATEWAY_CONFIG ?? DEFAULT_CONFIG_PATH;

const formatIssue = (issue: z.core.$ZodIssue): string => {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  return `${path}: ${issue.message}`;
};

type Env = Readonly<Record<string, string | undefined>>;

/** The environment variables of docs/config.md override the file. */
function applyEnv(raw: unknown, env: Env): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  // Copies of what changes only: a deep copy of 10,000 orgs would cost a reload 15-110 ms of the loader's CPU.
  // A section that is not a mapping stays what it was (an array or a scalar), for the schema to refuse.
  const doc = { ...raw } as Record<string, unknown>;
  const copy = (value: unknown): unknown => (Array.isArray(value) ? [...value] : typeof value === 'object' && value !== null ? { ...value } : (value ?? {}));
  const section = (name: string): Record<string, unknown> => (doc[name] = copy(doc[name])) as Record<string, unknown>;
  if (env.ANTHROPIC_BASE_URL) section('upstream').baseUrl = env.ANTHROPIC_BASE_URL;
  if (env.REDIS_URL) {
    // The URL replaces a configured cluster: one Redis or the other.
    const { cluster: _replaced, ...redis } = (section('limits').redis ?? {}) as Record<string, unknown>;
    section('limits').redis = Object.assign(redis, { url: env.REDIS_URL });
  }
  if (env.PORT) section('server').port = Number(env.PORT);
  return doc;
}

/** A YAML error with its position and the code frame the yaml library draws under it. */
const yamlProblem = (error: { message: string; linePos?: [{ line: number; col: number }, ...unknown[]] }): string => {
  const [first = '', ...frame] = error.message.split('\n');
  const at = error.linePos ? ` (line ${error.linePos[0].line}, column ${error.linePos[0].col})` : '';
  const text = first.replace(/ at line \d+, column \d+:?$/, '');
  return [`(yaml)${at}: ${text}`, ...frame.filter((line) => line.trim() !== '').map((line) => `    ${line}`)].join('\n');
};

/**
 * The YAML document as plain values. js-yaml (YAML 1.2 core schema, as `yaml` reads by default) is about ten
 * times faster, which matters for a config of 10,000 orgs (0.2 s against 1.5-3 s of a core at every reload);
 * `yaml` reads only what js-yaml refuses, for its messages with line, column and the lines around.
 */
export function readYaml(text: string): unknown {
  try {
    return loadYaml(text, { schema: CORE_SCHEMA });
  } catch {
    // Required here, not imported: loading it costs the config loader's thread ~85 ms, at every reload.
    const { parseDocument } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    const doc = parseDocument(text);
    if (doc.errors.length > 0) throw new ConfigError(doc.errors.map(yamlProblem));
    return doc.toJS();
  }
}

/** Parses YAML text into a validated, frozen Config, or throws ConfigError listing every problem. */
export function parseConfig(text: string, env: Env = process.env): Config {
  const raw = readYaml(text);
  if (raw === null || raw === undefined) throw new ConfigError(['(root): the config file is empty; it needs at least `models` and `orgs` (see config/gateway.yaml)']);
  const input = applyEnv(raw, env);
  const parsed = configSchema.safeParse(input);
  const problems = [...(parsed.success ? [] : parsed.error.issues.map(formatIssue)), ...semanticProblems(input)];
  if (!parsed.success || problems.length > 0) throw new ConfigError([...new Set(problems)]);
  return deepFreeze(parsed.data);
}

export function loadConfigFile(path: string, env: Env = process.env): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError([`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`]);
  }
  const config = parseConfig(text, env);
  // Here rather than in parseConfig: the message names the file, and tests build configs without one.
  const devKeys = devKeyProblems(config, path);
  if (devKeys.length > 0) throw new ConfigError(devKeys);
  return config;
}

/** The key in ANTHROPIC_API_KEY_FILE, trimmed; ConfigError when it cannot be read. */
export function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (err) {
    throw new ConfigError([`ANTHROPIC_API_KEY_FILE: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`]);
  }
}

/**
 * The gateway's own Anthropic key. A real upstream without one is a start-up error,
 * never a silent fallback to the simulator.
 */
export function resolveApiKey(config: Config, env: Env = process.env): string | undefined {
  let key = env.ANTHROPIC_API_KEY?.trim();
  if (!key && env.ANTHROPIC_API_KEY_FILE) key = readKeyFile(env.ANTHROPIC_API_KEY_FILE);
  if (!key && config.upstream.baseUrl !== 'sim') {
    throw new ConfigError([
      `upstream.baseUrl is ${config.upstream.baseUrl} but neither ANTHROPIC_API_KEY nor ANTHROPIC_API_KEY_FILE is set`,
    ]);
  }
  return key || undefined;
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
