import type { MessagesBody } from '../messages/schema.js';

/**
 * Whether a parsed Messages body is one that `messagesBodySchema` would accept without correcting anything
 * (no `.catch` taken) and return with the same keys in the same order. zod's answer would then be a copy
 * of `json`, so `json` is used as it is: zod costs ~2% of the gateway's CPU per request (bench/HISTORY.md,
 * session 5). Key order counts: the sticky routes, conversation ids and token estimates hash or measure parts
 * of the body as JSON text, and zod puts a part's known keys first. Anything else goes through zod, which
 * names the faulty field or reads a malformed part as empty; this check is only ever stricter.
 */
export function isPlainMessagesBody(json: Readonly<Record<string, unknown>>): json is MessagesBody {
  const { model, max_tokens: maxTokens, messages, stream, system, tools, thinking, metadata } = json;
  return (
    typeof model === 'string' &&
    model.length > 0 &&
    Number.isSafeInteger(maxTokens) &&
    (maxTokens as number) >= 0 &&
    Array.isArray(messages) &&
    messages.length > 0 &&
    messages.every(isPlainMessage) &&
    (stream === undefined || typeof stream === 'boolean') &&
    (system === undefined || typeof system === 'string' || areBlocks(system)) &&
    (tools === undefined || (Array.isArray(tools) && tools.every(isPlainTool))) &&
    (thinking === undefined || (isObject(thinking) && typeof thinking.type === 'string' && knownKeysFirst(thinking, TYPE))) &&
    (metadata === undefined || metadata === null || isPlainMetadata(metadata)) &&
    !Object.hasOwn(json, '__proto__')
  );
}

const TYPE = ['type'] as const;
const MESSAGE = ['role', 'content'] as const;
const TOOL = ['name', 'description'] as const;
const METADATA = ['user_id'] as const;

const isObject = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The keys of `shape` that `obj` has come first and in `shape`'s order (as in zod's output), and no `__proto__` key (zod drops it). */
function knownKeysFirst(obj: object, shape: readonly string[]): boolean {
  let next = 0;
  let pastKnown = false;
  for (const key in obj) {
    if (key === '__proto__') return false;
    const at = shape.indexOf(key);
    if (at < 0) pastKnown = true;
    else if (pastKnown || at < next) return false;
    else next = at + 1;
  }
  return true;
}

const isBlock = (v: unknown): boolean => isObject(v) && typeof v.type === 'string' && knownKeysFirst(v, TYPE);
const areBlocks = (v: unknown): boolean => Array.isArray(v) && v.every(isBlock);

const isPlainMessage = (m: unknown): boolean =>
  isObject(m) && typeof m.role === 'string' && (typeof m.content === 'string' || areBlocks(m.content)) && knownKeysFirst(m, MESSAGE);

const isPlainTool = (t: unknown): boolean =>
  isObject(t) && typeof t.name === 'string' && (t.description === undefined || typeof t.description === 'string') && knownKeysFirst(t, TOOL);

const isPlainMetadata = (m: unknown): boolean =>
  isObject(m) && (m.user_id === undefined || m.user_id === null || typeof m.user_id === 'string') && knownKeysFirst(m, METADATA);
