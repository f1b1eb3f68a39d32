import { describe, expect, it } from 'vitest';
import { scanTopLevel, withModel } from '../../src/messages/top-level.js';

describe('withModel: only the top-level model value changes', () => {
  it('replaces the value and keeps every other byte', () => {
    const raw = '{ "max_tokens" : 10,\n  "model":"auto", "x": {"model":"nested"}, "extra":[1,2] }';
    expect(withModel(raw, 'claude-opus-4-7')).toBe('{ "max_tokens" : 10,\n  "model":"claude-opus-4-7", "x": {"model":"nested"}, "extra":[1,2] }');
  });

  it('ignores "model" inside strings, nested objects and arrays before the real key', () => {
    const raw = JSON.stringify({ messages: [{ role: 'user', content: '"model":"auto"' }], meta: { model: 'no' }, model: 'sonnet' });
    const out = JSON.parse(withModel(raw, 'claude-sonnet-4-6')) as Record<string, unknown>;
    expect(out.model).toBe('claude-sonnet-4-6');
    expect(out.meta).toEqual({ model: 'no' });
    expect(out.messages).toEqual([{ role: 'user', content: '"model":"auto"' }]);
  });

  it('handles escaped quotes and backslashes in earlier strings', () => {
    const raw = '{"system":"a \\"quoted\\" \\\\","model":"haiku"}';
    expect(withModel(raw, 'm')).toBe('{"system":"a \\"quoted\\" \\\\","model":"m"}');
  });

  it('throws when there is no top-level model string', () => {
    expect(() => withModel('{"a":{"model":"x"}}', 'm')).toThrow();
  });
});

describe('scanTopLevel: whether a body names a file_id', () => {
  it('sees a "file_id" key at any depth, escaped or not, and no such key inside a text', () => {
    expect(scanTopLevel('{"m":[{"c":[{"source":{"file_id":"f1"}}]}]}').namesFileIds).toBe(true);
    expect(scanTopLevel('{"m":[{"source":{"file\\u005fid":"f1"}}]}').namesFileIds).toBe(true);
    expect(scanTopLevel(JSON.stringify({ m: [{ text: 'a "file_id": "f1" in prose' }], file_idx: 1 })).namesFileIds).toBe(false);
  });
});
