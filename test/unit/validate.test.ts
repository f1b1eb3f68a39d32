import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { messagesBodySchema } from '../../src/messages/schema.js';
import { isPlainMessagesBody } from '../../src/pipeline/plain-messages-body.js';
import { validateCountTokens, validateMessages } from '../../src/pipeline/validate.js';
import { trafficExamples } from '../routing/traffic/index.js';
import type { UpstreamBody } from '../../src/upstream/client.js';

const fail = (raw: string): GatewayError => {
  try {
    validateMessages(Buffer.from(raw));
  } catch (err) {
    return err as GatewayError;
  }
  throw new Error('expected a validation error');
};

describe('validate: zod on what the gateway reads, raw bytes kept', () => {
  it('keeps the raw text and unknown fields', () => {
    const raw = '{"model":"auto","max_tokens":0,"messages":[{"role":"user","content":"hi"}],"future":{"a":1}}';
    const { body, bodyFor } = validateMessages(Buffer.from(raw));
    expect(sent(bodyFor(body.model))).toBe(raw);
    expect(body.max_tokens).toBe(0);
    expect((body as Record<string, unknown>).future).toEqual({ a: 1 });
  });

  it('names the missing or wrong field among the four it checks', () => {
    expect(fail('{"model":"auto","messages":[{"role":"user","content":"x"}]}').message).toContain('max_tokens: Field required');
    expect(fail('{"model":"auto","max_tokens":-1,"messages":[{"role":"user","content":"x"}]}').message).toContain('max_tokens');
    expect(fail('{"model":"auto","max_tokens":1,"messages":[]}').message).toContain('messages: at least one message is required');
    expect(fail('{"model":"auto","max_tokens":1,"messages":{}}').message).toContain('messages');
    expect(fail('{"model":"","max_tokens":1,"messages":[{"role":"user","content":"x"}]}').message).toContain('model');
    expect(fail('{"model":"auto","max_tokens":1,"stream":"yes","messages":[{"role":"user","content":"x"}]}').message).toContain('stream');
  });

  it('forwards roles, blocks and fields it has never seen, and reads malformed optional parts as empty', () => {
    const raw = JSON.stringify({
      model: 'auto',
      max_tokens: 5,
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'hi' }, { type: 'hologram', depth: 3 }, 7] },
        { role: 'system', content: 'mid-conversation note' },
        { role: 'robot', content: 42 },
      ],
      system: 17,
      tools: 'none',
      thinking: 'deep',
      context_management: { edits: [] },
    });
    const { body, bodyFor } = validateMessages(Buffer.from(raw));
    expect(sent(bodyFor(body.model))).toBe(raw);
    expect(body.messages.map((m) => m.role)).toEqual(['user', 'system', 'robot']);
    expect(body.messages[2]?.content).toBe('');
    expect(body.system).toBeUndefined();
    expect(body.tools).toBeUndefined();
  });

  it('refuses a duplicated top-level key, naming it, even when the key is escaped', () => {
    expect(fail('{"model":null,"model":"haiku","max_tokens":1,"messages":[{"role":"user","content":"x"}]}').message).toMatch(/^model: duplicate key/);
    expect(fail('{"model":"opus","max_tokens":1,"m\\u006fdel":"haiku","messages":[{"role":"user","content":"x"}]}').message).toMatch(/^model: duplicate key/);
    expect(fail('{"max_tokens":1,"model":"a","messages":[{"role":"user","content":"x"}],"max_tokens":2}').message).toMatch(/^max_tokens: duplicate key/);
  });

  it('rewrites an escaped model key and leaves nested "model" keys alone', () => {
    const raw = '{"m\\u006fdel":"haiku","max_tokens":1,"messages":[{"role":"user","content":"x","model":"n"}],"meta":{"model":"m"}}';
    const validated = validateMessages(Buffer.from(raw));
    expect(validated.body.model).toBe('haiku');
    const out = JSON.parse(sent(validated.bodyFor('claude-haiku-4-5'))) as { model: string; meta: { model: string } };
    expect(out.model).toBe('claude-haiku-4-5');
    expect(out.meta.model).toBe('m');
  });

  it('sends a large body as the caller\'s own bytes around the new model, multi-byte text before it included', () => {
    const padding = 'é'.repeat(200_000); // 400 KB of two-byte characters before "model"
    const raw = Buffer.from(`{"system":"${padding}","model":"haiku","max_tokens":1,"messages":[{"role":"user","content":"ü"}]}`);
    const pieces = validateMessages(raw).bodyFor('claude-haiku-4-5');
    expect(Array.isArray(pieces)).toBe(true);
    expect(Buffer.from(sent(pieces))).toEqual(Buffer.from(raw.toString().replace('"haiku"', '"claude-haiku-4-5"')));
  });

  it('rejects malformed JSON and non-objects with 400 invalid_request_error', () => {
    for (const raw of ['{"model":', '[1]', 'null']) {
      const err = fail(raw);
      expect(err.status).toBe(400);
      expect(err.type).toBe('invalid_request_error');
    }
  });

  // Every part in zod's key order (sticky routes, conversation ids and estimates read parts as JSON text);
  // the top level keeps the caller's order, as nothing reads the body as a whole.
  const byPart = (body: object): string => JSON.stringify(Object.entries(body).sort(([a], [b]) => (a < b ? -1 : 1)));

  it('reads a body exactly as zod would, parts\' keys in the same order, whether or not zod is skipped', () => {
    const message = { role: 'user', content: [{ type: 'text', text: 'hi', cache_control: { type: 'ephemeral' } }] };
    const base = { max_tokens: 5, messages: [message], model: 'haiku', temperature: 0.2 };
    const plain: object[] = [
      base,
      Object.assign({}, base, { stream: true, system: 'be brief', thinking: { type: 'enabled', budget_tokens: 10 }, metadata: { user_id: 'u' } }),
      Object.assign({}, base, { system: [{ type: 'text', text: 's' }], tools: [{ name: 't', description: 'd', input_schema: {} }, { name: 'u' }], metadata: null }),
    ];
    const corrected: object[] = [
      Object.assign({}, base, { messages: [{ content: 'x', role: 'user' }] }), // zod puts role first
      Object.assign({}, base, { messages: [{ role: 'user', content: [{ text: 'x', type: 'text' }] }] }),
      Object.assign({}, base, { tools: [{ name: 't', input_schema: {}, description: 'd' }] }),
      Object.assign({}, base, { metadata: { tag: 1, user_id: 'u' } }),
      Object.assign({}, base, { messages: [{ role: 'user' }] }), // content read as ''
      Object.assign({}, base, { thinking: null, tools: 'none' }),
      Object.assign({}, base, { max_tokens: 2 ** 60 }), // left for zod to refuse
    ];
    const protoKey = '{"model":"haiku","max_tokens":1,"messages":[{"role":"user","content":"x","__proto__":{"a":1}}]}';
    for (const body of plain) expect(isPlainMessagesBody(body as Record<string, unknown>)).toBe(true);
    for (const body of corrected) expect(isPlainMessagesBody(body as Record<string, unknown>)).toBe(false);
    expect(isPlainMessagesBody(JSON.parse(protoKey) as Record<string, unknown>)).toBe(false);
    for (const raw of [...plain, ...corrected].map((b) => JSON.stringify(b)).concat(protoKey)) {
      const zod = messagesBodySchema.safeParse(JSON.parse(raw));
      if (!zod.success) continue;
      expect(byPart(validateMessages(Buffer.from(raw)).body)).toBe(byPart(zod.data));
    }
  });

  it('reads every realistic body and many mangled ones as zod does, and skips zod for most realistic bodies', () => {
    const seeded = ((seed) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(seeded() * items.length)] as T;
    const odd: readonly unknown[] = [null, 0, -1, 1.5, 2 ** 60, '', 'x', true, [], {}, [{}], [{ type: 1 }], { type: 'x' }];
    // Replace one value somewhere in the body (or reorder an object's keys) with something odd.
    const mangle = (v: unknown, depth: number): unknown => {
      if (Array.isArray(v)) return v.length > 0 && depth < 5 ? v.map((x, i) => (i === Math.floor(seeded() * v.length) ? mangle(x, depth + 1) : x)) : v;
      if (typeof v !== 'object' || v === null) return pick(odd);
      const entries = Object.entries(v);
      if (entries.length === 0 || seeded() < 0.15) return Object.fromEntries(entries.reverse());
      const at = Math.floor(seeded() * entries.length);
      return Object.fromEntries(entries.map(([k, x], i) => [k, i === at ? (seeded() < 0.3 ? pick(odd) : mangle(x, depth + 1)) : x]));
    };
    let skipped = 0;
    const bodies = trafficExamples.map((e) => e.body as object);
    for (const body of [...bodies, ...bodies.flatMap((b) => [mangle(b, 0), mangle(b, 0), mangle(b, 0)])]) {
      const raw = JSON.stringify(body);
      const zod = messagesBodySchema.safeParse(JSON.parse(raw));
      if (isPlainMessagesBody(JSON.parse(raw) as Record<string, unknown>)) skipped += 1;
      if (!zod.success) {
        expect(() => validateMessages(Buffer.from(raw))).toThrow(GatewayError);
        continue;
      }
      expect(byPart(validateMessages(Buffer.from(raw)).body), raw.slice(0, 200)).toBe(byPart(zod.data));
    }
    expect(skipped).toBeGreaterThan(bodies.length * 0.9);
  });

  it('count_tokens needs no max_tokens', () => {
    expect(validateCountTokens(Buffer.from('{"model":"auto","messages":[{"role":"user","content":"x"}]}')).body.model).toBe('auto');
  });
});

/** The body as the upstream receives it. */
function sent(body: UpstreamBody): string {
  return typeof body === 'string' ? body : Buffer.concat(body).toString('utf8');
}
