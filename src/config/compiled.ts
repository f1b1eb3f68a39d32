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

/**
 * The tables of `config`. Given the tables of the config it replaces, the org tables are copied and only the
 * orgs that are not the same object as before are written again: a reload changing one org of 10,000 (whose
 * others `ConfigLoader` keeps as they were) does a few map copies, not 10,000 inserts per table.
 */
export function compileConfig(config: Config, previous?: CompiledConfig): CompiledConfig {
  const orgs = previous ? patchedOrgTables(config.orgs, previous) : orgTables(config.orgs);
  const modelsById = new Map<string, CatalogueModel>();
  const modelsByName = new Map<string, CatalogueModel>();
  for (const tier of TIERS) {
    const model = { tier, entry: config.models[tier] };
    modelsById.set(model.entry.id, model);
    for (const name of [model.entry.id, ...model.entry.aliases]) modelsByName.set(name, model);
  }
  const router = classifierFor(config.routing.weights);
  return { config, ...orgs, modelsById, modelsByName, modelIds: [...modelsById.keys()], classify: router };
}

type OrgTables = Pick<CompiledConfig, 'orgsByKeyHash' | 'orgsById'>;

const keyHashes = (org: OrgConfig): string[] => org.keys.map((key) => key.slice('sha256:'.length));

function orgTables(orgs: readonly OrgConfig[]): OrgTables {
  const orgsByKeyHash = new Map<string, OrgConfig>();
  const orgsById = new Map<string, OrgConfig>();
  for (const org of orgs) {
    orgsById.set(org.id, org);
    for (const hash of keyHashes(org)) orgsByKeyHash.set(hash, org);
  }
  return { orgsByKeyHash, orgsById };
}

function patchedOrgTables(orgs: readonly OrgConfig[], previous: CompiledConfig): OrgTables {
  const changed = orgs.filter((org) => previous.orgsById.get(org.id) !== org);
  const kept = orgs.length - changed.length;
  // Orgs were removed, or so many changed that patching would not save anything: build anew.
  if (kept + changed.filter((org) => previous.orgsById.has(org.id)).length !== previous.orgsById.size || changed.length > orgs.length / 4) {
    return orgTables(orgs);
  }
  const orgsById = new Map(previous.orgsById);
  const orgsByKeyHash = new Map(previous.orgsByKeyHash);
  for (const org of changed) {
    const before = previous.orgsById.get(org.id);
    if (before) for (const hash of keyHashes(before)) orgsByKeyHash.delete(hash);
  }
  for (const org of changed) {
    orgsById.set(org.id, org);
    for (const hash of keyHashes(org)) orgsByKeyHash.set(hash, org);
  }
  return { orgsByKeyHash, orgsById };
}
