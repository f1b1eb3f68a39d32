import { hash } from 'node:crypto';
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
 * Stage 1: key -> org. Only hashes are configured, and the lookup is by the key's SHA-256, never by the key: a
 * timing difference in the Map's string compare could only tell how much of a digest matched, which a caller cannot
 * steer (that takes preimages), and V8 compares the contents only of strings whose own hashes are equal. The digest
 * comes as hex straight from the one-shot `hash`: ~0.35 µs, where a Buffer digest, its hex, and `timingSafeEqual`
 * against the configured hash's bytes took ~1.6 µs (bench/HISTORY.md, session 7).
 */
export function authenticate(headers: IncomingHttpHeaders, conf: CompiledConfig): OrgConfig {
  const key = presentedKey(headers);
  if (key === undefined) throw authenticationError('x-api-key header is required');
  const org = conf.orgsByKeyHash.get(hash('sha256', key, 'hex'));
  if (!org) throw authenticationError('invalid x-api-key');
  return org;
}
