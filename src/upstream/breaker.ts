import type { Config } from '../config/schema.js';
import type { Logger } from '../logger.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import { codeOf } from '../error-codes.js';
import { AttemptError, BreakerOpenError, countsAgainstBreaker, errorCodeLabel, UPSTREAM_ANSWERED } from './attempt-error.js';
import { RollingWindow } from './rolling-window.js';

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

/** Time as the breaker sees it; tests may pass their own. */
export interface BreakerClock {
  now(): number;
  /** Calls `fn` once after `ms`; the returned function cancels it. */
  after(ms: number, fn: () => void): () => void;
}

export const systemClock: BreakerClock = {
  now: () => Date.now(),
  after(ms, fn) {
    const timer = setTimeout(fn, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

export interface BreakerDeps {
  readonly metrics: GatewayMetrics;
  readonly logger: Logger;
  /** Source of the open-period jitter, in [0, 1). */
  readonly random: () => number;
  readonly clock: BreakerClock;
}

const GAUGE_VALUE: Readonly<Record<BreakerState, number>> = { closed: 0, halfOpen: 1, open: 2 };
/** Open periods vary by ±20% so that replicas (and models) do not probe in lockstep. */
export const JITTER = 0.2;
/** setTimeout's ceiling; larger delays fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** The retry-after hint while a half-open probe is in flight: its outcome is due within an attempt. */
export const PROBE_RETRY_MS = 1000;
/** Settings the rolling window is counted under: changing one starts a fresh window. */
const WINDOW_SETTINGS = ['rollingWindowMs', 'volumeThreshold', 'errorThresholdPercentage'] as const;

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

/**
 * One model's circuit breaker: closed, open for a backed-off and jittered period, then half-open with a single
 * probe. Trips when failures reach errorThresholdPercentage of the calls in the rolling window (at least
 * volumeThreshold calls). A fresh window starts at every half-open, so the failures that tripped it are gone.
 *
 * opossum is no longer used: its public API trips only above the threshold, keeps one fixed reset timeout,
 * and cannot count a failure found after the call resolved (a mid-stream overloaded_error) without also
 * counting a call. The window slices as opossum's did, so the trip rule counts exactly as before.
 */
export class ModelBreaker {
  state: BreakerState = 'closed';
  private window: RollingWindow;
  private consecutiveTrips = 0;
  private probeInFlight = false;
  /** Bumped on every transition, so a probe from an earlier half-open period cannot decide this one. */
  private epoch = 0;
  private openUntil = 0;
  private cancelTimer: (() => void) | undefined;

  constructor(
    readonly modelId: string,
    private settings: BreakerSettings,
    private readonly deps: BreakerDeps,
  ) {
    this.window = new RollingWindow(() => deps.clock.now(), settings.rollingWindowMs);
    deps.metrics.circuitState.set({ model: modelId }, GAUGE_VALUE.closed);
  }

  async run<T>(attempt: () => Promise<T>): Promise<T> {
    const probeEpoch = this.admit();
    // Outcomes count in the window the call started in: a later window does not see them.
    const window = this.window;
    window.call();
    let value: T;
    try {
      value = await attempt();
    } catch (err) {
      if (countsAgainstBreaker(err, this.settings.tripOn)) this.countFailure(window);
      if (err instanceof AttemptError) this.countError(err);
      if (probeEpoch === this.epoch) this.probeFailed(err);
      throw err;
    }
    if (probeEpoch === this.epoch) this.close();
    return value;
  }

  recordFailure(err: AttemptError): void {
    this.countError(err);
    if (!countsAgainstBreaker(err, this.settings.tripOn) || this.state === 'open') return;
    if (this.state === 'halfOpen') return this.trip();
    this.countFailure(this.window);
  }

  update(settings: BreakerSettings): void {
    const old = this.settings;
    this.settings = settings;
    if (WINDOW_SETTINGS.some((key) => old[key] !== settings[key])) this.freshWindow();
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
    this.freshWindow();
    if (this.state === 'closed') this.consecutiveTrips = 0;
    else this.close();
  }

  shutdown(): void {
    this.cancelTimer?.();
  }

  private retryAfterMs(): number {
    if (this.state === 'open') return Math.max(0, this.openUntil - this.deps.clock.now());
    return this.state === 'halfOpen' && this.probeInFlight ? PROBE_RETRY_MS : 0;
  }

  /** Returns the epoch when this call is the half-open probe, else undefined; throws when refused. */
  private admit(): number | undefined {
    if (this.state === 'open') throw new BreakerOpenError(this.modelId, this.retryAfterMs());
    if (this.state === 'closed') return undefined;
    if (this.probeInFlight) throw new BreakerOpenError(this.modelId, PROBE_RETRY_MS, true);
    this.probeInFlight = true;
    return this.epoch;
  }

  private countFailure(window: RollingWindow): void {
    window.fail();
    if (this.state === 'closed' && window === this.window && window.exceeds(this.settings)) this.trip();
  }

  private probeFailed(err: unknown): void {
    if (countsAgainstBreaker(err, this.settings.tripOn)) this.trip();
    // A 4xx or an uncounted 5xx: the model answered, so it is not overloaded.
    else if (UPSTREAM_ANSWERED.has(codeOf(err))) this.close();
    // A client abort or a gateway fault says nothing about the model: the next call probes instead.
    else this.probeInFlight = false;
  }

  private countError(err: AttemptError): void {
    this.deps.metrics.upstreamErrors.inc({ model: this.modelId, code: errorCodeLabel(err) });
  }

  private trip(): void {
    if (this.state === 'open') return;
    this.consecutiveTrips += 1;
    const period = openPeriodMs(this.consecutiveTrips, this.settings, this.deps.random);
    this.openUntil = this.deps.clock.now() + period;
    this.cancelTimer?.();
    this.cancelTimer = this.deps.clock.after(period, () => {
      this.freshWindow();
      this.transition('halfOpen');
    });
    this.transition('open', period);
  }

  private close(): void {
    if (this.state === 'closed') return;
    this.cancelTimer?.();
    this.consecutiveTrips = 0;
    this.transition('closed');
  }

  private freshWindow(): void {
    this.window = new RollingWindow(() => this.deps.clock.now(), this.settings.rollingWindowMs);
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
}
