import { hash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { OrgConfig } from '../config/schema.js';
import type { CompiledConfig } from '../config/compiled.js';
import { authenticationError } from '../errors.js';

/** Hex SHA-256 of the key. The one-shot `hash` makes no Hash object, unlike `createHash` (docs/performance-rules.md). */
export const hashKey = (key: string): string => hash('sha256', key, 'hex');

/** The caller's gateway key: `x-api-key`, or `Authorization: Bearer`. */
export function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey.length > 0) return apiKey;
  const auth = headers.authorization;
  if (typeof auth === 'string' && auth.slice(0, 7).toLowerCase() === 'bearer ') return auth.slice(7).trim() || undefined;
  return undefined;
}

/**
 * Stage 1: key -> org. Only hashes are configured. The map lookup is by hash; the final comparison
 * is constant-time, so the reply's timing does not depend on how much of a hash matched.
 */
export function authenticate(headers: IncomingHttpHeaders, conf: CompiledConfig): OrgConfig {
  const key = presentedKey(headers);
  if (key === undefined) throw authenticationError('x-api-key header is required');
  const digestBytes = hash('sha256', key, 'buffer');
  const digest = digestBytes.toString('hex');
  const org = conf.orgsByKeyHash.get(digest);
  const expected = org?.keys.find((k) => k.length === 71 && k.endsWith(digest));
  if (!org || !expected || !timingSafeEqual(Buffer.from(expected.slice(7), 'hex'), digestBytes)) {
    throw authenticationError('invalid x-api-key');
  }
  return org;
}
