import CircuitBreaker from 'opossum';
import type { Config } from '../config/schema.js';
import type { Logger } from '../logger.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import { AttemptError, BreakerOpenError, countsAgainstBreaker, errorCodeLabel } from './attempt-error.js';

export { AttemptError, BreakerOpenError } from './attempt-error.js';

export type BreakerState = 'closed' | 'halfOpen' | 'open';
export type BreakerSettings = Config['breaker'];

/** What GET /admin/breakers shows of one model's breaker. */
export interface BreakerView {
  readonly model: string;
  readonly state: BreakerState;
  readonly consecutiveTrips: number;
  /** While open: when a probe will next be let through (RFC 3339); else null. */
  readonly openUntil: string | null;
  readonly retryAfterMs: number;
}

export interface BreakersDeps {
  metrics: GatewayMetrics;
  logger: Logger;
  /** Source of the open-period jitter, in [0, 1). */
  random?: () => number;
}

const GAUGE_VALUE: Readonly<Record<BreakerState, number>> = { closed: 0, halfOpen: 1, open: 2 };
/** Open periods vary by ±20% so that replicas (and models) do not probe in lockstep. */
export const JITTER = 0.2;
/** setTimeout's ceiling; larger delays fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** The retry-after hint while a half-open probe is in flight: its outcome is due within an attempt. */
export const PROBE_RETRY_MS = 1000;

/**
 * The open period after the n-th consecutive trip: resetTimeoutMs × 2^(n−1), jittered by ±JITTER, never above
 * the cap (maxResetTimeoutMs, or resetTimeoutMs if larger): within [0.8 × min(backoff, cap), cap].
 */
type ResetSettings = Pick<BreakerSettings, 'resetTimeoutMs' | 'maxResetTimeoutMs'>;
export function openPeriodMs(consecutiveTrips: number, settings: ResetSettings, random: () => number): number {
  const cap = Math.min(MAX_TIMER_MS, Math.max(settings.resetTimeoutMs, settings.maxResetTimeoutMs));
  const exponent = Math.min(Math.max(0, consecutiveTrips - 1), 52);
  const backedOff = Math.min(cap, settings.resetTimeoutMs * 2 ** exponent);
  const jittered = backedOff * (1 + JITTER * (2 * random() - 1));
  return Math.max(1, Math.min(cap, Math.round(jittered)));
}

/** opossum observes the attempt's promise; the typed promise itself goes back to the caller. */
type Circuit = CircuitBreaker<[Promise<unknown>], unknown>;
/** Settings baked into an opossum instance: changing one needs a new instance. */
const CIRCUIT_OPTIONS = ['rollingWindowMs', 'volumeThreshold', 'errorThresholdPercentage'] as const;

/**
 * One model's breaker. opossum keeps the rolling window (fires, failures) and classifies rejections
 * through `errorFilter`; this class owns the state machine: the trip rule, the open period with
 * backoff, and the single half-open probe. opossum's own reset timer is never allowed to fire
 * (resetTimeout = 2^31−1) and the opossum instance is replaced with a fresh one at every half-open,
 * which also clears the failures that caused the trip.
 */
