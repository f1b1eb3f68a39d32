import type { Gauge } from 'prom-client';
import type { Config, OrgConfig, Tier } from '../config/schema.js';
import { invalidRequest, rateLimited, storeUnavailable, type GatewayError } from '../errors.js';
import type { Logger } from '../logger.js';
import { ledgerEntry } from './ledger.js';
import { LedgerBatch } from './ledger-sums.js';
import type { MoneyMetrics } from './metrics.js';
import type { PricedPart } from './pricing.js';
import type { Reservation, SpendCounter, SpendStore } from './store.js';
import { toNano, toUsd } from './units.js';
import { currentWindow, utcDay, type Clock, type WindowKind } from './windows.js';

const WINDOWS: readonly WindowKind[] = ['daily', 'monthly'];
const CONVERSATION_TTL_SEC = 30 * 86_400;
const NO_RESERVATION: Reservation = { amount: 0, slot: 0 };
const SETTLED = Promise.resolve();
/**
 * The ledger of orgs without a USD limit is summed in memory this long, then written one entry per org and day
 * (one Redis script or SQLite transaction per org and day, not per request). The ledger is a report (nothing is
 * refused by it), so a reader in another process may see it this late; this process's own reads, and `close`, write
 * what is pending first.
 */
const LEDGER_BATCH_MS = 50;

/** A counter and what it means, for messages and metrics. */
interface Scope {
  readonly counter: SpendCounter;
  readonly limitLabel: string;
  readonly what: string;
  readonly window?: WindowKind;
  readonly resetsAt?: number;
  /** The org's own window (not a feature's or a conversation's): shown in headers and gauges. */
  readonly orgWindow: boolean;
}

export interface MoneyRequest {
  readonly org: OrgConfig;
  readonly feature: string;
  /** The conversation's hash, when the org caps conversations. */
  readonly conversation: string | undefined;
  readonly estimateUsd: number;
}

/** A reservation; `settle` once the answer is over, with what it really cost (nothing when it failed). */
export interface MoneyTicket {
  /** USD left under the org's tightest window, before this request; undefined without a USD limit. */
  readonly remainingUsd: number | undefined;
  settle(parts: readonly PricedPart[]): Promise<void>;
}

const dollars = (usd: number): string => `$${usd.toFixed(4)}`;

/** USD left in the tightest of the org's own windows, from each scope's settled spend. */
function remainingUsd(scopes: readonly Scope[], spent: readonly number[]): number | undefined {
  const left = scopes.flatMap((s, i) => (s.orgWindow && spent[i] !== undefined ? [toUsd((s.counter.limit as number) - (spent[i] as number))] : []));
  return left.length > 0 ? Math.max(0, Math.min(...left)) : undefined;
}

/**
 * USD limits per org (docs/money.md): reserve at admission, settle with the real cost, refund
 * the rest, in a SpendStore (memory, SQLite or Redis). Also the spend that `policy.downgrade` reads.
 */
export class UsdBudgets {
  /** Per org, the USD left as this replica last saw it (for answers refused before their reservation). */
  private readonly lastRemaining = new Map<string, number>();
  /** The ledger of orgs without a USD limit (failures logged, never thrown: nothing waits for it). */
  private readonly pendingLedger = new LedgerBatch(LEDGER_BATCH_MS, (org, entry) =>
    this.guarded(() => this.store.settle(org, [], NO_RESERVATION, 0, entry), () => []).catch((err: unknown) => {
      this.deps.logger.warn({ err: String(err), org }, 'spend not settled');
    }),
  );

  constructor(
    private readonly store: SpendStore,
    private config: Config,
    private readonly deps: { metrics: MoneyMetrics; logger: Logger; now: Clock },
  ) {
    this.publishLimits();
    deps.metrics.readSpentWith((gauge) => this.readSpent(gauge));
  }

  reload(config: Config): void {
    this.config = config;
    this.publishLimits();
  }

  private publishLimits(): void {
    this.deps.metrics.limit.reset();
    for (const org of this.config.orgs) {
      for (const window of WINDOWS) {
        const limit = org.usd?.[window];
        if (limit !== undefined) this.deps.metrics.limit.set({ org: org.id, window }, limit);
      }
    }
  }

