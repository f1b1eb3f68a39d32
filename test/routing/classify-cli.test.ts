import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runClassify } from '../../src/routing/classify-cli.js';
import { DEFAULT_THRESHOLDS } from '../../src/routing/tiers.js';
import { realisticExamples } from './realistic-examples.js';

const run = async (text: string): Promise<{ result: { lines: number; errors: number }; out: unknown[]; writes: number }> => {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const result = await runClassify(Readable.from([text]), output, DEFAULT_THRESHOLDS);
  output.end();
  const out = chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
  return { result, out, writes: chunks.length };
};

describe('runClassify', () => {
  it('answers one line per input line and reports bad lines without stopping', async () => {
    const good = JSON.stringify({ model: 'auto', max_tokens: 10, messages: [{ role: 'user', content: 'Translate "hi" to French' }] });
    const text = [good, '{not json', JSON.stringify({ model: 'auto', messages: [] }), '', good].join('\n');
    const { result, out } = await run(text);
    expect(result).toEqual({ lines: 4, errors: 2 });
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ tier: 'haiku', score: expect.any(Number), reasons: expect.any(Array) });
    expect(out[1]).toMatchObject({ error: { type: 'invalid_request_error', message: expect.stringMatching(/^line 2: invalid JSON/) } });
    expect(out[2]).toMatchObject({ error: { type: 'invalid_request_error', message: expect.stringMatching(/^line 3: max_tokens/) } });
    expect(out[3]).toMatchObject({ tier: 'haiku' });
  });

  it('handles 10,000 lines, in order, in batched writes', async () => {
    const bodies = realisticExamples.map((e) => JSON.stringify(e.body));
    const lines = Array.from({ length: 10_000 }, (_, i) => (i % 1000 === 999 ? '[]' : (bodies[i % bodies.length] as string)));
    const { result, out, writes } = await run(`${lines.join('\n')}\n`);
    expect(result).toEqual({ lines: 10_000, errors: 10 });
    expect(out).toHaveLength(10_000);
    expect(writes).toBeLessThan(200);
    out.forEach((o, i) => {
      if (i % 1000 === 999) expect(o).toMatchObject({ error: { message: expect.stringMatching(new RegExp(`^line ${i + 1}: `)) } });
      else expect(o).toMatchObject({ tier: expect.stringMatching(/^(haiku|sonnet|opus)$/) });
    });
    const expectedFirst = realisticExamples[0]?.expected;
    expect(out[0]).toMatchObject({ tier: expectedFirst });
  });
});