class ModelBreaker {
  state: BreakerState = 'closed';
  private circuit: Circuit;
  private consecutiveTrips = 0;
  private probeInFlight = false;
  /** Bumped on every transition, so a probe from an earlier half-open period cannot decide this one. */
  private epoch = 0;
  private openUntil = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly modelId: string,
    private settings: BreakerSettings,
    private readonly deps: Required<BreakersDeps>,
  ) {
    this.circuit = this.newCircuit();
    deps.metrics.circuitState.set({ model: modelId }, GAUGE_VALUE.closed);
  }

  async run<T>(attempt: () => Promise<T>): Promise<T> {
    const probeEpoch = this.admit();
    const outcome = (async () => attempt())();
    try {
      await this.circuit.fire(outcome);
    } catch {
      // opossum has done its bookkeeping; `outcome` carries the same rejection to the caller.
    }
    try {
      const value = await outcome;
      if (probeEpoch === this.epoch) this.close();
      return value;
    } catch (err) {
      if (err instanceof AttemptError) this.countError(err);
      if (probeEpoch === this.epoch) this.probeFailed(err);
      throw err;
    }
  }

  recordFailure(err: AttemptError): void {
    this.countError(err);
    if (!countsAgainstBreaker(err, this.settings.tripOn) || this.state === 'open') return;
    if (this.state === 'halfOpen') return this.trip();
    // Through opossum's own 'failure' listener, which counts it in the rolling window; ours evaluates the rule.
    this.circuit.emit('failure', err, 0, []);
  }

  retryAfterMs(): number {
    if (this.state === 'open') return Math.max(0, this.openUntil - Date.now());
    return this.state === 'halfOpen' && this.probeInFlight ? PROBE_RETRY_MS : 0;
  }

  update(settings: BreakerSettings): void {
    const old = this.settings;
    this.settings = settings;
    if (CIRCUIT_OPTIONS.some((key) => old[key] !== settings[key])) this.replaceCircuit();
  }

  view(): BreakerView {
    const open = this.state === 'open';
    return {
      model: this.modelId,
      state: this.state,
      consecutiveTrips: this.consecutiveTrips,
      openUntil: open ? new Date(this.openUntil).toISOString() : null,
      retryAfterMs: this.retryAfterMs(),
    };
  }

  /** An operator's reset: closed, a fresh rolling window, and the backoff starts over. */
  reset(): void {
    this.replaceCircuit();
    if (this.state === 'closed') this.consecutiveTrips = 0;
    else this.close();
  }

  shutdown(): void {
    clearTimeout(this.timer);
    this.circuit.shutdown();
  }

  /** Returns the epoch when this call is the half-open probe, else undefined; throws when refused. */
  private admit(): number | undefined {
    if (this.state === 'open') throw new BreakerOpenError(this.modelId, this.retryAfterMs());
    if (this.state === 'closed') return undefined;
    if (this.probeInFlight) throw new BreakerOpenError(this.modelId, PROBE_RETRY_MS, true);
    this.probeInFlight = true;
    return this.epoch;
  }

  private probeFailed(err: unknown): void {
    if (countsAgainstBreaker(err, this.settings.tripOn)) this.trip();
    // A 4xx or an uncounted 5xx: the model answered, so it is not overloaded.
    else if (err instanceof AttemptError) this.close();
    // A client abort or a gateway fault says nothing about the model: the next call probes instead.
    else this.probeInFlight = false;
  }

  private countError(err: AttemptError): void {
    this.deps.metrics.upstreamErrors.inc({ model: this.modelId, code: errorCodeLabel(err) });
  }

  private evaluate(circuit: Circuit): void {
    if (this.state !== 'closed' || circuit !== this.circuit) return;
    const { fires, failures } = circuit.stats;
    const { volumeThreshold, errorThresholdPercentage } = this.settings;
    if (fires >= volumeThreshold && failures * 100 >= errorThresholdPercentage * fires) this.trip();
  }

  private trip(): void {
    if (this.state === 'open') return;
    this.consecutiveTrips += 1;
    const period = openPeriodMs(this.consecutiveTrips, this.settings, this.deps.random);
    this.openUntil = Date.now() + period;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.replaceCircuit();
      this.transition('halfOpen');
    }, period);
    this.timer.unref();
    this.transition('open', period);
  }

  private close(): void {
    if (this.state === 'closed') return;
    clearTimeout(this.timer);
    this.consecutiveTrips = 0;
    this.transition('closed');
  }

  private transition(to: BreakerState, openForMs?: number): void {
    const from = this.state;
    this.state = to;
    this.epoch += 1;
    this.probeInFlight = false;
    this.deps.metrics.circuitState.set({ model: this.modelId }, GAUGE_VALUE[to]);
    const line = { model: this.modelId, from, to, consecutiveTrips: this.consecutiveTrips, nextResetMs: openForMs ?? null };
    if (to === 'open') this.deps.logger.warn(line, 'circuit breaker opened');
    else this.deps.logger.info(line, `circuit breaker ${to === 'closed' ? 'closed' : 'half-open'}`);
  }

  private replaceCircuit(): void {
    const old = this.circuit;
    this.circuit = this.newCircuit();
    // In-flight calls on the old instance still settle; their late outcomes no longer count.
    old.shutdown();
  }

  private newCircuit(): Circuit {
    const s = this.settings;
    const circuit: Circuit = new CircuitBreaker((outcome: Promise<unknown>) => outcome, {
      name: this.modelId,
      // Attempts enforce their own deadline with a timer that aborts the call (a JSON answer may take minutes).
      timeout: false,
      errorThresholdPercentage: s.errorThresholdPercentage,
      volumeThreshold: s.volumeThreshold,
      rollingCountTimeout: s.rollingWindowMs,
      resetTimeout: MAX_TIMER_MS, // never fires: the instance is replaced at every half-open
      rollingPercentilesEnabled: false,
      enableSnapshots: false,
      errorFilter: (err: unknown) => !countsAgainstBreaker(err, this.settings.tripOn),
    });
    circuit.on('failure', () => this.evaluate(circuit));
    // opossum's own rule (rate > threshold) is implied by ours (rate >= threshold) but kept in sync anyway.
    circuit.on('open', () => {
      if (circuit === this.circuit && this.state === 'closed') this.trip();
    });
    return circuit;
  }
}

const catalogueIds = (config: Config): string[] => [...new Set(Object.values(config.models).map((m) => m.id))];

/**
 * One circuit breaker per upstream model ID: the catalogue's at construction (so every gateway_circuit_state
 * series exists from the start), any other ID on first use. Every AttemptError an attempt rejects with, or
 * given to recordFailure, is counted in gateway_upstream_errors_total, whether or not it counts against the breaker.
 */
export class Breakers {
  private readonly models = new Map<string, ModelBreaker>();
  private settings: BreakerSettings;
  private readonly deps: Required<BreakersDeps>;
  private isShutdown = false;

  constructor(config: Config, deps: BreakersDeps) {
    this.settings = config.breaker;
    this.deps = Object.assign({}, deps, { random: deps.random ?? Math.random });
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

  /** 0 unless open (or half-open with the probe in flight); else the time until a call may be admitted. */
  retryAfterMs(modelId: string): number {
    return this.models.get(modelId)?.retryAfterMs() ?? 0;
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
