import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { validateCountTokens, validateMessages } from '../../src/pipeline/validate.js';

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
    const { body, raw: kept } = validateMessages(Buffer.from(raw));
    expect(kept).toBe(raw);
    expect(body.max_tokens).toBe(0);
    expect((body as Record<string, unknown>).future).toEqual({ a: 1 });
  });

  it('names the missing or wrong field', () => {
    expect(fail('{"model":"auto","messages":[]}').message).toContain('max_tokens: Field required');
    expect(fail('{"model":"auto","max_tokens":1,"messages":[{"role":"robot","content":"x"}]}').message).toContain('messages.0.role');
    expect(fail('{"model":"auto","max_tokens":-1,"messages":[]}').message).toContain('max_tokens');
  });

  it('rejects malformed JSON and non-objects with 400 invalid_request_error', () => {
    for (const raw of ['{"model":', '[1]', 'null']) {
      const err = fail(raw);
      expect(err.status).toBe(400);
      expect(err.type).toBe('invalid_request_error');
    }
  });

  it('count_tokens needs no max_tokens', () => {
    expect(validateCountTokens(Buffer.from('{"model":"auto","messages":[{"role":"user","content":"x"}]}')).body.model).toBe('auto');
  });
});
