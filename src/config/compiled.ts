import { readFileSync } from 'node:fs';
import type { MessagesBody } from '../messages/schema.js';
import { classify, createClassifier, type Classification } from '../routing/classifier.js';
import { loadModel } from '../routing/model.js';
import { TIERS, type Config, type ModelEntry, type OrgConfig, type Tier } from './schema.js';

export interface CatalogueModel {
  readonly tier: Tier;
  readonly entry: ModelEntry;
}

/**
 * Lookup tables derived once per config load, so the request path does map lookups only.
 * A request keeps the snapshot it started with, which is what makes hot reload safe for requests in flight.
 */
export interface CompiledConfig {
  readonly config: Config;
  readonly orgsByKeyHash: ReadonlyMap<string, OrgConfig>;
  readonly orgsById: ReadonlyMap<string, OrgConfig>;
  readonly modelsById: ReadonlyMap<string, CatalogueModel>;
  /** Catalogue IDs and their `aliases`: every name served exactly. */
  readonly modelsByName: ReadonlyMap<string, CatalogueModel>;
  readonly modelIds: readonly string[];
  /** The router: the shipped weights, or those named by `routing.weights`. */
  readonly classify: (body: MessagesBody) => Classification;
}

/** Reads `routing.weights` once per load; a missing or invalid file fails the load (a reload keeps the old config). */
export const classifierFor = (path: string | undefined): ((body: MessagesBody) => Classification) => {
  if (path === undefined) return classify;
  try {
    return createClassifier(loadModel(JSON.parse(readFileSync(path, 'utf8'))));
  } catch (err) {
    throw new Error(`routing.weights: ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
};

export function compileConfig(config: Config): CompiledConfig {
  const orgsByKeyHash = new Map<string, OrgConfig>();
  const orgsById = new Map<string, OrgConfig>();
  for (const org of config.orgs) {
    orgsById.set(org.id, org);
    for (const key of org.keys) orgsByKeyHash.set(key.slice('sha256:'.length), org);
  }
  const modelsById = new Map<string, CatalogueModel>();
  const modelsByName = new Map<string, CatalogueModel>();
  for (const tier of TIERS) {
    const model = { tier, entry: config.models[tier] };
    modelsById.set(model.entry.id, model);
    for (const name of [model.entry.id, ...model.entry.aliases]) modelsByName.set(name, model);
  }
  const router = classifierFor(config.routing.weights);
  return { config, orgsByKeyHash, orgsById, modelsById, modelsByName, modelIds: [...modelsById.keys()], classify: router };
}
