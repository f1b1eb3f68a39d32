import type { Logger } from '../logger.js';
import { LocalBucket } from './bucket.js';
import type { LimiterSet } from './limiter-set.js';
import type { SharedLease } from './shared-lease.js';
import type { SlotLease } from './slots.js';
import { TOKEN_DIMENSIONS, type Amounts, type Ticket, type UsageReport } from './types.js';

export interface TicketParts {
  set: LimiterSet;
  /** What admission took from each bucket. */
  taken: Amounts;
  lease: SlotLease | undefined;
  headers: Record<string, string>;
  queuedMs: number;
  logger: Logger;
  /** The org's line, woken once the corrections are applied. */
  line: { wake(): void };
}

/**
 * What each bucket should get back (positive) or still be charged (negative) once usage is known.
 * ITPM: the estimate is replaced by input + cache-creation tokens (cache reads are free).
 * OTPM: max_tokens was reserved; the unused part is returned. Unknown usage: all of OTPM comes back,
 * the ITPM estimate stays spent (the input may have reached the upstream), the request stays counted.
 */
export function corrections(taken: Amounts, usage: UsageReport | undefined): Amounts {
  const itpm = taken.itpm ?? 0;
  const otpm = taken.otpm ?? 0;
  if (!usage) return { otpm };
  return {
    itpm: itpm - (usage.inputTokens + usage.cacheCreationInputTokens),
    otpm: otpm - usage.outputTokens,
  };
}

/** A ticket: an object with a method, not a closure per request. */
class LimitTicket implements Ticket {
  private settled = false;
  readonly headers: Record<string, string>;
  readonly queuedMs: number;

  constructor(private readonly parts: TicketParts) {
    this.headers = parts.headers;
    this.queuedMs = parts.queuedMs;
  }

  settle(usage: UsageReport | undefined): void {
    if (this.settled) return;
    this.settled = true;
    const parts = this.parts;
    const shared = parts.lease && 'settle' in parts.lease ? (parts.lease as SharedLease) : undefined;
    if (shared) {
      // Shared: the slot and every correction in one script.
      shared
        .settle(corrections(parts.taken, usage))
        .catch((err: unknown) => parts.logger.debug({ err: String(err), org: parts.set.orgId }, 'budget correction lost'))
        .finally(() => parts.line.wake());
      return;
    }
    parts.lease?.release();
    const fix = corrections(parts.taken, usage);
    const now = Date.now();
    for (const dimension of TOKEN_DIMENSIONS) {
      const amount = fix[dimension];
      if (amount === undefined) continue;
      const bucket = parts.set.buckets.get(dimension);
      if (bucket instanceof LocalBucket && amount !== 0 && Number.isFinite(amount)) bucket.add(amount, now);
    }
    parts.line.wake();
  }
}

export const createTicket = (parts: TicketParts): Ticket => new LimitTicket(parts);

/** The ticket of an org without budgets. */
export const unlimitedTicket = (): Ticket => ({ headers: {}, queuedMs: 0, settle: () => undefined });
