import { TIERS, tierRank, type Tier } from './schema.js';

/**
 * Cross-field rules zod's per-field schema cannot express. They read the document defensively, so that they
 * run even when the schema has problems too and `check-config` reports everything in one pass.
 */
type Doc = Record<string, unknown>;

const obj = (value: unknown): Doc => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : {});
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);
const isTier = (value: unknown): value is Tier => typeof value === 'string' && (TIERS as readonly string[]).includes(value);

function urlProblem(path: string, value: string, protocols: string[], what: string): string | undefined {
  try {
    if (protocols.includes(new URL(value).protocol)) return undefined;
  } catch {
    // not a URL at all: the same message
  }
  return `${path}: "${value}" must be ${what}`;
}

function orgProblems(doc: Doc): string[] {
  const problems: string[] = [];
  const models = obj(doc.models);
  const tierOfModel = new Map<string, Tier>();
  for (const tier of TIERS) {
    const id = str(obj(models[tier]).id);
    if (id !== undefined) tierOfModel.set(id, tier);
  }
  const seenIds = new Map<string, number>();
  const seenKeys = new Map<string, string>();
  arr(doc.orgs).forEach((raw, i) => {
    const org = obj(raw);
    const id = str(org.id) ?? `#${i}`;
    const first = seenIds.get(id);
    if (first !== undefined) problems.push(`orgs.${i}.id: duplicate org id "${id}" (also orgs.${first}.id)`);
    else seenIds.set(id, i);
    arr(org.keys).forEach((key, k) => {
      if (typeof key !== 'string') return;
      const owner = seenKeys.get(key);
      if (owner !== undefined) problems.push(`orgs.${i}.keys.${k}: key hash already belongs to org "${owner}"`);
      else seenKeys.set(key, id);
    });
    const features = arr(org.features);
    for (const feature of Object.keys(obj(obj(org.usd).perFeature))) {
      if (feature !== 'other' && !features.includes(feature)) problems.push(`orgs.${i}.usd.perFeature.${feature}: not in the org's features (nor "other")`);
    }
    const policy = obj(org.policy);
    const maxTier = isTier(policy.maxTier) ? policy.maxTier : 'opus';
    const minTier = isTier(policy.minTier) ? policy.minTier : 'haiku';
    arr(policy.allowedModels).forEach((model, m) => {
      if (typeof model !== 'string') return;
      const tier = tierOfModel.get(model);
      const where = `orgs.${i}.policy.allowedModels.${m}`;
      if (tier === undefined) problems.push(`${where}: "${model}" is not in the models catalogue`);
      else if (tierRank(tier) > tierRank(maxTier)) problems.push(`${where}: "${model}" is the ${tier} tier's model, above the org's maxTier ${maxTier}`);
      else if (tierRank(tier) < tierRank(minTier)) problems.push(`${where}: "${model}" is the ${tier} tier's model, below the org's minTier ${minTier}`);
    });
  });
  const ids = TIERS.flatMap((tier) => str(obj(models[tier]).id) ?? []);
  if (new Set(ids).size !== ids.length) problems.push('models: each tier needs its own model id');
  return problems;
}

function endpointProblems(doc: Doc): string[] {
  const problems: (string | undefined)[] = [];
  const baseUrl = str(obj(doc.upstream).baseUrl);
  if (baseUrl !== undefined && baseUrl !== 'sim') {
    problems.push(urlProblem('upstream.baseUrl', baseUrl, ['http:', 'https:'], '"sim" or an http(s) URL'));
  }
  const redis = obj(obj(doc.limits).redis);
  const redisUrl = str(redis.url);
  if (redisUrl !== undefined) problems.push(urlProblem('limits.redis.url', redisUrl, ['redis:', 'rediss:'], 'a redis:// or rediss:// URL, e.g. redis://localhost:6379'));
  arr(redis.cluster).forEach((node, i) => {
    const url = str(node);
    if (url !== undefined) problems.push(urlProblem(`limits.redis.cluster.${i}`, url, ['redis:', 'rediss:'], 'a redis:// or rediss:// URL, e.g. redis://redis-0:6379'));
  });
  const otlp = str(obj(doc.tracing).otlpEndpoint);
  if (otlp !== undefined) problems.push(urlProblem('tracing.otlpEndpoint', otlp, ['http:', 'https:'], 'an http(s) URL, e.g. http://otel-collector:4318'));
  return problems.filter((p): p is string => p !== undefined);
}

function portProblems(doc: Doc): string[] {
  const server = obj(doc.server);
  const [port, metricsPort, adminPort] = [server.port === undefined ? 8080 : num(server.port), num(server.metricsPort), num(server.adminPort)];
  const problems: string[] = [];
  if (adminPort > 0 && arr(obj(doc.admin).keys).length === 0) problems.push('admin.keys: server.adminPort is set, so give at least one admin key hash');
  if (adminPort > 0 && (adminPort === port || adminPort === metricsPort)) problems.push('server.adminPort: must differ from server.port and server.metricsPort');
  if (metricsPort > 0 && metricsPort === port) problems.push('server.metricsPort: must differ from server.port');
  return problems;
}

/** An alias must name one model only, and never shadow `auto`, a tier name or a catalogue ID. */
function aliasProblems(doc: Doc): string[] {
  const problems: string[] = [];
  const models = obj(doc.models);
  const taken = new Set<string>(['auto', ...TIERS, ...TIERS.flatMap((tier) => str(obj(models[tier]).id) ?? [])]);
  for (const tier of TIERS) {
    arr(obj(models[tier]).aliases).forEach((alias, i) => {
      if (typeof alias !== 'string') return;
      if (taken.has(alias)) problems.push(`models.${tier}.aliases.${i}: "${alias}" already names a model or tier`);
      taken.add(alias);
    });
  }
  return problems;
}

export function semanticProblems(raw: unknown): string[] {
  const doc = obj(raw);
  return [...orgProblems(doc), ...aliasProblems(doc), ...endpointProblems(doc), ...portProblems(doc)];
}
