import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { TIERS, tierRank, type Config, type Tier } from '../config/schema.js';
import type { Logger } from '../logger.js';
import type { MessagesBody } from '../messages/schema.js';
import { connectRedis, type RedisClient } from '../redis-client.js';

/**
 * The highest tier a conversation was routed to, shared by every replica through Redis (issue 21).
 * A conversation is its org, system prompt, first user turn and first answer (the answer tells apart
 * conversations that open with the same "Hi"). The classifier reads the whole
 * history a request carries; this store also covers what the request no longer carries: turns a client
 * dropped or summarised, and hard asks older than the classifier's window.
 */
export interface ConversationTiers {
  /** The conversation's tier so far (`id`: conversationId); undefined for a first turn, an unknown conversation, or Redis unreachable. */
  lookup(id: string | undefined, orgId: string): Promise<Tier | undefined>;
  /** Raises the conversation's tier to `tier` (never lowers it) and renews its expiry. Does not wait. */
  remember(id: string | undefined, orgId: string, tier: Tier): void;
  close(): Promise<void>;
}

/** A conversation not heard from for a day starts over. */
const TTL_MS = 24 * 3_600_000;
/** A lookup slower than this is skipped (routing goes on from the request alone): it sits on the request path. */
const COMMAND_TIMEOUT_MS = 150;
/** The first turn is hashed up to this many characters, plus its length: a 1 MB paste costs no more than 64 KB. */
const HASHED_CHARS = 65_536;

/** Stores the larger of the stored and the given tier rank, and renews the expiry. */
const RAISE_LUA = `
local stored = tonumber(redis.call('get', KEYS[1]) or '-1')
local rank = tonumber(ARGV[1])
if rank > stored then redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) else redis.call('pexpire', KEYS[1], ARGV[2]) end
return math.max(stored, rank)`;

type Content = MessagesBody['messages'][number]['content'] | MessagesBody['system'];

/** The text of a system prompt or a message (text blocks only: cache markers and images do not change the identity). */
const textOf = (content: Content): string => {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  let out = '';
  for (const block of content) if (typeof block.text === 'string') out += `${block.text}\n`;
  return out;
};

const part = (text: string): string => `${text.length}:${text.slice(0, HASHED_CHARS)}\n`;

/**
 * The conversation's id: a hash of org, system prompt, first user turn and first answer. Undefined for a
 * first turn (no answer yet: its tier is recorded with the next turn, whose classification reads it anyway).
 */
export const conversationId = (body: MessagesBody, orgId: string): string | undefined => {
  const [opening, answer] = body.messages;
  if (opening?.role !== 'user' || answer?.role !== 'assistant') return undefined;
  const hash = createHash('sha256').update(`${orgId}\n`).update(part(textOf(body.system)));
  return hash.update(part(textOf(opening.content))).update(part(textOf(answer.content))).digest('hex').slice(0, 32);
};

/**
 * The Redis key: the whole id is the hash tag, so on a Redis Cluster each conversation has one slot
 * and an org's conversations spread over all of them.
 */
export const conversationKey = (prefix: string, orgId: string, id: string): string => `${prefix}:conv:{${orgId}:${id}}`;

export class RedisConversationTiers implements ConversationTiers {
  constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  /** Resolves once the connection is up (tests). */
  async whenReady(): Promise<void> {
    if (this.client.status !== 'ready') await once(this.client, 'ready');
  }

  async lookup(id: string | undefined, orgId: string): Promise<Tier | undefined> {
    // With Redis away, routing must not wait on it.
    if (this.client.status !== 'ready' || id === undefined) return undefined;
    try {
      const stored = await this.client.get(conversationKey(this.prefix, orgId, id));
      return stored === null ? undefined : TIERS[Number(stored)];
    } catch (err) {
      this.logger.debug({ err: err instanceof Error ? err.message : String(err) }, 'conversation store: lookup skipped');
      return undefined;
    }
  }

  remember(id: string | undefined, orgId: string, tier: Tier): void {
    if (this.client.status !== 'ready' || id === undefined) return;
    this.client.eval(RAISE_LUA, 1, conversationKey(this.prefix, orgId, id), tierRank(tier), TTL_MS).catch((err: unknown) => {
      this.logger.debug({ err: err instanceof Error ? err.message : String(err) }, 'conversation store: not recorded');
    });
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}

/** The shared store when `limits.redis` (one Redis or a cluster) is configured, on a connection of its own; undefined otherwise. */
export const conversationTiersFor = (config: Config, logger: Logger): RedisConversationTiers | undefined => {
  const redis = config.limits.redis;
  if (redis === undefined) return undefined;
  const client = connectRedis(redis, {
    enableOfflineQueue: false, // fail at once while disconnected: routing goes on without the store
    enableAutoPipelining: true,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(100 * attempt, 1_000),
  });
  client.on('error', (err: Error) => logger.debug({ err: err.message }, 'conversation store: redis error'));
  return new RedisConversationTiers(client, redis.prefix, logger);
};
