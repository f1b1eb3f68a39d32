import { setImmediate as nextTurn } from 'node:timers/promises';
import { compileConfig, type CompiledConfig } from './config/compiled.js';
import { RESTART_KEYS, restartRequired } from './config/restart-keys.js';
import type { Config } from './config/schema.js';
import type { ReloadOutcome } from './config/watch.js';
import { OrgLimits, UpstreamLimits } from './limits/index.js';
import type { Logger } from './logger.js';
import { OpenStreams } from './pipeline/open-streams.js';
import type { GatewayMetrics } from './metrics/registry.js';
import { createOwnershipStore, type OwnershipStore } from './ownership/index.js';
import { createMoney, type Money } from './money/index.js';
import { conversationTiersFor, type RedisConversationTiers } from './routing/conversation-store.js';
import { StickyRoutes } from './routing/sticky.js';
import type { Tracing } from './tracing/types.js';
import { Breakers } from './upstream/breakers.js';
import { UpstreamClient } from './upstream/client.js';
import { FallbackBudget } from './upstream/fallback-budget.js';

/**
 * The long-lived parts every request shares. A request takes `current()` once at arrival and keeps
 * that snapshot; `reload` swaps in a new one for later requests without disturbing those in flight.
 */
export interface Services {
  readonly logger: Logger;
  readonly metrics: GatewayMetrics;
  readonly upstream: UpstreamClient;
  /** The gateway's own Anthropic key; replaced when ANTHROPIC_API_KEY_FILE changes. */
  readonly apiKey: string | undefined;
  setApiKey(key: string): void;
  readonly limits: OrgLimits;
  readonly upstreamLimits: UpstreamLimits;
  readonly breakers: Breakers;
  readonly fallbackBudget: FallbackBudget;
  readonly sticky: StickyRoutes;
  /** The highest tier each conversation reached, shared by the replicas; only with `limits.redis`. */
  readonly conversations: RedisConversationTiers | undefined;
  /** Streams being relayed, cut with an error event at the drain deadline. */
  readonly openStreams: OpenStreams;
  /** Which org owns which upstream batch and file. */
  readonly ownership: OwnershipStore;
  /** OpenTelemetry traces, when tracing.otlpEndpoint is set. */
  readonly tracing: Tracing | undefined;
  /** USD limits, the spend ledger and their metrics (docs/money.md). */
  readonly money: Money;
  current(): CompiledConfig;
  /** Applies what can change live; reports (log and metric are the caller's) the changed keys that need a restart. */
  reload(config: Config): Promise<ReloadOutcome>;
  readonly draining: boolean;
  startDraining(): void;
  close(): Promise<void>;
}

export interface ServiceOptions {
  readonly config: Config;
  readonly upstreamUrl: string;
  readonly apiKey: string | undefined;
  readonly logger: Logger;
  readonly metrics: GatewayMetrics;
  readonly tracing?: Tracing;
}

export function createServices(options: ServiceOptions): Services {
  const { logger, metrics } = options;
  let compiled = compileConfig(options.config);
  let draining = false;
  let apiKey = options.apiKey;
  const deps = { logger, metrics };
  const limits = new OrgLimits(options.config, deps);
  const upstreamLimits = new UpstreamLimits(options.config, deps);
  const breakers = new Breakers(options.config, deps);
  const fallbackBudget = new FallbackBudget(options.config.fallback.budget);
  const ownership = createOwnershipStore(options.config);
  metrics.readUpstreamInflightFrom(() => fallbackBudget.inflightByModel());
  // Every catalogue model has its series from the start, so that a per-pod sum exists before the first call.
  for (const { id } of Object.values(options.config.models)) metrics.upstreamInflight.set({ model: id }, 0);
  const upstream = new UpstreamClient(options.upstreamUrl, options.config.upstream.connections);
  const money = createMoney(options.config, deps);
  const conversations = conversationTiersFor(options.config, logger);

  return {
    logger,
    metrics,
    upstream,
    get apiKey() {
      return apiKey;
    },
    setApiKey(key) {
      apiKey = key;
    },
    limits,
    upstreamLimits,
    breakers,
    fallbackBudget,
    sticky: new StickyRoutes(options.config.routing.stickyCacheSize),
    conversations,
    openStreams: new OpenStreams(),
    ownership,
    tracing: options.tracing,
    money,
    current: () => compiled,
    async reload(config) {
      // First, so a bad routing.weights file refuses the reload before anything changed.
      const next = compileConfig(config, compiled);
      await nextTurn(); // requests that arrived meanwhile go first: two short pauses rather than one longer
      await limits.reload(config, next.orgsById);
      upstreamLimits.reload(config);
      breakers.reload(config);
      fallbackBudget.reload(config.fallback.budget);
      money.budgets.reload(config);
      compiled = next;
      const pending = restartRequired(options.config, config);
      for (const key of RESTART_KEYS) metrics.configRestartRequired.set({ key }, pending.includes(key) ? 1 : 0);
      return { restartRequired: pending };
    },
    get draining() {
      return draining;
    },
    startDraining() {
      draining = true;
    },
    async close() {
      breakers.shutdown();
      await Promise.allSettled([limits.close(), upstream.close(), ownership.close(), options.tracing?.shutdown(), money.budgets.close(), conversations?.close()]);
    },
  };
}
