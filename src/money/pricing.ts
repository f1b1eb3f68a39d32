import type { CompiledConfig } from '../config/compiled.js';
import { billedParts, costUsd, type Usage } from '../upstream/usage.js';

/** One billed attempt: the catalogue model that ran it, its tokens and their price. */
export interface PricedPart {
  readonly model: string;
  readonly usage: Usage;
  readonly costUsd: number;
}

/**
 * What a request cost, attempt by attempt: each `usage.iterations` entry of a server-side fallback at
 * its own model's price, else the usage at the price of the model that answered.
 */
export function pricedParts(usage: Usage, answeredBy: string, conf: CompiledConfig): PricedPart[] {
  const fallback = conf.modelsById.get(answeredBy);
  const parts: PricedPart[] = [];
  for (const part of billedParts(usage, answeredBy)) {
    const entry = (part.model !== undefined ? conf.modelsByName.get(part.model) : undefined) ?? fallback;
    if (entry) parts.push({ model: entry.entry.id, usage: part.usage, costUsd: costUsd(part.usage, entry.entry.price) });
  }
  return parts;
}

/** The admission estimate: the input at the chosen model's input price plus all of `max_tokens` as output. */
export function estimateUsd(conf: CompiledConfig, model: string, inputTokens: number, maxTokens: number): number {
  const price = conf.modelsById.get(model)?.entry.price;
  return price ? (inputTokens * price.input + maxTokens * price.output) / 1_000_000 : 0;
}
