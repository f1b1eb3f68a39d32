import { randomBytes } from 'node:crypto';
import { simConfigSchema, type SimConfig, type SimModelBehaviour } from '../config/schema.js';
import { SimBatches } from './batches.js';
import { PromptCache } from './cache.js';
import { SimFiles } from './files.js';
import { fnv1a, mulberry32 } from './prng.js';
import { RateWindows } from './ratelimit.js';
import type { RecordedRequest, SimStats, SimulatorOptions } from './types.js';

/** How long a batch takes unless ended through the control. */
const DEFAULT_BATCH_MS = 10_000;

const EMPTY: SimModelBehaviour = Object.freeze({});

const emptyStats = (): SimStats => ({
  requests: Object.create(null) as Record<string, number>,
  responses: Object.create(null) as Record<string, number>,
  countTokens: 0,
  streams: 0,
  midStreamErrors: 0,
  droppedConnections: 0,
  inFlight: 0,
  pendingTimers: 0,
  cache: { reads: 0, writes: 0 },
});

/** Everything one simulator instance remembers between requests. */
export class SimState {
  readonly config: SimConfig;
  readonly knownModels: ReadonlySet<string> | undefined;
  readonly listedModels: readonly string[];
  readonly cache = new PromptCache();
  readonly rateWindows = new RateWindows();
  readonly batches: SimBatches;
  readonly files = new SimFiles(() => this.nextId());
  stats: SimStats = emptyStats();

  /** Makes ids unique across simulator instances and runs; the counter makes them unique within one. */
  private readonly tag = randomBytes(4).toString('hex');
  private counter = 0;
  private readonly overrides = new Map<string, SimModelBehaviour>();
  private readonly effective = new Map<string, SimModelBehaviour>();
  private readonly rngs = new Map<string, () => number>();
  private readonly recordLimit: number;
  private ring: RecordedRequest[] = [];
  private ringNext = 0;

  constructor(options: SimulatorOptions = {}) {
    this.config = simConfigSchema.parse(options.config ?? {});
    this.knownModels = options.knownModels ? new Set(options.knownModels) : undefined;
    this.listedModels = options.knownModels ?? Object.keys(this.config.models).filter((m) => m !== '*');
    this.recordLimit = Math.max(0, options.recordLimit ?? 200);
    this.batches = new SimBatches(() => this.nextId(), this.knownModels, options.batchDurationMs ?? DEFAULT_BATCH_MS);
  }

  /** A fresh id suffix, e.g. for `req_sim_<id>`, `msg_sim_<id>`. */
  nextId(): string {
    return this.tag + (++this.counter).toString(36).padStart(8, '0');
  }

  /** The model's own behaviour (runtime, else config) over the "*" one, field by field. */
  behaviour(model: string): SimModelBehaviour {
    let b = this.effective.get(model);
    if (b === undefined) {
      const wildcard = this.overrides.get('*') ?? this.config.models['*'] ?? EMPTY;
      const own = this.overrides.get(model) ?? this.config.models[model] ?? EMPTY;
      b = own === EMPTY ? wildcard : wildcard === EMPTY ? own : Object.assign({}, wildcard, own);
      if (this.effective.size > 10_000) this.effective.clear();
      this.effective.set(model, b);
    }
    return b;
  }

  /** True with probability `rate`, from the model's own seeded stream; 0 and 1 draw nothing. */
  roll(model: string, rate: number | undefined): boolean {
    if (rate === undefined || rate <= 0) return false;
    if (rate >= 1) return true;
    let rng = this.rngs.get(model);
    if (!rng) this.rngs.set(model, (rng = mulberry32(fnv1a(model, this.config.seed >>> 0))));
    return rng() < rate;
  }

  setBehaviour(model: string, behaviour: SimModelBehaviour): void {
    this.overrides.set(model, behaviour);
    this.effective.clear();
  }

  clearBehaviours(): void {
    this.overrides.clear();
    this.effective.clear();
  }

  reset(): void {
    this.clearBehaviours();
    this.rngs.clear();
    this.cache.clear();
    this.rateWindows.clear();
    this.batches.clear();
    this.files.clear();
    const { inFlight, pendingTimers } = this.stats;
    this.stats = emptyStats();
    this.stats.inFlight = inFlight;
    this.stats.pendingTimers = pendingTimers;
    this.ring = [];
    this.ringNext = 0;
  }

  countResponse(status: number): void {
    const { responses } = this.stats;
    responses[status] = (responses[status] ?? 0) + 1;
  }

  countRequest(model: string): void {
    const { requests } = this.stats;
    requests[model] = (requests[model] ?? 0) + 1;
  }

  record(entry: RecordedRequest): void {
    if (this.recordLimit === 0) return;
    if (this.ring.length < this.recordLimit) this.ring.push(entry);
    else this.ring[this.ringNext] = entry;
    this.ringNext = (this.ringNext + 1) % this.recordLimit;
  }

  recorded(): RecordedRequest[] {
    if (this.ring.length < this.recordLimit) return this.ring.slice();
    return [...this.ring.slice(this.ringNext), ...this.ring.slice(0, this.ringNext)];
  }

  snapshot(): SimStats {
    const s = this.stats;
    return Object.assign({}, s, { requests: { ...s.requests }, responses: { ...s.responses }, cache: { ...s.cache } });
  }
}