  private scopes(org: OrgConfig, feature: string, conversation: string | undefined): Scope[] {
    if (org.usd === undefined && (conversation === undefined || org.policy?.maxConversationUsd === undefined)) return [];
    const now = this.deps.now();
    const scopes: Scope[] = [];
    for (const kind of WINDOWS) {
      const w = currentWindow(kind, now);
      const ttlSec = Math.ceil((w.resetsAt - now) / 1000) + 86_400;
      const tag = kind === 'daily' ? 'd' : 'm';
      const orgLimit = org.usd?.[kind];
      if (orgLimit !== undefined) {
        const counter = { key: `${tag}:${w.id}`, limit: toNano(orgLimit), ttlSec };
        scopes.push({ window: kind, resetsAt: w.resetsAt, counter, limitLabel: kind, what: `USD ${kind} limit of org "${org.id}"`, orgWindow: true });
      }
      const featureLimit = org.usd?.perFeature?.[feature]?.[kind];
      if (featureLimit !== undefined) {
        const counter = { key: `f${tag}:${feature}:${w.id}`, limit: toNano(featureLimit), ttlSec };
        scopes.push({ window: kind, resetsAt: w.resetsAt, counter, limitLabel: `feature_${kind}`, what: `USD ${kind} limit of feature "${feature}" of org "${org.id}"`, orgWindow: false });
      }
    }
    const perConversation = org.policy?.maxConversationUsd;
    if (conversation !== undefined && perConversation !== undefined) {
      const counter = { key: `c:${conversation}`, limit: toNano(perConversation), ttlSec: CONVERSATION_TTL_SEC };
      scopes.push({ counter, limitLabel: 'conversation', what: `policy.maxConversationUsd of org "${org.id}"`, orgWindow: false });
    }
    return scopes;
  }

  /**
   * The org's settled spend before routing: the highest share (0-100) of any window spent (reservations never
   * trip a downgrade mark) and the USD left in its tightest window (undefined if the store did not answer).
   */
  async status(org: OrgConfig): Promise<{ percent: number; remainingUsd: number | undefined }> {
    const scopes = this.scopes(org, '', undefined).filter((s) => s.orgWindow);
    const spent = await this.guarded(() => this.store.spent(org.id, scopes.map((s) => s.counter.key)), () => []);
    this.remember(org, remainingUsd(scopes, spent));
    return { percent: Math.max(0, ...scopes.map((s, i) => (100 * (spent[i] ?? 0)) / (s.counter.limit as number))), remainingUsd: remainingUsd(scopes, spent) };
  }

  /** USD left as this replica last saw it, without asking the store; undefined before the first look. */
  lastSeenRemaining(org: OrgConfig): number | undefined {
    return this.lastRemaining.get(org.id);
  }

  private remember(org: OrgConfig, remaining: number | undefined): void {
    if (remaining !== undefined) this.lastRemaining.set(org.id, remaining);
  }

  /** The ceiling `policy.downgrade` sets at `percent` spent, with the reason, if any mark is crossed. */
  static ceiling(org: OrgConfig, percent: number): { tier: Tier; reason: string } | undefined {
    const crossed = (org.policy?.downgrade ?? []).filter((m) => percent >= m.atPercent).sort((a, b) => b.atPercent - a.atPercent)[0];
    return crossed && { tier: crossed.maxTier, reason: `budget: ${percent.toFixed(1)}% of USD limit spent, ceiling ${crossed.maxTier} (mark ${crossed.atPercent}%)` };
  }

  async reserve(request: MoneyRequest): Promise<MoneyTicket> {
    const { org, feature, conversation } = request;
    const scopes = this.scopes(org, feature, conversation);
    const counters = scopes.map((s) => s.counter);
    // Nothing to reserve against (most orgs): the answer's cost only goes to the ledger.
    if (counters.length === 0) return this.unreserved(org, feature);
    const result = await this.guarded(
      () => this.store.reserve(org.id, counters, toNano(request.estimateUsd)),
      () => ({ ok: true as const, reservation: NO_RESERVATION, spent: [] as number[] }),
    );
    if (!result.ok) {
      const scope = scopes[result.index] as Scope;
      this.deps.metrics.refusals.inc({ org: org.id, limit: scope.limitLabel });
      if (scope.orgWindow && !result.held) this.remember(org, 0);
      throw this.refusal(scope, result.spent, result.held);
    }
    const day = utcDay(this.deps.now());
    const remaining = remainingUsd(scopes, result.spent);
    this.remember(org, remaining);
    return { remainingUsd: remaining, settle: (parts) => this.settle(org, counters, result.reservation, day, feature, parts) };
  }

