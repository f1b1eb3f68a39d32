import { StringDecoder } from 'node:string_decoder';
import type { CompiledConfig } from '../config/compiled.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import { costUsd, emptyUsage, mergeUsage, type Usage } from '../upstream/usage.js';

/** Anthropic bills batch answers at half the list price. */
export const BATCH_PRICE_FACTOR = 0.5;

interface ResultLine {
  result?: { type?: unknown; message?: { model?: unknown; usage?: unknown } };
}

/** Adds up, per model, the usage of a batch's succeeded results as their JSON Lines stream past. */
export class ResultsTally {
  readonly byModel = new Map<string, Usage>();
  private readonly utf8 = new StringDecoder('utf8');
  private pending = '';

  push(chunk: Buffer): void {
    const lines = (this.pending + this.utf8.write(chunk)).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.add(line);
  }

  end(): void {
    this.add(this.pending + this.utf8.end());
    this.pending = '';
  }

  private add(line: string): void {
    if (line.trim() === '') return;
    let parsed: ResultLine;
    try {
      parsed = JSON.parse(line) as ResultLine;
    } catch {
      return;
    }
    const message = parsed.result?.type === 'succeeded' ? parsed.result.message : undefined;
    if (typeof message?.model !== 'string') return;
    const one = emptyUsage();
    mergeUsage(one, message.usage);
    const total = this.byModel.get(message.model) ?? emptyUsage();
    total.inputTokens += one.inputTokens;
    total.outputTokens += one.outputTokens;
    total.cacheCreationInputTokens += one.cacheCreationInputTokens;
    total.cacheReadInputTokens += one.cacheReadInputTokens;
    total.cacheCreation1hInputTokens += one.cacheCreation1hInputTokens;
    this.byModel.set(message.model, total);
  }
}

/** Tokens and half-price cost into the same counters as /v1/messages; returns the cost in USD. */
export function recordBatchUsage(metrics: GatewayMetrics, conf: CompiledConfig, org: string, tally: ResultsTally): number {
  let total = 0;
  for (const [model, usage] of tally.byModel) {
    const entry = conf.modelsById.get(model);
    if (!entry) continue; // label values come only from the catalogue
    metrics.tokens.inc({ org, model, type: 'input' }, usage.inputTokens);
    metrics.tokens.inc({ org, model, type: 'output' }, usage.outputTokens);
    metrics.tokens.inc({ org, model, type: 'cache_write' }, usage.cacheCreationInputTokens);
    metrics.tokens.inc({ org, model, type: 'cache_read' }, usage.cacheReadInputTokens);
    const cost = costUsd(usage, entry.entry.price) * BATCH_PRICE_FACTOR;
    metrics.cost.inc({ org, model }, cost);
    total += cost;
  }
  return total;
}
