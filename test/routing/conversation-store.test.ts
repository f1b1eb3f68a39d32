import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { conversationId } from '../../src/routing/conversation-store.js';
import { testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { redisTestsEnabled, startRedis, type TestRedis } from '../helpers/redis.js';
import { startRedisCluster, type TestRedisCluster } from '../helpers/redis-cluster.js';

type Message = Anthropic.MessageParam;

const send = async (gw: TestGateway, messages: Message[]) => {
  const { response } = await gw.client().messages.create({ model: 'auto', max_tokens: 200, messages }).withResponse();
  return { tier: response.headers.get('x-gateway-tier'), route: response.headers.get('x-gateway-route'), reason: response.headers.get('x-gateway-route-reason') };
};

const OPENING: { role: 'user' | 'assistant'; content: string }[] = [
  { role: 'user', content: 'I have some number theory homework, can you help me with it?' },
  { role: 'assistant', content: 'Of course. What is the problem?' },
];
const HARD_ASK = 'Prove rigorously that there are infinitely many primes of the form 4k + 3, and explain why the same argument fails for 4k + 1.';
const PROOF = 'Suppose there are finitely many, p_1, ..., p_n. Consider N = 4 p_1 ... p_n - 1 ...';

/**
 * Two gateways (replicas) sharing one real redis-server: the tier a conversation reached on one replica
 * holds on the other, for a follow-up whose own history (trimmed by the client) no longer shows why.
 */
describe.runIf(redisTestsEnabled)('the conversation tier, shared through Redis', () => {
  let redis: TestRedis;
  let a: TestGateway;
  let b: TestGateway;

  beforeAll(async () => {
    redis = await startRedis();
    const config = testConfig({ limits: { redis: { url: redis.url, prefix: 'convtest' } } });
    [a, b] = await Promise.all([startTestGateway(config), startTestGateway(config)]);
    await Promise.all([a.gateway.services.conversations?.whenReady(), b.gateway.services.conversations?.whenReady()]);
  }, 30_000);

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
  });

  it('a "continue" on replica B stays on Opus after replica A routed the conversation there', async () => {
    // The client trimmed its history to the opening and the latest turn: alone, "continue" is cheap work.
    const trimmed: Message[] = [...OPENING, { role: 'user', content: 'continue' }];
    const before = await send(b, trimmed);
    expect(before.tier).not.toBe('opus');

    const onA = await send(a, [...OPENING, { role: 'user', content: HARD_ASK }]);
    expect(onA).toMatchObject({ tier: 'opus', route: 'auto' });

    const onB = await send(b, trimmed);
    expect(onB).toMatchObject({ tier: 'opus', route: 'conversation' });
    expect(onB.reason).toContain('conversation reached opus on earlier turns');
  });

  it('an acknowledgement is not held up; a simple transform falls one tier at most', async () => {
    const opening: Message[] = [...OPENING, { role: 'user', content: HARD_ASK }, { role: 'assistant', content: PROOF }];
    expect((await send(a, [...opening, { role: 'user', content: 'Now do the 4k + 1 case in full detail.' }])).tier).toBe('opus');
    expect((await send(b, [...OPENING, { role: 'user', content: 'thanks!' }])).tier).toBe('haiku');
    expect(await send(b, [...OPENING, { role: 'user', content: 'Translate into French: "The proof is complete."' }])).toMatchObject({
      tier: 'sonnet',
      route: 'conversation',
    });
  });

  it('keeps one key per conversation, under a hash tag of its own, with an expiry', async () => {
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys('convtest:conv:*');
      const id = conversationId({ model: 'auto', max_tokens: 1, messages: OPENING }, 'search');
      expect(keys).toEqual([`convtest:conv:{search:${id}}`]);
      expect(await client.get(keys[0] as string)).toBe('2');
      expect(await client.pttl(keys[0] as string)).toBeGreaterThan(0);
    } finally {
      client.disconnect();
    }
  });

  it('routing goes on from the request alone while Redis is down', async () => {
    await redis.kill();
    const trimmed: Message[] = [...OPENING, { role: 'user', content: 'continue' }];
    expect((await send(b, trimmed)).tier).not.toBe('opus');
    await redis.start();
  });
});

describe.runIf(redisTestsEnabled)('the conversation tier, shared through a Redis Cluster', () => {
  let cluster: TestRedisCluster;
  let a: TestGateway;
  let b: TestGateway;

  beforeAll(async () => {
    cluster = await startRedisCluster();
    const urls = cluster.nodes.slice(0, 2).map((n) => `redis://:${cluster.password}@${n.host}:${n.port}`);
    const config = testConfig({ limits: { redis: { cluster: urls, prefix: 'convtest' } } });
    [a, b] = await Promise.all([startTestGateway(config), startTestGateway(config)]);
    await Promise.all([a.gateway.services.conversations?.whenReady(), b.gateway.services.conversations?.whenReady()]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await cluster?.stop();
  });

  it('a "continue" on replica B stays on Opus after replica A routed the conversation there', async () => {
    const trimmed: Message[] = [...OPENING, { role: 'user', content: 'continue' }];
    expect((await send(b, trimmed)).tier).not.toBe('opus');
    expect(await send(a, [...OPENING, { role: 'user', content: HARD_ASK }])).toMatchObject({ tier: 'opus', route: 'auto' });
    expect(await send(b, trimmed)).toMatchObject({ tier: 'opus', route: 'conversation' });
  });
});
