import { refillPerSecond, secondsUntil } from './bucket.js';
import type { Levels } from './headers.js';
import type { LimiterSet } from './limiter-set.js';
import type { SlotLease, SlotOutcome } from './slots.js';
import type { Amounts, LimitDimension, TokenDimension } from './types.js';

export type Refusal = {
  ok: false;
  levels: Levels;
  /** The dimension that refused: the one that will take longest to have room. */
  blocked: LimitDimension;
  /** When trying again may succeed. */
  waitMs: number;
  /** When the refused amounts will all be there, in whole seconds (the 429's retry-after). */
  retryAfterSec: number;
};
export type AttemptResult = { ok: true; levels: Levels; lease: SlotLease | undefined } | Refusal;

/** How often to look again when the wait cannot be computed (a lost race). */
const POLL_MS = 100;
const MIN_WAIT_MS = 20;
/** How long a slot that was free may take to be granted, even with no time left to queue (plus a little per request ahead). */
const SLOT_GRACE_MS = 250;

/**
 * One all-or-nothing try at every dimension of an org. Shared through Redis, that is one script
 * (`SharedBudget.admit`). In this process, tokens are taken from every bucket together and, if any
 * bucket went below zero (another try overdrew), everything taken is given back at once. The concurrency slot is
 * waited for in the local slots' FIFO line until `deadline`; with `slotFirst` the wait starts alongside
 * the token take (the fast path), otherwise only once the tokens are taken (the head of the line).
 */
export async function attempt(
  set: LimiterSet,
  amounts: Amounts,
  options: { deadline: number; slotFirst: boolean; signal?: AbortSignal; onSlotWait?: (waiting: boolean) => void },
): Promise<AttemptResult> {
  const shared = set.atomic;
  if (shared) {
    const result = await shared.admit(amounts);
    if (result.ok) return result;
    // Short on tokens: the worst dimension decides the wait; else every slot was taken (look again soon).
    return shortfall(set, amounts, result.levels) ?? refuse(result.levels, 'concurrency', POLL_MS, 1);
  }
  const { deadline, signal } = options;
  const cancel = new AbortController();
  let slot: Promise<SlotOutcome> | undefined;
  const startSlot = (): void => {
    slot = set.slots?.acquire?.({
      deadline,
      graceMs: SLOT_GRACE_MS,
      signal: signal ? AbortSignal.any([signal, cancel.signal]) : cancel.signal,
      onWait: options.onSlotWait,
    });
    slot?.catch(() => undefined);
  };
  // A slot granted to a try that then fails is handed straight back.
  const dropSlot = (): void => {
    cancel.abort();
    void slot?.then((o) => typeof o !== 'string' && o.release()).catch(() => undefined);
  };
  if (options.slotFirst) startSlot();

  let taken: Awaited<ReturnType<typeof takeTokens>>;
  try {
    taken = await takeTokens(set, amounts);
  } catch (err) {
    dropSlot();
    throw err;
  }
  if (!taken.ok) {
    dropSlot();
    return taken;
  }
  if (!options.slotFirst) startSlot();
  if (!slot) return { ok: true, levels: taken.levels, lease: undefined };

  const result = await slot.catch(async (err: unknown) => {
    await giveBack(set, amounts, taken.dims);
    throw err;
  });
  if (typeof result !== 'string') return { ok: true, levels: taken.levels, lease: result };
  await giveBack(set, amounts, taken.dims);
  if (signal?.aborted) throw abortError(signal);
  return refuse(taken.levels, 'concurrency', POLL_MS, 1);
}

/**
 * The same try without waiting, when every bucket and the slots live in this process and can tell at
 * once: undefined otherwise (then `attempt` decides). Takes nothing unless everything fits.
 */
