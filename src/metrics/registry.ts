import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { RESTART_KEYS } from '../config/restart-keys.js';
import { VERSION } from '../version.js';
import { createMoneyMetrics } from '../money/metrics.js';
import { InflightByOrg } from './inflight.js';
import { SummedCounter } from './summed-counter.js';
import { SummedHistogram } from './summed-histogram.js';

/**
 * Every gateway_* metric (docs/metrics.md), on one Registry (never prom-client's global one).
 * Label values come only from the config (org ids, tiers, model IDs) or small fixed sets.
 */
export interface GatewayMetrics {
  readonly registry: Registry;
  readonly requests: SummedCounter<'org' | 'tier' | 'model' | 'route' | 'code'>;
  readonly requestDuration: SummedHistogram<'org' | 'model' | 'stream' | 'code'>;
  readonly timeToFirstToken: SummedHistogram<'model'>;
  readonly overhead: SummedHistogram;
  readonly tokens: SummedCounter<'org' | 'model' | 'type'>;
  readonly cost: SummedCounter<'org' | 'model'>;
  readonly routingDecisions: SummedCounter<'org' | 'tier' | 'route'>;
  readonly fallbacks: Counter<'from' | 'to' | 'reason'>;
  readonly circuitState: Gauge<'model'>;
  readonly upstreamErrors: Counter<'model' | 'code'>;
  readonly errors: Counter<'code'>;
  readonly rateLimitRejections: Counter<'org' | 'limit'>;
  readonly rateLimitQueueDepth: Gauge<'org'>;
  readonly inflight: InflightByOrg;
  readonly limitStoreUp: Gauge;
  readonly configReloads: Counter<'result'>;
  readonly configLastReloadSuccessful: Gauge;
  readonly configRestartRequired: Gauge<'key'>;
  readonly buildInfo: Gauge<'version' | 'node'>;
  readonly upstreamInflight: Gauge<'model'>;
  readonly largeBodiesParsing: Gauge;
  readonly largeBodiesParsed: Counter<'result'>;
  /** Where gateway_upstream_inflight_requests is read from at each scrape (requests in flight per model ID). */
  readUpstreamInflightFrom(read: () => Iterable<readonly [string, number]>): void;
}

const LATENCY_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600];
const TTFT_BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1, 2, 5, 10, 30, 60];
/** The gateway's own time is meant to be around a millisecond: fine buckets below 50 ms. */
const OVERHEAD_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25];

export function createMetrics(options: { defaultMetrics?: boolean } = {}): GatewayMetrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 50 });
  const metrics = defineMetrics(registry);
  createMoneyMetrics(registry); // gateway_budget_*, gateway_feature_* (docs/money.md)
  // Series that alerts compare against must exist before their first event.
  for (const result of ['applied', 'rejected']) metrics.configReloads.inc({ result }, 0);
  metrics.configLastReloadSuccessful.set(1);
  for (const key of RESTART_KEYS) metrics.configRestartRequired.set({ key }, 0);
  metrics.buildInfo.set({ version: VERSION, node: process.versions.node }, 1);
  return metrics;
}

