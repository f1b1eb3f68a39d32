import type { CompiledConfig } from './config/compiled.js';
import { TIERS, tierRank, type OrgConfig, type Tier } from './config/schema.js';
import { notFound } from './errors.js';
import { pageOf, type PageQuery } from './ownership/page.js';
import { resolveModelName } from './routing/model-names.js';

interface ModelInfo {
  type: 'model';
  id: string;
  display_name: string;
  created_at: string;
}

/** A fixed timestamp: the catalogue has no release dates, and a changing one would only confuse caches. */
const CREATED_AT = '2025-01-01T00:00:00Z';

const info = (id: string, display_name: string): ModelInfo => ({ type: 'model', id, display_name, created_at: CREATED_AT });

/** The tiers this org may use: within its min and max tier, and its allowedModels if it has them. */
function usableTiers(org: OrgConfig, conf: CompiledConfig): Tier[] {
  const min = tierRank(org.policy?.minTier ?? 'haiku');
  const max = tierRank(org.policy?.maxTier ?? 'opus');
  const allowed = org.policy?.allowedModels;
  return TIERS.filter((t) => tierRank(t) >= min && tierRank(t) <= max && (!allowed || allowed.includes(conf.config.models[t].id)));
}

const tierInfo = (tier: Tier, conf: CompiledConfig): ModelInfo => info(tier, `${tier} tier (${conf.config.models[tier].id})`);

/**
 * GET /v1/models: `auto`, the tier aliases, and the model IDs (with their aliases) this org may use, in Anthropic's
 * list shape, paged as Anthropic pages (`limit`, `after_id`, `before_id`).
 */
export function modelsFor(org: OrgConfig, conf: CompiledConfig, query: PageQuery): { data: ModelInfo[]; has_more: boolean; first_id: string | null; last_id: string | null } {
  const tiers = usableTiers(org, conf);
  const all: ModelInfo[] = [
    info('auto', 'Auto (gateway picks the tier)'),
    ...tiers.map((t) => tierInfo(t, conf)),
    ...tiers.map((t) => info(conf.config.models[t].id, conf.config.models[t].id)),
    ...tiers.flatMap((t) => conf.config.models[t].aliases.map((alias) => info(alias, `${alias} (served by ${conf.config.models[t].id})`))),
  ];
  const page = pageOf(all.map((m) => m.id), query);
  const data = all.filter((m) => page.ids.includes(m.id));
  return { data, has_more: page.hasMore, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null };
}

/**
 * GET /v1/models/{id}: `auto`, a tier, or the catalogue model that serves `id` (an alias or a family ID
 * resolves to it, as Anthropic resolves aliases), when this org may use it; 404 otherwise.
 */
export function modelFor(id: string, org: OrgConfig, conf: CompiledConfig): ModelInfo {
  if (id === 'auto') return info('auto', 'Auto (gateway picks the tier)');
  const missing = notFound(`model: ${id}`);
  let tier: Tier;
  let kind: string;
  try {
    ({ tier, kind } = resolveModelName(id, org, conf));
  } catch {
    throw missing;
  }
  if (!usableTiers(org, conf).includes(tier)) throw missing;
  const entry = conf.config.models[tier];
  return kind === 'alias' ? tierInfo(tier, conf) : info(entry.id, entry.id);
}
