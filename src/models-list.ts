import type { CompiledConfig } from './config/compiled.js';
import { TIERS, tierRank, type OrgConfig } from './config/schema.js';

interface ModelInfo {
  type: 'model';
  id: string;
  display_name: string;
  created_at: string;
}

/** A fixed timestamp: the catalogue has no release dates, and a changing one would only confuse caches. */
const CREATED_AT = '2025-01-01T00:00:00Z';

/** GET /v1/models: `auto`, the tier aliases and the model IDs this org may use, in Anthropic's list shape. */
export function modelsFor(org: OrgConfig, conf: CompiledConfig): { data: ModelInfo[]; has_more: false; first_id: string | null; last_id: string | null } {
  const min = tierRank(org.policy?.minTier ?? 'haiku');
  const max = tierRank(org.policy?.maxTier ?? 'opus');
  const allowed = org.policy?.allowedModels;
  const tiers = TIERS.filter((t) => tierRank(t) >= min && tierRank(t) <= max && (!allowed || allowed.includes(conf.config.models[t].id)));
  const data: ModelInfo[] = [
    { type: 'model', id: 'auto', display_name: 'Auto (gateway picks the tier)', created_at: CREATED_AT },
    ...tiers.map((t): ModelInfo => ({ type: 'model', id: t, display_name: `${t} tier (${conf.config.models[t].id})`, created_at: CREATED_AT })),
    ...tiers.map((t): ModelInfo => ({ type: 'model', id: conf.config.models[t].id, display_name: conf.config.models[t].id, created_at: CREATED_AT })),
  ];
  return { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null };
}
