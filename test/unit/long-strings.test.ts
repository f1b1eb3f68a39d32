import { describe, expect, it } from 'vitest';
import { classifierFor } from '../../src/config/compiled.js';
import { GatewayError } from '../../src/errors.js';
import { bodyFacts } from '../../src/messages/body-facts.js';
import { peek } from '../../src/messages/deferred-strings.js';
import { LongString } from '../../src/messages/long-strings.js';
import { messagesBodySchema, type MessagesBody } from '../../src/messages/schema.js';
import { estimateInputTokens } from '../../src/limits/estimate.js';
import { isPlainMessagesBody } from '../../src/pipeline/plain-messages-body.js';
import { mulberry32 } from '../../src/sim/prng.js';
import { parse, validateMessages, type ValidatedRequest } from '../../src/pipeline/validate.js';
import type { UpstreamBody } from '../../src/upstream/client.js';

/**
 * A large body's long strings are validated in its bytes and decoded only when read (src/messages/long-strings.ts).
 * Checked here against the plain path (the body decoded whole and given to JSON.parse) on many generated bodies,
 * valid and broken: the same accept or reject (with the same message), the same parsed body, facts and bytes sent.
 */

const PIECES = ['word ', 'Code(x) { return "q"; }\n', 'é', '日本語', '😀', '\\path\\', '\t', '\u0001', '\u007f', '\u2028', '\ufeff', ' "quoted" ', '\ud800', '12345 '];

function text(next: () => number, chars: number): string {
  let out = '';
  while (out.length < chars) out += PIECES[Math.floor(next() * PIECES.length)] as string;
  return out;
}

/** A valid Messages body of at least 256 KB, its long texts at varying places. */
function body(next: () => number): Record<string, unknown> {
  const long = (): string => text(next, 20_000 + Math.floor(next() * 120_000));
  const short = (): string => text(next, Math.floor(next() * 40));
  const messages: unknown[] = [];
  const turns = 1 + Math.floor(next() * 5);
  for (let i = 0; i < turns; i++) {
    const role = i % 2 === 0 ? 'user' : 'assistant';
    const pick = next();
    if (pick < 0.4) messages.push({ role, content: next() < 0.6 ? long() : short() });
    else if (pick < 0.7) messages.push({ role, content: [{ type: 'text', text: long(), ...(next() < 0.3 ? { cache_control: { type: 'ephemeral' } } : {}) }, { type: 'text', text: short() }] });
    else if (pick < 0.85) messages.push({ role, content: [{ type: 'tool_result', tool_use_id: 't1', content: long() }, { type: 'document', source: { type: 'text', media_type: 'text/plain', data: long() } }] });
    else messages.push({ role, content: [{ type: 'tool_use', id: 't1', name: 'f', input: { q: long() } }, { type: 'document', source: { type: 'file', file_id: `file_${i}` } }] });
  }
  const out: Record<string, unknown> = { model: next() < 0.1 ? long() : 'haiku', max_tokens: 100, messages };
  if (next() < 0.5) out.system = next() < 0.5 ? long() : [{ type: 'text', text: long(), cache_control: { type: 'ephemeral' } }];
  if (next() < 0.3) out.tools = [{ name: 'f', description: long(), input_schema: { type: 'object' } }];
  if (next() < 0.3) out.metadata = { user_id: short() };
  if (next() < 0.3) out.stream = next() < 0.5;
  if (next() < 0.2) out[long().slice(0, 9000)] = 1; // a long key
  let size = JSON.stringify(out).length;
  while (size < 300_000) {
    messages.push({ role: 'user', content: long() });
    size = JSON.stringify(out).length;
  }
  return out;
}

