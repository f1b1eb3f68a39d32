import type { CatalogueModel, CompiledConfig } from '../config/compiled.js';
import { TIERS, tierSchema, type OrgConfig, type Tier } from '../config/schema.js';
import { invalidRequest } from '../errors.js';

/** How a requested `model` other than `auto` maps onto the catalogue. */
export interface NamedModel {
  /** `alias`: a tier name; `pinned`: a catalogue ID or one of its aliases; `family`: every other ID that names a family. */
  readonly kind: 'alias' | 'pinned' | 'family';
  readonly tier: Tier;
}

/** The Claude family an ID names (`claude-opus-4-8`, `claude-3-5-haiku-latest`, …), if any. */
export function familyOf(modelId: string): Tier | undefined {
  const lower = modelId.toLowerCase();
  return TIERS.find((tier) => lower.includes(tier));
}

/**
 * Resolves a model name for an org: a tier alias, then the catalogue's IDs and aliases, then (unless the
 * org is `strictModels`) any ID naming a Claude family, so clients newer than the catalogue keep working.
 * Anything else is a 400 listing what is accepted.
 */
export function resolveModelName(name: string, org: OrgConfig, conf: CompiledConfig): NamedModel {
  const tier = tierSchema.safeParse(name);
  if (tier.success) return { kind: 'alias', tier: tier.data };
  const exact: CatalogueModel | undefined = conf.modelsByName.get(name);
  if (exact) return { kind: 'pinned', tier: exact.tier };
  const family = org.policy?.strictModels ? undefined : familyOf(name);
  if (family) return { kind: 'family', tier: family };
  throw invalidRequest(`model: unknown model "${name}"; use "auto", a tier (haiku, sonnet, opus) or one of: ${[...conf.modelsByName.keys()].join(', ')}`, 'GW_UNKNOWN_MODEL');
}
