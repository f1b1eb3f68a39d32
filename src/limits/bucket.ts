import Bottleneck from 'bottleneck';
import { asLocalReservoir, disconnect, updateSettings } from './bottleneck-util.js';

/**
 * Tokens are kept in 1/60000ths, so a budget of N per minute refills by N*1000 units a second: an integer
 * for any N with up to three decimals, and budget/replicas is still close enough when it is not.
 */
const UNITS_PER_TOKEN = 60_000;
export const REFILL_INTERVAL_MS = 1_000;
/** Local reservoirs are refilled by a timer; checking every 50 ms keeps each 1 s step at most 5% late. */
const LOCAL_HEARTBEAT_MS = 50;

const toUnits = (tokens: number): number => Math.round(tokens * UNITS_PER_TOKEN);
const toTokens = (units: number | null): number => (units ?? 0) / UNITS_PER_TOKEN;

interface ReservoirSettings {
  reservoirIncreaseMaximum: number;
  reservoirIncreaseAmount: number;
  reservoirIncreaseInterval: number;
}

function reservoirSettings(perMinute: number): ReservoirSettings {
  const capacity = toUnits(perMinute);
  return {
    reservoirIncreaseMaximum: capacity,
    reservoirIncreaseAmount: Math.max(1, Math.round(capacity / 60)),
    reservoirIncreaseInterval: REFILL_INTERVAL_MS,
  };
}

/** A token bucket of N per minute: holds at most N, refills N/60 each second. Amounts are in tokens. */
export interface TokenBucket {
  readonly perMinute: number;
  /** Tokens available now; negative when more was spent than reserved (a debt the refill pays back). */
  level(): Promise<number>;
  /** Adds (refund) or, with a negative amount, removes tokens; returns the new level. Never blocks. */
  add(tokens: number): Promise<number>;
  /** A new budget that keeps what was spent: level += newBudget - oldBudget, at most the new budget. */
  resize(perMinute: number): Promise<void>;
  close(): Promise<void>;
  /**
   * Buckets that live in this process only: takes `tokens` without waiting if they are surely there,
   * and returns the level after; undefined when only the store can tell (then use `add`).
   */
  takeNow?(tokens: number): number | undefined;
  /** Buckets that live in this process only: a refund or (negative) charge applied without waiting. */
  addNow?(tokens: number): void;
  /** Shared buckets, after an outage: lowers the level to at most `atMost`, then charges `spent` (see outage.ts). */
  rejoin?(atMost: number, spent: number): Promise<void>;
}

export const refillPerSecond = (bucket: TokenBucket): number => bucket.perMinute / 60;

/** Seconds until `needed` tokens are available at `level`, counting in whole refill steps. */
export function secondsUntil(bucket: TokenBucket, level: number, needed: number): number {
  const deficit = needed - level;
  return deficit <= 0 ? 0 : Math.ceil(deficit / refillPerSecond(bucket) - 1e-9);
}

/** How long local takes and refunds are gathered before they go to Bottleneck as one increment. */
const WRITE_BEHIND_MS = 20;

/**
 * One process's bucket: a reservoir on Bottleneck's local datastore, which holds the budget and
 * refills it. Every Bottleneck operation is a chain of promises, so requests do not each wait on one:
 * `takeNow` decides against the level Bottleneck last reported minus what was spent here since, and
 * the changes of the next 20 ms go to Bottleneck as one increment. Only the refill can raise the
 * reservoir behind our back, so that level is never above the true one: this never admits more
 * than Bottleneck would, and a take that does not fit goes the exact way (`add`).
 */
export class LocalBucket implements TokenBucket {
  private readonly limiter: Bottleneck;
  /** The level Bottleneck reported last, and when. */
  private stored: number;
  private storedAt = Date.now();
  /** Tokens sent to Bottleneck whose new level has not come back yet (negative: a refund). */
  private sending = 0;
  /** Tokens taken here and not sent yet (negative: returned). */
  private unsent = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(public perMinute: number) {
    const settings = reservoirSettings(perMinute);
    this.limiter = asLocalReservoir(
      new Bottleneck(Object.assign({ reservoir: settings.reservoirIncreaseMaximum }, settings, { heartbeatInterval: LOCAL_HEARTBEAT_MS })),
    );
    this.stored = perMinute;
  }

  level(): Promise<number> {
    return this.write();
  }

  add(tokens: number): Promise<number> {
    this.change(tokens);
    return this.write();
  }

  takeNow(tokens: number): number | undefined {
    const level = this.known();
    if (tokens > 0 && level < tokens) return undefined;
    this.addNow(-tokens);
    return level - tokens;
  }

  addNow(tokens: number): void {
    if (this.change(tokens)) this.timer ??= setTimeout(() => void this.write().catch(() => undefined), WRITE_BEHIND_MS).unref();
  }

  async resize(perMinute: number): Promise<void> {
    if (perMinute === this.perMinute) return;
    const delta = perMinute - this.perMinute;
    this.perMinute = perMinute;
    await updateSettings(this.limiter, reservoirSettings(perMinute));
    await this.add(delta);
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    await disconnect(this.limiter);
  }

  /**
   * The level as this process knows it: at most the true one. Only the refill raises it unseen, so the refill
   * steps surely made since the last report are counted (each may start up to a heartbeat late): without
   * them, `remaining` headers after an idle spell showed the level of before it.
   */
  private known(): number {
    const steps = Math.floor((Date.now() - this.storedAt) / (REFILL_INTERVAL_MS + LOCAL_HEARTBEAT_MS));
    const refilled = steps > 0 ? Math.min(this.perMinute, this.stored + steps * refillPerSecond(this)) : this.stored;
    return refilled - this.sending - this.unsent;
  }

  /** Records a change to send; a refund stops at the bucket size. Whether anything is left to send. */
  private change(tokens: number): boolean {
    const allowed = tokens > 0 ? Math.min(tokens, this.perMinute - this.known()) : tokens;
    if (tokens > 0 ? allowed <= 0 : allowed === 0) return false;
    this.unsent -= allowed;
    return true;
  }

  /** Sends what is unsent (possibly nothing) to Bottleneck; resolves with the level after it. */
  private async write(): Promise<number> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const tokens = this.unsent;
    this.unsent = 0;
    this.sending += tokens;
    try {
      const units = tokens === 0 ? await this.limiter.currentReservoir() : await this.limiter.incrementReservoir(toUnits(-tokens));
      this.stored = toTokens(units);
      this.storedAt = Date.now();
    } finally {
      this.sending -= tokens;
    }
    // Bottleneck's increment is uncapped; a refund must not lift the bucket above its size (the excess
    // is out of our view at once, before Bottleneck confirms it).
    if (this.stored > this.perMinute) {
      const excess = this.stored - this.perMinute;
      this.stored = this.perMinute;
      this.stored = toTokens(await this.limiter.incrementReservoir(toUnits(-excess)));
      this.storedAt = Date.now();
    }
    return this.known();
  }
}