  private unreserved(org: OrgConfig, feature: string): MoneyTicket {
    const day = utcDay(this.deps.now());
    // No USD counter: only the ledger, summed for LEDGER_BATCH_MS.
    return {
      remainingUsd: undefined,
      settle: (parts) => {
        this.pendingLedger.add(org.id, day, feature, parts);
        return SETTLED;
      },
    };
  }

  /** The real cost added to the counters (the reservation returned) and to the ledger of `day`. */
  private async settle(org: OrgConfig, counters: readonly SpendCounter[], reservation: Reservation, day: string, feature: string, parts: readonly PricedPart[]): Promise<void> {
    const actual = parts.reduce((sum, p) => sum + toNano(p.costUsd), 0);
    const entry = parts.length > 0 ? ledgerEntry(day, feature, parts) : undefined;
    await this.guarded(() => this.store.settle(org.id, counters, reservation, actual, entry), () => []);
  }

  /** Cost that was never reserved (batch answers, counted when their results are read): spend and ledger. */
  async charge(org: OrgConfig, feature: string, parts: readonly PricedPart[]): Promise<void> {
    if (parts.length === 0) return;
    const counters = this.scopes(org, feature, undefined).map((s) => s.counter);
    await this.settle(org, counters, NO_RESERVATION, utcDay(this.deps.now()), feature, parts);
  }

  /** At each scrape: every limited org's settled spend in its current windows. */
  private async readSpent(gauge: Gauge<'org' | 'window'>): Promise<void> {
    gauge.reset();
    for (const org of this.config.orgs) {
      const scopes = this.scopes(org, '', undefined).filter((s) => s.orgWindow);
      if (scopes.length === 0) continue;
      const spent = await this.store.spent(org.id, scopes.map((s) => s.counter.key)).catch(() => undefined);
      scopes.forEach((s, i) => {
        if (spent && s.window) gauge.set({ org: org.id, window: s.window }, toUsd(spent[i] ?? 0));
      });
    }
  }

  private refusal(scope: Scope, spentNano: number, held: boolean): GatewayError {
    const limit = toUsd(scope.counter.limit as number);
    const spent = toUsd(spentNano);
    if (scope.resetsAt === undefined) {
      return invalidRequest(`This conversation has spent ${dollars(spent)}, reaching ${scope.what} (${dollars(limit)}). Start a new conversation.`, 'GW_CONVERSATION_USD_EXCEEDED');
    }
    if (held) {
      const message = `${scope.what} (${dollars(limit)}): ${dollars(spent)} spent, the rest is reserved by requests in flight. Retry shortly.`;
      return rateLimited(message, { 'retry-after': '1' }, 'GW_USD_BUDGET_EXCEEDED');
    }
    const resets = new Date(scope.resetsAt).toISOString();
    const retryAfter = String(Math.max(1, Math.ceil((scope.resetsAt - this.deps.now()) / 1000)));
    return rateLimited(`${scope.what} reached: ${dollars(spent)} spent of ${dollars(limit)}. It resets at ${resets}.`, { 'retry-after': retryAfter }, 'GW_USD_BUDGET_EXCEEDED');
  }

  /** Store trouble follows `limits.onStoreFailure`: open goes on unmetered, closed answers 503. */
  private async guarded<T>(op: () => Promise<T>, whenOpen: () => T): Promise<T> {
    try {
      return await op();
    } catch (err) {
      this.deps.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'spend store unavailable');
      if (this.config.limits.onStoreFailure === 'closed') {
        throw storeUnavailable('GW_SPEND_STORE_UNAVAILABLE', 'USD budgets cannot be checked: the spend store is unavailable. Try again shortly.');
      }
      return whenOpen();
    }
  }

  async ledger(org: string, days: readonly string[]): Promise<Map<string, Record<string, number>>> {
    await this.pendingLedger.flush();
    return this.store.ledger(org, days);
  }

  async close(): Promise<void> {
    await this.pendingLedger.flush();
    return this.store.close();
  }
}