/** Ways to write and to break a body's text; the broken ones are meant to be refused, at varying places. */
function serialised(next: () => number, value: unknown): Buffer {
  let json = JSON.stringify(value, null, next() < 0.2 ? 2 : undefined);
  if (next() < 0.3) json = json.replace(/e/g, (e) => (next() < 0.01 ? '\\u0065' : e)); // escapes in keys and values (and broken `true`s)
  if (next() < 0.2) json = json.replace(/"file_id"/g, '"file\\u005fid"');
  const at = (): number => Math.floor(next() * json.length);
  const cut = (i: number, drop: number, put: string): string => json.slice(0, i) + put + json.slice(i + drop);
  const breakage = next();
  if (breakage < 0.45) return Buffer.from(json);
  if (breakage < 0.5) return Buffer.from(json.slice(0, at()));
  if (breakage < 0.55) json = cut(at(), 0, String.fromCharCode(Math.floor(next() * 0x20)));
  else if (breakage < 0.6) json = cut(json.indexOf('\\', at()), 2, '\\x');
  else if (breakage < 0.65) json = cut(json.indexOf('\\u', at()), 6, '\\u12g4');
  else if (breakage < 0.7) json = cut(json.indexOf('\\"', at()), 2, '"');
  else if (breakage < 0.75) json = cut(json.indexOf('\\n', at()), 2, '\n');
  else if (breakage < 0.8) json = cut(at(), 0, '\\');
  else if (breakage < 0.85) json = cut(json.lastIndexOf('\\', json.length - 3), 0, '\\'); // a quote escaped at the end
  else if (breakage < 0.9) {
    const bytes = Buffer.from(json);
    bytes[Math.floor(next() * bytes.length)] = next() < 0.5 ? 0xff : 0xc3; // invalid UTF-8
    return bytes;
  } else json = cut(at(), 1, '');
  return Buffer.from(json);
}

type Outcome = { readonly error: string } | { readonly validated: ValidatedRequest<MessagesBody> };

function outcome(run: () => ValidatedRequest<MessagesBody>): Outcome {
  try {
    return { validated: run() };
  } catch (err) {
    if (!(err instanceof GatewayError)) throw err;
    return { error: `${err.status} ${err.message}` };
  }
}

const plain = (raw: Buffer): Outcome => outcome(() => parse(raw, messagesBodySchema, isPlainMessagesBody));
const lazy = (raw: Buffer): Outcome => outcome(() => validateMessages(raw));
const sent = (body: UpstreamBody): Buffer => (typeof body === 'string' ? Buffer.from(body) : Buffer.concat(body));
const classify = classifierFor(undefined);

/** Whether any message text of `body` is still undecoded (the lazy path was taken). */
function undecoded(body: MessagesBody): number {
  let count = 0;
  for (const message of body.messages) {
    if (peek(message, 'content') instanceof LongString) count++;
    const content = peek(message, 'content');
    if (Array.isArray(content)) for (const block of content as object[]) if (peek(block, 'text') instanceof LongString) count++;
  }
  return count;
}