function defineMetrics(registry: Registry): GatewayMetrics {
  const registers = [registry];
  let readUpstreamInflight: () => Iterable<readonly [string, number]> = () => [];
  return {
    registry,
    readUpstreamInflightFrom: (read) => {
      readUpstreamInflight = read;
    },
    // Read at scrape time, so the request path pays nothing for it.
    upstreamInflight: new Gauge({
      name: 'gateway_upstream_inflight_requests',
      help: 'Requests this replica has in flight to the upstream, by model (from the attempt until the answer ends). What the HPA scales on.',
      labelNames: ['model'],
      registers,
      collect() {
        for (const [model, count] of readUpstreamInflight()) this.set({ model }, count);
      },
    }),
    requests: new SummedCounter({
      name: 'gateway_requests_total',
      help: 'Requests answered (messages, chat completions; batch and file calls with route batch or file), by org, tier, answering model, route kind and HTTP status.',
      labelNames: ['org', 'tier', 'model', 'route', 'code'],
      registers,
    }),
    requestDuration: new SummedHistogram({
      name: 'gateway_request_duration_seconds',
      help: 'Time from request arrival to the last byte of the answer, by status class (code: 2xx, 4xx, 5xx).',
      labelNames: ['org', 'model', 'stream', 'code'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    timeToFirstToken: new SummedHistogram({
      name: 'gateway_time_to_first_token_seconds',
      help: 'Time from request arrival to the first content delta written to the client.',
      labelNames: ['model'],
      buckets: TTFT_BUCKETS,
      registers,
    }),
    overhead: new SummedHistogram({
      name: 'gateway_overhead_seconds',
      help: "The gateway's own time per request: arrival to upstream send, plus upstream end to last byte written.",
      buckets: OVERHEAD_BUCKETS,
      registers,
    }),
    tokens: new SummedCounter({
      name: 'gateway_tokens_total',
      help: 'Tokens reported by the upstream, by kind (input, output, cache_read, cache_write).',
      labelNames: ['org', 'model', 'type'],
      registers,
    }),
    cost: new SummedCounter({
      name: 'gateway_cost_usd_total',
      help: "Cost in USD at the catalogue's list prices.",
      labelNames: ['org', 'model'],
      registers,
    }),
    routingDecisions: new SummedCounter({
      name: 'gateway_routing_decisions_total',
      help: 'Routing decisions, by org, chosen tier and route kind (auto, alias, pinned, family, conversation).',
      labelNames: ['org', 'tier', 'route'],
      registers,
    }),
    fallbacks: new Counter({
      name: 'gateway_fallbacks_total',
      help: 'Requests moved from one model to the next in the fallback chain, with the reason.',
      labelNames: ['from', 'to', 'reason'],
      registers,
    }),
    circuitState: new Gauge({
      name: 'gateway_circuit_state',
      help: 'Circuit breaker state per upstream model: 0 closed, 1 half-open, 2 open.',
      labelNames: ['model'],
      registers,
    }),
    upstreamErrors: new Counter({
      name: 'gateway_upstream_errors_total',
      help: 'Failed upstream attempts by model and status code (or "timeout", "network", "stream_overloaded").',
      labelNames: ['model', 'code'],
      registers,
    }),
    errors: new Counter({
      name: 'gateway_errors_total',
      help: 'Errors the gateway answered (or ended a stream with), by their stable code (docs/api.md).',
      labelNames: ['code'],
      registers,
    }),
    rateLimitRejections: new Counter({
      name: 'gateway_ratelimit_rejections_total',
      help: 'Requests rejected with 429 because an org budget was exhausted, by the limit that was hit.',
      labelNames: ['org', 'limit'],
      registers,
    }),
    rateLimitQueueDepth: new Gauge({
      name: 'gateway_ratelimit_queue_depth',
      help: 'Requests of this replica waiting for org budget.',
      labelNames: ['org'],
      registers,
    }),
    inflight: new InflightByOrg(registers),
    limitStoreUp: new Gauge({
      name: 'gateway_limit_store_up',
      help: 'Whether the shared limit store (Redis) is reachable: 1 yes, 0 no (then limits fail open or closed per config).',
      registers,
    }),
    configReloads: new Counter({
      name: 'gateway_config_reloads_total',
      help: 'Config file reloads, by result (applied, rejected).',
      labelNames: ['result'],
      registers,
    }),
    configLastReloadSuccessful: new Gauge({
      name: 'gateway_config_last_reload_successful',
      help: 'Whether the latest config reload was applied (1) or refused (0); 1 at start.',
      registers,
    }),
    configRestartRequired: new Gauge({
      name: 'gateway_config_restart_required',
      help: 'Config keys changed by a reload that only a restart applies (1), by key.',
      labelNames: ['key'],
      registers,
    }),
    largeBodiesParsing: new Gauge({
      name: 'gateway_large_bodies_parsing',
      help: 'Messages, count_tokens and chat completion bodies of 1 MiB or more waiting for or being parsed in a worker thread (off the event loop).',
      registers,
    }),
    largeBodiesParsed: new Counter({
      name: 'gateway_large_bodies_parsed_total',
      help: 'Such bodies parsed in a worker thread, by result (ok, invalid: 400, refused: 429 before parsing, for a full line or a spent budget, error).',
      labelNames: ['result'],
      registers,
    }),
    buildInfo: new Gauge({
      name: 'gateway_build_info',
      help: 'Always 1; the labels say which gateway version runs on which Node.js.',
      labelNames: ['version', 'node'],
      registers,
    }),
  };
}
