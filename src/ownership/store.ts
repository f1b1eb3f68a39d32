/** What the gateway keeps for an org about the upstream's objects: Message Batches and Files. */
export type ResourceKind = 'batch' | 'file';

export interface StoreStatus {
  readonly store: 'redis' | 'sqlite';
  readonly healthy: boolean;
}

/**
 * Which org owns which upstream batch or file. Every call is keyed by org: an id another org created is
 * simply absent from this org's records, so a read through the wrong org finds nothing.
 */
export interface OwnershipStore {
  add(org: string, kind: ResourceKind, id: string, createdAtMs: number): Promise<void>;
  owns(org: string, kind: ResourceKind, id: string): Promise<boolean>;
  remove(org: string, kind: ResourceKind, id: string): Promise<void>;
  /** The org's ids of this kind, newest first (ties: greater id first). */
  ids(org: string, kind: ResourceKind): Promise<string[]>;
  /** True the first time it is called for this batch: its results' cost is counted once. */
  markCounted(org: string, batchId: string): Promise<boolean>;
  /** Adds `n` to the org's counter for `day` unless that would pass `limit`; returns whether it was added. */
  addDaily(org: string, day: string, n: number, limit: number): Promise<boolean>;
  status(): StoreStatus;
  close(): Promise<void>;
}
