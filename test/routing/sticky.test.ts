import { describe, expect, it } from 'vitest';
import type { MessagesBody } from '../../src/messages/schema.js';
import { StickyRoutes } from '../../src/routing/sticky.js';

type Message = MessagesBody['messages'][number];
const EPHEMERAL = { type: 'ephemeral' };

const userText = (text: string, cached = false): Message => ({
  role: 'user',
  content: [{ type: 'text', text, ...(cached ? { cache_control: EPHEMERAL } : {}) }],
});
const assistant = (text: string): Message => ({ role: 'assistant', content: text });
const body = (messages: Message[], extra: Partial<MessagesBody> = {}): MessagesBody => ({
  model: 'auto',
  max_tokens: 1024,
  system: 'You are a helpful assistant.',
  messages,
  ...extra,
});

describe('StickyRoutes', () => {
  it('gives no key when nothing carries cache_control', () => {
    const routes = new StickyRoutes(10);
    const b = body([userText('a'), assistant('b'), userText('c')]);
    expect(routes.keyFor(b, 'org')).toBeUndefined();
    routes.remember(b, 'org', 'claude-sonnet-4-6');
    expect(routes.size).toBe(0);
    expect(routes.lookup(b, 'org')).toBeUndefined();
  });

  it('keys on the earlier turns only, not the new last user turn', () => {
    const routes = new StickyRoutes(10);
    expect(routes.keyFor(body([userText('only turn', true)]), 'org')).toBeUndefined();
    const a = body([userText('first', true), assistant('reply'), userText('second')]);
    const b = body([userText('first', true), assistant('reply'), userText('a different new question')]);
    expect(routes.keyFor(a, 'org')).toBeDefined();
    expect(routes.keyFor(a, 'org')).toBe(routes.keyFor(b, 'org'));
    expect(routes.keyFor(a, 'org')).not.toBe(routes.keyFor(a, 'other-org'));
    expect(routes.keyFor(a, 'org')).not.toBe(routes.keyFor({ ...a, system: 'Another system prompt.' }, 'org'));
  });

  it('keyFor/get/set: a client that keeps its markers finds the previous route', () => {
    const routes = new StickyRoutes(10);
    const turn2 = body([userText('q1', true), assistant('a1'), userText('q2', true)]);
    const turn3 = body([userText('q1', true), assistant('a1'), userText('q2', true), assistant('a2'), userText('q3')]);
    routes.set(routes.keyFor(turn2, 'org') as string, 'claude-opus-4-7');
    expect(routes.get(routes.keyFor(turn2, 'org') as string)).toBe('claude-opus-4-7');
    // turn3's latest earlier breakpoint is q2, which turn2 did not key on: lookup walks further back.
    expect(routes.lookup(turn3, 'org')?.modelId).toBe('claude-opus-4-7');
  });

  it('follows a conversation whose client moves the marker to the newest message', () => {
    const routes = new StickyRoutes(10);
    const turn1 = body([userText('q1', true)]);
    routes.remember(turn1, 'org', 'claude-opus-4-7');
    const turn2 = body([userText('q1'), assistant('a1'), userText('q2', true)]);
    expect(routes.lookup(turn2, 'org')).toEqual({ key: expect.any(String), modelId: 'claude-opus-4-7' });
    routes.remember(turn2, 'org', 'claude-opus-4-7');
    const turn3 = body([userText('q1'), assistant('a1'), userText('q2'), assistant('a2'), userText('q3', true)]);
    expect(routes.lookup(turn3, 'org')?.modelId).toBe('claude-opus-4-7');
    // A different conversation with the same system prompt does not stick.
    expect(routes.lookup(body([userText('other'), assistant('x'), userText('y', true)]), 'org')).toBeUndefined();
  });

  it('does not stick on a cached system prompt alone', () => {
    const routes = new StickyRoutes(10);
    const system = [{ type: 'text', text: 'Long shared instructions', cache_control: EPHEMERAL }];
    routes.remember(body([userText('q1')], { system }), 'org', 'claude-opus-4-7');
    expect(routes.size).toBe(0);
    expect(routes.lookup(body([userText('q1'), assistant('a'), userText('q2')], { system }), 'org')).toBeUndefined();
  });

  it('is a bounded LRU', () => {
    const routes = new StickyRoutes(2);
    routes.set('a', 'm1');
    routes.set('b', 'm2');
    expect(routes.get('a')).toBe('m1');
    routes.set('c', 'm3');
    expect(routes.size).toBe(2);
    expect(routes.get('b')).toBeUndefined();
    expect(routes.get('a')).toBe('m1');
    expect(routes.get('c')).toBe('m3');
    expect(() => new StickyRoutes(0)).toThrow();
  });
});
