import type { Budget } from '../config/schema.js';
import { LocalBucket } from './bucket.js';
import type { Levels } from './headers.js';
import { LimiterSet, type LimiterFactory } from './limiter-set.js';
import { LocalSlots } from './slots.js';
import type { TokenDimension } from './types.js';

/** The levels this replica last saw on an org's shared buckets, and when. */
export interface Sighting {
  readonly levels: Levels;
  readonly at: number;
}

/** What a shared bucket can hold now at most: the level last seen plus the refill since, never above full. */
function ceiling(sighting: Sighting | undefined, dimension: TokenDimension, perMinute: number, now: number): number {
  const seen = sighting?.levels.get(dimension);
  if (seen === undefined || sighting === undefined) return perMinute;
  return Math.min(perMinute, seen + (perMinute / 60) * Math.max(0, now - sighting.at) / 1000);
}

/**
 * A fail-open bucket: starts at this replica's share of what the shared bucket had left (not full), and
 * counts what it hands out (takes minus refunds) so that it can be written back to Redis afterwards.
 */
class OutageBucket extends LocalBucket {
  spent = 0;

  constructor(perMinute: number, start: number) {
    super(perMinute, undefined, undefined, Math.min(perMinute, start));
  }

  /** Takes, refunds and charges; a new budget moves the level through `reshape`, which is not spending. */
  override add(tokens: number, now?: number): void {
    this.spent -= tokens;
    super.add(tokens, now);
  }
}

/**
 * The local limiters an org fails open on while Redis is away: its budget divided among the replicas
 * alive, each bucket starting at its share of what the shared one had left when last seen.
 */
export function outageSet(orgId: string, budget: Budget | undefined, replicas: number, sighting: Sighting | undefined): LimiterSet {
  const now = Date.now();
  const factory: LimiterFactory = {
    bucket: (_org, dimension, perMinute) => new OutageBucket(perMinute, ceiling(sighting, dimension, perMinute * replicas, now) / replicas),
    slots: (_org, size) => new LocalSlots(size),
  };
  return new LimiterSet(orgId, budget, factory, replicas);
}

/**
 * Redis is back: each shared bucket is brought down to what it could rightly hold (an empty Redis starts
 * every bucket full), then charged with what this replica handed out meanwhile.
 */
export async function writeBack(shared: LimiterSet, outage: LimiterSet | undefined, sighting: Sighting | undefined): Promise<void> {
  const now = Date.now();
  await Promise.all(
    [...shared.buckets].map(([dimension, bucket]) => {
      const spent = (outage?.buckets.get(dimension) as OutageBucket | undefined)?.spent ?? 0;
      const atMost = ceiling(sighting, dimension, bucket.perMinute, now);
      return bucket.rejoin?.(atMost, Math.max(0, spent));
    }),
  );
}