export function attemptNow(set: LimiterSet, amounts: Amounts): { ok: true; levels: Levels; lease: SlotLease | undefined } | undefined {
  const levels = new Map<TokenDimension, number>();
  const undo = (): undefined => {
    for (const dim of levels.keys()) set.buckets.get(dim)!.addNow!(amounts[dim] ?? 0);
    return undefined;
  };
  for (const [dim, bucket] of set.buckets) {
    const level = bucket.takeNow?.(amounts[dim] ?? 0);
    if (level === undefined) return undo();
    levels.set(dim, level);
  }
  if (!set.slots) return { ok: true, levels, lease: undefined };
  const lease = set.slots.tryAcquireNow?.();
  return lease ? { ok: true, levels, lease } : undo();
}

async function takeTokens(set: LimiterSet, amounts: Amounts): Promise<Refusal | { ok: true; levels: Levels; dims: TokenDimension[] }> {
  const all = [...set.buckets.keys()];
  const dims = all.filter((d) => (amounts[d] ?? 0) > 0);
  const before = new Map<TokenDimension, number>();
  const after = await Promise.all(dims.map((d) => set.buckets.get(d)!.add(-amounts[d]!)));
  const levels = new Map(before);
  dims.forEach((d, i) => {
    levels.set(d, after[i]!);
    before.set(d, after[i]! + amounts[d]!);
  });
  const untouched = all.filter((d) => !dims.includes(d));
  const read = await Promise.all(untouched.map((d) => set.buckets.get(d)!.level()));
  untouched.forEach((d, i) => levels.set(d, read[i]!));
  if (dims.every((_, i) => after[i]! >= 0)) return { ok: true, levels, dims };
  await giveBack(set, amounts, dims);
  // Short by what the buckets held before this try; if none was, another request won a race.
  return shortfall(set, amounts, before) ?? refuse(before, dims[after.findIndex((l) => l < 0)]!, MIN_WAIT_MS + Math.random() * POLL_MS, 1);
}

function shortfall(set: LimiterSet, amounts: Amounts, levels: Levels): Refusal | undefined {
  let worst: { dim: TokenDimension; seconds: number; ms: number } | undefined;
  for (const [dim, bucket] of set.buckets) {
    const need = amounts[dim] ?? 0;
    const level = levels.get(dim);
    if (level === undefined || need <= 0 || level >= need) continue;
    const seconds = secondsUntil(bucket, level, need);
    const ms = ((need - level) / refillPerSecond(bucket)) * 1000;
    if (!worst || ms > worst.ms) worst = { dim, seconds, ms };
  }
  return worst && refuse(levels, worst.dim, Math.max(MIN_WAIT_MS, worst.ms), worst.seconds);
}

/**
 * Why `amounts` cannot be admitted now, read without taking anything (for a request that timed out
 * behind others). When every bucket has room, it waited behind the head of the line.
 */
export async function describeRefusal(set: LimiterSet, amounts: Amounts): Promise<Refusal> {
  const dims = [...set.buckets.keys()];
  const levels = await Promise.all(dims.map((d) => set.buckets.get(d)!.level())).catch(() => undefined);
  const known = new Map(levels ? dims.map((d, i) => [d, levels[i]!]) : []);
  return shortfall(set, amounts, known) ?? refuse(known, set.slots ? 'concurrency' : (dims[0] ?? 'concurrency'), POLL_MS, 1);
}

const refuse = (levels: Levels, blocked: LimitDimension, waitMs: number, retryAfterSec: number): Refusal => ({
  ok: false,
  levels,
  blocked,
  waitMs,
  retryAfterSec: Math.max(1, retryAfterSec),
});

async function giveBack(set: LimiterSet, amounts: Amounts, dims: TokenDimension[]): Promise<void> {
  // Best effort: if the store failed meanwhile, what was taken stays spent (errs against the org).
  await Promise.all(dims.map((d) => set.buckets.get(d)?.add(amounts[d]!).catch(() => undefined)));
}

export function abortError(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error) return reason;
  const err = new Error('The request was aborted while waiting for budget');
  err.name = 'AbortError';
  return err;
}