describe('long strings undecoded: the same as JSON.parse on the whole body', () => {
  it('accepts and refuses what the plain parse does, with the same body, facts and bytes', () => {
    let accepted = 0;
    let refused = 0;
    let tookLazy = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const next = mulberry32(seed); // deterministic: a failure replays from its seed
      const raw = serialised(next, body(next));
      const want = plain(raw);
      const got = lazy(raw);
      if ('error' in want) {
        expect(got, `seed ${seed}`).toEqual(want);
        refused++;
        continue;
      }
      if (!('validated' in got)) throw new Error(`seed ${seed}: refused ${got.error}`);
      accepted++;
      const a = want.validated;
      const b = got.validated;
      if (undecoded(b.body) > 0) tookLazy++;
      // Every fact on a freshly parsed body, so that one fact's reads do not decode for the next.
      const factsOf = (v: ValidatedRequest<MessagesBody>) => bodyFacts(v.body, v.namesFileIds);
      const each = <T>(fact: (f: ReturnType<typeof factsOf>) => T): void => {
        expect(fact(factsOf((lazy(raw) as { validated: ValidatedRequest<MessagesBody> }).validated)), `seed ${seed}`).toEqual(fact(factsOf(a)));
      };
      each((f) => [...f.citedFileIds()]);
      each((f) => f.toolTurns());
      each((f) => f.conversationId('org'));
      each((f) => f.routedConversationId('org'));
      each((f) => f.stickyLookupKeys('org'));
      each((f) => f.stickyRememberKeys('org'));
      each((f) => f.classify(classify));
      // Both sample a long text (the plain path by characters, the lazy one by bytes): close, not equal.
      const estimate = estimateInputTokens(b.body);
      const exact = estimateInputTokens(a.body);
      expect(Math.abs(estimate - exact), `seed ${seed}: estimate ${estimate} against ${exact}`).toBeLessThanOrEqual(exact * 0.2 + 10);
      expect(b.namesFileIds).toBe(a.namesFileIds);
      expect(b.modelBytes()).toEqual(a.modelBytes());
      expect(sent(b.bodyFor('claude-haiku-4-5')).equals(sent(a.bodyFor('claude-haiku-4-5'))), `seed ${seed}`).toBe(true);
      expect(JSON.stringify(b.body)).toBe(JSON.stringify(a.body));
      expect(Object.keys(b.body)).toEqual(Object.keys(a.body));
    }
    // The generator has to exercise both sides, and the lazy path must really be taken.
    expect(accepted).toBeGreaterThan(35);
    expect(refused).toBeGreaterThan(25);
    expect(tookLazy).toBeGreaterThan(accepted / 2);
  });

  it('reads a long string exactly when first read, and as a plain property after', () => {
    // With escapes (decoded by JSON.parse) and without (its bytes are its UTF-8); a BOM first is kept, as JSON.parse keeps it.
    for (const content of [`\ufeff${'é日😀 "q" \\ \n'.repeat(30_000)}\ud800`, `\ufeff${'é日😀 text '.repeat(30_000)}`]) {
      const raw = Buffer.from(JSON.stringify({ model: 'haiku', max_tokens: 1, messages: [{ role: 'user', content }] }));
      const { body } = validateMessages(raw);
      const message = body.messages[0] as MessagesBody['messages'][number];
      expect((peek(message, 'content') as LongString).escaped).toBe(content.includes('\n'));
      expect(message.content).toBe(content);
      expect(peek(message, 'content')).toBe(content);
      expect(Object.getOwnPropertyDescriptor(message, 'content')).toMatchObject({ value: content, writable: true, enumerable: true });
    }
  });

  it('estimates a long text from samples of its bytes as closely as from samples of its characters', () => {
    for (const unit of ['日本語のテキスト、', 'line of "code" {x: 1}\n', 'plain prose with words ', 'émigré çà ']) {
      const raw = Buffer.from(JSON.stringify({ model: 'haiku', max_tokens: 1, messages: [{ role: 'user', content: unit.repeat(Math.ceil(400_000 / unit.length)) }] }));
      const lazyBody = validateMessages(raw).body;
      expect(peek(lazyBody.messages[0] as object, 'content')).toBeInstanceOf(LongString);
      const estimate = estimateInputTokens(lazyBody);
      const exact = estimateInputTokens((plain(raw) as { validated: ValidatedRequest<MessagesBody> }).validated.body);
      expect(Math.abs(estimate - exact), `${unit}: ${estimate} against ${exact}`).toBeLessThanOrEqual(exact * 0.03);
      expect(peek(lazyBody.messages[0] as object, 'content')).toBeInstanceOf(LongString); // still undecoded
    }
  });

  it('decodes a body for model "auto" whole: its router reads every text', () => {
    const content = 'x'.repeat(300_000);
    const first = validateMessages(Buffer.from(JSON.stringify({ model: 'auto', max_tokens: 1, messages: [{ role: 'user', content }] })));
    const last = validateMessages(Buffer.from(JSON.stringify({ max_tokens: 1, messages: [{ role: 'user', content }], model: 'auto' })));
    const other = validateMessages(Buffer.from(JSON.stringify({ model: 'haiku', max_tokens: 1, messages: [{ role: 'user', content }] })));
    expect(peek(first.body.messages[0] as object, 'content')).toBe(content);
    expect(peek(last.body.messages[0] as object, 'content')).toBe(content);
    expect(peek(other.body.messages[0] as object, 'content')).toBeInstanceOf(LongString);
  });

  it('finds a file_id key written with escapes next to long strings', () => {
    const long = 'x'.repeat(300_000);
    const raw = Buffer.from(`{"model":"haiku","max_tokens":1,"messages":[{"role":"user","content":[{"type":"text","text":"${long}"},{"type":"document","source":{"type":"file","file\\u005fid":"file_other"}}]}]}`);
    const validated = validateMessages(raw);
    expect(peek((validated.body.messages[0]?.content as object[])[0] as object, 'text')).toBeInstanceOf(LongString);
    expect([...bodyFacts(validated.body, validated.namesFileIds).citedFileIds()]).toEqual(['file_other']);
  });
});
