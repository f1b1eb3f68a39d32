import type { Config } from '../config/schema.js';

export type FallbackBudgetConfig = Config['fallback']['budget'];

interface Counts {
  primary: number;
  fallback: number;
}

/**
 * "Fallbacks in flight to one model may not exceed max(minConcurrent, percent% of that model's
 * in-flight requests)" (docs/config.md), read literally: `percent` is the largest share of the model's
 * whole in-flight traffic (its own requests plus fallbacks, the new one included) that may be fallbacks.
 * A fallback is admitted when, once admitted, fallbacks ≤ minConcurrent or
 * fallbacks × 100 ≤ percent × (primary + fallbacks). Equivalently fallbacks ≤ primary × p/(100−p):
 * at 50%, Sonnet carries at most as many fallbacks as requests of its own (or minConcurrent),
 * so a storm on Opus cannot stampede it. percent 100 admits every fallback; 0 leaves only minConcurrent.
 *
 * Primary requests are always admitted. A slot is held until the model's answer to the client ends
 * (stream included), since that is the load it puts on the model. In memory, per replica.
 */
export class FallbackBudget {
  /**
   * One entry per model ever called, kept at zero when idle: the IDs come from the config's catalogue, so
   * the map stays small. Deleting idle entries made V8 rebuild the map's table, in the old generation, on
   * nearly every request (docs/performance-rules.md).
   */
  private readonly counts = new Map<string, Counts>();

  constructor(private config: FallbackBudgetConfig) {}

  /** A release function (safe to call more than once), or null when a fallback would exceed the budget. */
  enter(modelId: string, isFallback: boolean): (() => void) | null {
    const counts = this.countsOf(modelId);
    if (isFallback && !this.admits(counts)) return null;
    if (isFallback) counts.fallback += 1;
    else counts.primary += 1;

    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (isFallback) counts.fallback -= 1;
      else counts.primary -= 1;
    };
  }

  /** Requests in flight per model ID ever called. */
  *inflightByModel(): Iterable<readonly [string, number]> {
    for (const [model, counts] of this.counts) yield [model, counts.primary + counts.fallback];
  }

  /** New limits apply to the next admission; requests in flight keep their slots. */
  reload(config: FallbackBudgetConfig): void {
    this.config = config;
  }

  private countsOf(modelId: string): Counts {
    let counts = this.counts.get(modelId);
    if (!counts) {
      counts = { primary: 0, fallback: 0 };
      this.counts.set(modelId, counts);
    }
    return counts;
  }

  private admits(counts: Counts): boolean {
    const fallbacks = counts.fallback + 1;
    if (fallbacks <= this.config.minConcurrent) return true;
    return fallbacks * 100 <= this.config.percent * (counts.primary + fallbacks);
  }
}
