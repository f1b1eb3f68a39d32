import type { Config } from '../config/schema.js';
import type { AttemptError } from './attempt-error.js';
import { ModelBreaker, systemClock, type BreakerDeps, type BreakerState, type BreakerView } from './breaker.js';

export { AttemptError, BreakerOpenError } from './attempt-error.js';

/** The jitter's random source and the clock default to Math.random and the system's. */
export type BreakersDeps = Pick<BreakerDeps, 'metrics' | 'logger'> & Partial<Pick<BreakerDeps, 'random' | 'clock'>>;

const catalogueIds = (config: Config): string[] => [...new Set(Object.values(config.models).map((m) => m.id))];

/**
 * One circuit breaker per upstream model ID: the catalogue's at construction (so every gateway_circuit_state
 * series exists from the start), any other ID on first use. Every AttemptError an attempt rejects with, or
 * given to recordFailure, is counted in gateway_upstream_errors_total, whether or not it counts against the breaker.
 */
export class Breakers {
  private readonly models = new Map<string, ModelBreaker>();
  private settings: Config['breaker'];
  private readonly deps: BreakerDeps;
  private isShutdown = false;

  constructor(config: Config, deps: BreakersDeps) {
    this.settings = config.breaker;
    this.deps = { metrics: deps.metrics, logger: deps.logger, random: deps.random ?? Math.random, clock: deps.clock ?? systemClock };
    for (const id of catalogueIds(config)) this.model(id);
  }

  /**
   * Runs one attempt under the model's breaker. Rejects with BreakerOpenError, without calling `attempt`,
   * when the breaker is open or half-open with its probe in flight; otherwise settles as `attempt` does.
   */
  run<T>(modelId: string, attempt: () => Promise<T>): Promise<T> {
    if (this.isShutdown) return Promise.reject(new Error('Breakers have been shut down'));
    return this.model(modelId).run(attempt);
  }

  /** A failure found after run() resolved, e.g. an overloaded_error event after content was sent. */
  recordFailure(modelId: string, err: AttemptError): void {
    if (!this.isShutdown) this.model(modelId).recordFailure(err);
  }

  state(modelId: string): BreakerState {
    return this.models.get(modelId)?.state ?? 'closed';
  }

  /** Every known model's breaker, catalogue models first. */
  views(): BreakerView[] {
    return [...this.models.values()].map((b) => b.view());
  }

  /** Closes a model's breaker at once; false when no breaker exists for that model ID. */
  reset(modelId: string): boolean {
    const breaker = this.models.get(modelId);
    if (!breaker || this.isShutdown) return false;
    breaker.reset();
    this.deps.logger.warn({ model: modelId }, 'circuit breaker reset by an operator');
    return true;
  }

  /**
   * Applies new settings and keeps every breaker's state, trip count and current open period.
   * tripOn and the threshold apply at once; reset timeouts from the next trip on. A change of
   * rollingWindowMs, volumeThreshold or errorThresholdPercentage restarts the rolling window.
   * Models that left the catalogue keep their breaker (requests in flight may still use it).
   */
  reload(config: Config): void {
    this.settings = config.breaker;
    for (const breaker of this.models.values()) breaker.update(this.settings);
    for (const id of catalogueIds(config)) this.model(id);
  }

  shutdown(): void {
    this.isShutdown = true;
    for (const breaker of this.models.values()) breaker.shutdown();
    this.models.clear();
  }

  private model(modelId: string): ModelBreaker {
    const existing = this.models.get(modelId);
    if (existing) return existing;
    const breaker = new ModelBreaker(modelId, this.settings, this.deps);
    this.models.set(modelId, breaker);
    return breaker;
  }
}
