import type { CompiledConfig } from '../config/compiled.js';
import type { OrgConfig } from '../config/schema.js';
import { costUsd, type Usage } from '../upstream/usage.js';
import type { Money } from './index.js';
import type { PricedPart } from './pricing.js';

/**
 * A batch's answers, per model, at `factor` of the list price (Anthropic bills batches at half), into the org's
 * USD spend and the ledger under the feature `batch` (their cost arrives when the results are first read).
 */
export function chargeBatch(money: Money, conf: CompiledConfig, org: OrgConfig, byModel: ReadonlyMap<string, Usage>, factor: number): Promise<void> {
  const parts: PricedPart[] = [];
  for (const [model, usage] of byModel) {
    const entry = conf.modelsById.get(model);
    if (entry) parts.push({ model, usage, costUsd: costUsd(usage, entry.entry.price) * factor });
  }
  const feature = org.features?.includes('batch') ? 'batch' : 'other';
  for (const part of parts) money.metrics.featureCost.inc({ org: org.id, feature, model: part.model }, part.costUsd);
  return money.budgets.charge(org, feature, parts);
}
