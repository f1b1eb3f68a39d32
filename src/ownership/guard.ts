import { notFound, storeUnavailable } from '../errors.js';
import type { OwnershipStore, ResourceKind } from './store.js';

const NAMES: Readonly<Record<ResourceKind, string>> = { batch: 'Message batch', file: 'File' };

/** A store call; the store being unreachable is the gateway's 503, never a silent "not yours". */
export async function fromStore<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch {
    throw storeUnavailable('GW_OWNERSHIP_STORE_UNAVAILABLE', 'The ownership store is unavailable; try again shortly');
  }
}

/** 404, exactly as for an id that does not exist, unless this org created it. */
export async function requireOwned(store: OwnershipStore, org: string, kind: ResourceKind, id: string): Promise<void> {
  if (!(await fromStore(store.owns(org, kind, id)))) throw notFound(`${NAMES[kind]} not found: ${id}`);
}
