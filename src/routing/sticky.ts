import { createHash } from 'node:crypto';
import { stringifyOrUndefined } from '../messages/bounded-json.js';
import type { MessagesBody } from '../messages/schema.js';

/**
 * Sticky routing for prompt caching. Anthropic's prompt cache belongs to one model, so a
 * conversation whose earlier turns were cached on a model should stay on it.
 *
 * A key is a sha256 over the org, the tools, the system prompt and the messages up to
 * the end of one message (a "boundary"). `cache_control` markers are left out of the hash:
 * clients usually move the marker to the newest message every turn, and the prefix must hash
 * the same with or without it.
 *
 * - `remember` stores the key of every message that carries `cache_control` (the newest
 *   MAX_BREAKPOINTS of them), including the last user turn: that is the prefix the next turn
 *   will find in Anthropic's cache.
 * - `lookup` checks the boundaries of the earlier turns, newest first (LOOKBACK of them),
 *   like Anthropic's own cache lookup walks back from a breakpoint.
 * - Tools and system prompt alone never make a key: a shared cached system prompt would
 *   otherwise pin all of an org's traffic to one model.
 * - A request that carries no `cache_control` anywhere gets no key and is not remembered.
 */
const MAX_BREAKPOINTS = 4;
const LOOKBACK = 20;

type Message = MessagesBody['messages'][number];

const withoutCacheControl = (key: string, value: unknown): unknown => (key === 'cache_control' ? undefined : value);
const canonical = (value: unknown): string | undefined => {
  if (value === undefined) return 'null';
  // JSON.stringify without a replacer takes its fast path; only a value that holds the marker needs the replacer.
  const text = stringifyOrUndefined(value);
  return text?.includes('"cache_control"') ? stringifyOrUndefined(value, withoutCacheControl) : text;
};

const hasCacheControl = (value: unknown): boolean => {
  if (!Array.isArray(value)) return false;
  return value.some((item) => typeof item === 'object' && item !== null && 'cache_control' in item && item.cache_control != null);
};
const messageHasCacheControl = (message: Message): boolean => hasCacheControl(message.content);

/**
 * Keys of the prefixes ending after the messages at `at` (the key of i covers messages[0..i]), in `at`'s order.
 * One running sha256 over the org, tools, system prompt and messages, copied at each boundary asked for: a
 * digest per message cost seconds on a body of 500,000 messages. Undefined when a part nests too deeply to
 * serialise: such a conversation is simply not sticky.
 */
const boundaryKeys = (body: MessagesBody, orgId: string, at: readonly number[]): string[] | undefined => {
  const tools = canonical(body.tools ?? null);
  const system = canonical(body.system ?? null);
  if (tools === undefined || system === undefined) return undefined;
  const running = createHash('sha256').update(`${orgId}\n${tools}\n${system}`);
  const wanted = new Set(at);
  const keys = new Map<number, string>();
  for (let i = 0; i <= Math.max(...at); i += 1) {
    const message = canonical(body.messages[i]);
    if (message === undefined) return undefined;
    running.update('\n').update(message);
    if (wanted.has(i)) keys.set(i, running.copy().digest('hex'));
  }
  return at.map((i) => keys.get(i) as string);
};

const carriesCacheControl = (body: MessagesBody): boolean =>
  hasCacheControl(body.tools) || hasCacheControl(body.system) || body.messages.some(messageHasCacheControl);

/**
 * The keys `lookup` checks: the boundaries of the earlier turns, newest first (LOOKBACK of them).
 * Empty when nothing carries `cache_control`. Pure, so a body parsed off the event loop gets them there.
 */
export function lookupKeys(body: MessagesBody, orgId: string): string[] {
  const last = body.messages.length - 2;
  if (last < 0 || !carriesCacheControl(body)) return [];
  const newestFirst: number[] = [];
  for (let i = last; i >= Math.max(0, last - LOOKBACK + 1); i -= 1) newestFirst.push(i);
  return boundaryKeys(body, orgId, newestFirst) ?? [];
}

/** The keys `remember` stores: the newest MAX_BREAKPOINTS messages that carry `cache_control`. */
export function rememberKeys(body: MessagesBody, orgId: string): string[] {
  const marked: number[] = [];
  body.messages.forEach((message, i) => {
    if (messageHasCacheControl(message)) marked.push(i);
  });
  if (marked.length === 0) return [];
  return boundaryKeys(body, orgId, marked.slice(-MAX_BREAKPOINTS)) ?? [];
}

export class StickyRoutes {
  private readonly routes = new Map<string, string>();

  constructor(private readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new Error('StickyRoutes: maxEntries must be a positive integer');
  }

  /**
   * The key of the cached prefix in the EARLIER turns: up to the last message before the final
   * one that carries `cache_control`. Undefined when no earlier turn carries it.
   */
  keyFor(body: MessagesBody, orgId: string): string | undefined {
    const last = body.messages.length - 2;
    for (let i = last; i >= 0; i -= 1) {
      if (messageHasCacheControl(body.messages[i] as Message)) return boundaryKeys(body, orgId, [i])?.[0];
    }
    return undefined;
  }

  /** The model this conversation was routed to, checking earlier-turn boundaries newest first. */
  lookup(body: MessagesBody, orgId: string): { key: string; modelId: string } | undefined {
    return this.find(lookupKeys(body, orgId));
  }

  /** The first of `keys` (from `lookupKeys`) with a model remembered. */
  find(keys: readonly string[]): { key: string; modelId: string } | undefined {
    for (const key of keys) {
      const modelId = this.get(key);
      if (modelId !== undefined) return { key, modelId };
    }
    return undefined;
  }

  /** Records the model for every cache breakpoint of this request, the last turn's included. */
  remember(body: MessagesBody, orgId: string, modelId: string): void {
    this.rememberAll(rememberKeys(body, orgId), modelId);
  }

  /** Records the model for each of `keys` (from `rememberKeys`). */
  rememberAll(keys: readonly string[], modelId: string): void {
    for (const key of keys) this.set(key, modelId);
  }

  get(key: string): string | undefined {
    const modelId = this.routes.get(key);
    if (modelId !== undefined) {
      // Map keeps insertion order: re-inserting makes this the most recently used entry.
      this.routes.delete(key);
      this.routes.set(key, modelId);
    }
    return modelId;
  }

  set(key: string, modelId: string): void {
    this.routes.delete(key);
    this.routes.set(key, modelId);
    while (this.routes.size > this.maxEntries) {
      const oldest = this.routes.keys().next().value as string;
      this.routes.delete(oldest);
    }
  }

  get size(): number {
    return this.routes.size;
  }
}
