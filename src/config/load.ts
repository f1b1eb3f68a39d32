import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { configSchema, TIERS, type Config } from './schema.js';

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

/** The environment variables of CONTRACT.md §4 override the file. */
function applyEnv(raw: unknown, env: Env): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const doc = structuredClone(raw) as Record<string, Record<string, unknown> | undefined>;
  const section = (name: string): Record<string, unknown> => (doc[name] ??= {});
  if (env.ANTHROPIC_BASE_URL) section('upstream').baseUrl = env.ANTHROPIC_BASE_URL;
  if (env.REDIS_URL) section('limits').redis = Object.assign({}, section('limits').redis, { url: env.REDIS_URL });
  if (env.PORT) section('server').port = Number(env.PORT);
  return doc;
}

/** Cross-field rules zod's per-field schema cannot express. */
function semanticProblems(config: Config): string[] {
  const problems: string[] = [];
  const seenIds = new Set<string>();
  const seenKeys = new Map<string, string>();
  config.orgs.forEach((org, i) => {
    if (seenIds.has(org.id)) problems.push(`orgs.${i}.id: duplicate org id "${org.id}"`);
    seenIds.add(org.id);
    org.keys.forEach((key, k) => {
      const owner = seenKeys.get(key);
      if (owner !== undefined) problems.push(`orgs.${i}.keys.${k}: key hash already belongs to org "${owner}"`);
      seenKeys.set(key, org.id);
    });
    for (const feature of Object.keys(org.usd?.perFeature ?? {})) {
      if (feature !== 'other' && !org.features?.includes(feature)) problems.push(`orgs.${i}.usd.perFeature.${feature}: not in the org's features (nor "other")`);
    }
    const ids = new Set(Object.values(config.models).map((m) => m.id));
    org.policy?.allowedModels?.forEach((id, m) => {
      if (!ids.has(id)) problems.push(`orgs.${i}.policy.allowedModels.${m}: "${id}" is not in the models catalogue`);
    });
  });
  const modelIds = Object.values(config.models).map((m) => m.id);
  if (new Set(modelIds).size !== modelIds.length) problems.push('models: each tier needs its own model id');
  problems.push(...aliasProblems(config));
  if (config.upstream.baseUrl !== 'sim') {
    try {
      const url = new URL(config.upstream.baseUrl);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') problems.push('upstream.baseUrl: must be "sim" or an http(s) URL');
    } catch {
      problems.push('upstream.baseUrl: must be "sim" or an http(s) URL');
    }
  }
  return problems;
}

/** An alias must name one model only, and never shadow `auto`, a tier name or a catalogue ID. */
function aliasProblems(config: Config): string[] {
  const problems: string[] = [];
  const taken = new Set<string>(['auto', ...TIERS, ...Object.values(config.models).map((m) => m.id)]);
  for (const tier of TIERS) {
    config.models[tier].aliases.forEach((alias, i) => {
      if (taken.has(alias)) problems.push(`models.${tier}.aliases.${i}: "${alias}" already names a model or tier`);
      taken.add(alias);
    });
  }
  return problems;
}

/** Parses YAML text into a validated, frozen Config, or throws ConfigError listing every problem. */
export function parseConfig(text: string, env: Env = process.env): Config {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new ConfigError(doc.errors.map((e) => `(yaml): ${e.message.split('\n')[0]}`));
  const parsed = configSchema.safeParse(applyEnv(doc.toJS(), env));
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map(formatIssue));
  const problems = semanticProblems(parsed.data);
  if (problems.length > 0) throw new ConfigError(problems);
  return deepFreeze(parsed.data);
}

export function loadConfigFile(path: string, env: Env = process.env): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError([`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`]);
  }
  return parseConfig(text, env);
}

/**
 * The gateway's own Anthropic key. A real upstream without one is a start-up error,
 * never a silent fallback to the simulator.
 */
export function resolveApiKey(config: Config, env: Env = process.env): string | undefined {
  let key = env.ANTHROPIC_API_KEY?.trim();
  if (!key && env.ANTHROPIC_API_KEY_FILE) {
    try {
      key = readFileSync(env.ANTHROPIC_API_KEY_FILE, 'utf8').trim();
    } catch (err) {
      throw new ConfigError([`ANTHROPIC_API_KEY_FILE: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`]);
    }
  }
  if (!key && config.upstream.baseUrl !== 'sim') {
    throw new ConfigError([
      `upstream.baseUrl is ${config.upstream.baseUrl} but neither ANTHROPIC_API_KEY nor ANTHROPIC_API_KEY_FILE is set`,
    ]);
  }
  return key || undefined;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
