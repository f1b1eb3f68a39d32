import { createHash } from 'node:crypto';
import type { OrgConfig } from '../config/schema.js';
import { invalidRequest, type GatewayError } from '../errors.js';
import { stringifyOrUndefined } from '../messages/bounded-json.js';
import type { MessagesBody } from '../messages/schema.js';

/** The feature a request is counted under: its `x-gateway-feature` if the org lists it, else `other`. */
export function featureOf(org: OrgConfig, header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && org.features?.includes(value) ? value : 'other';
}

/** Assistant turns of the history that call a tool. */
export const toolTurns = (body: MessagesBody): number =>
  body.messages.filter((m) => m.role === 'assistant' && Array.isArray(m.content) && m.content.some((b) => b.type === 'tool_use')).length;

/** 400 for a history past `policy.maxToolTurns` (`turns` from `toolTurns`): an agent loop that does not end. */
export function toolTurnsExceeded(org: OrgConfig, turns: () => number): GatewayError | undefined {
  const max = org.policy?.maxToolTurns;
  if (max === undefined) return undefined;
  const count = turns();
  if (count <= max) return undefined;
  return invalidRequest(`messages: the history holds ${count} assistant tool_use turns, more than policy.maxToolTurns (${max}) of org "${org.id}" allows; stopping a runaway agent loop.`, 'GW_TOOL_TURNS_EXCEEDED');
}

const withoutCacheControl = (key: string, value: unknown): unknown => (key === 'cache_control' ? undefined : value);

/**
 * A conversation's identity: the org, the system prompt and the first user turn (cache markers left out),
 * hashed. Every later turn of the same conversation repeats both, so it hashes the same.
 */
export function conversationId(orgId: string, body: MessagesBody): string {
  const firstUser = body.messages.find((m) => m.role === 'user');
  return createHash('sha256')
    // Nested too deeply to serialise (a hostile body, never a real conversation): one id for all such of the org.
    .update(`${orgId}\n${stringifyOrUndefined(body.system ?? null, withoutCacheControl)}\n${stringifyOrUndefined(firstUser?.content ?? null, withoutCacheControl)}`)
    .digest('hex')
    .slice(0, 32);
}
