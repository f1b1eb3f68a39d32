import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compileConfig } from '../../src/config/compiled.js';
import { formatEvalReport, type EvalReport } from '../../src/routing/eval-router.js';
import { parseLabelled } from '../../src/routing/labelled.js';
import { runEvalRouter, runTrainRouter } from '../../src/routing/router-cli.js';
import { testConfig } from '../helpers/config.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'router-cli-'));
const ask = (content: string) => ({ model: 'auto', max_tokens: 512, messages: [{ role: 'user', content }] });

// A team whose traffic the shipped router gets wrong: their "ticket triage" asks are Opus work.
const rows = [
  ...Array.from({ length: 20 }, (_, i) => ({ body: ask(`ticket triage ${i}: customer ${i} cannot log in`), tier: 'opus' })),
  ...Array.from({ length: 20 }, (_, i) => ({ body: ask(`status check ${i}: is order ${i} shipped`), tier: 'haiku' })),
];
const file = join(dir, 'labelled.jsonl');
writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));

describe('gateway eval-router and train-router', () => {
  it('eval-router reports accuracy, the confusion matrix and the cost against all-Sonnet and all-Opus', () => {
    const report = JSON.parse(runEvalRouter(file, testConfig(), true)) as EvalReport;
    expect(report.rows).toBe(40);
    expect(report.tierRows).toBe(40);
    expect(report.confusion.opus.opus + report.confusion.opus.sonnet + report.confusion.opus.haiku).toBe(20);
    expect(report.accuracy).toBeLessThan(0.75);
    expect(report.cost.allOpus).toBeGreaterThan(report.cost.allSonnet);
    expect(report.apgr).toBeNull();
    expect(runEvalRouter(file, testConfig(), false)).toMatch(/tier accuracy: .*\n.*confusion/);
  });

  it('says whether the routed cost is less or more than all-Sonnet, never a negative saving', () => {
    const report = JSON.parse(runEvalRouter(file, testConfig(), true)) as EvalReport;
    const text = formatEvalReport({ ...report, cost: { routed: 2, allSonnet: 1, allOpus: 4 } });
    expect(text).toContain('all Sonnet  $1.0000 (as routed costs 100.0% more)');
    expect(text).toContain('all Opus    $4.0000 (as routed costs 50.0% less)');
  });

  it('train-router writes weights that routing.weights loads, and they fit the team\'s labels better', () => {
    const out = join(dir, 'weights.json');
    expect(runTrainRouter(file, out)).toContain(`wrote ${out}`);
    const before = JSON.parse(runEvalRouter(file, testConfig(), true)) as EvalReport;
    const after = JSON.parse(runEvalRouter(file, testConfig({ routing: { weights: out } }), true)) as EvalReport;
    expect(after.accuracy).toBeGreaterThan(before.accuracy as number);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('learnedWeight');
  });

  it('a broken weights file fails the config load, naming the key', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version": 1}');
    expect(() => compileConfig(testConfig({ routing: { weights: bad } }))).toThrow(/routing\.weights/);
  });

  it('reports APGR for rows with correctness labels, and names a bad line', () => {
    const scored = parseLabelled(
      [
        JSON.stringify({ body: ask('Prove that the square root of 2 is irrational, rigorously.'), weak_correct: false, strong_correct: true }),
        JSON.stringify({ body: ask('What is 2 + 2?'), weak_correct: true, strong_correct: true }),
      ].join('\n'),
    );
    expect(scored).toHaveLength(2);
    expect(() => parseLabelled(`${JSON.stringify({ body: ask('x') })}\n`, 'f.jsonl')).toThrow(/f\.jsonl:1: .*tier/);
    const mixed = join(dir, 'scored.jsonl');
    writeFileSync(mixed, `${JSON.stringify({ body: ask('Prove that there are infinitely many primes.'), weak_correct: false, strong_correct: true })}\n${JSON.stringify({ body: ask('hello'), weak_correct: true, strong_correct: true })}\n`);
    // The proof ranked first: PGR 0, 1, 1 at p = 0, 1/2, 1, the best a ranking of two rows can do.
    expect((JSON.parse(runEvalRouter(mixed, testConfig(), true)) as EvalReport).apgr).toBeCloseTo(0.75, 10);
  });

  it('the built CLI runs both commands end to end', async () => {
    const cli = join(process.cwd(), 'dist/cli.js');
    const out = join(dir, 'cli-weights.json');
    const trained = await run(process.execPath, [cli, 'train-router', file, '--out', out]);
    expect(trained.stdout).toContain('trained on 40 rows');
    const evaluated = await run(process.execPath, [cli, 'eval-router', file, '--json']);
    expect((JSON.parse(evaluated.stdout) as EvalReport).rows).toBe(40);
    const withTrained = await run(process.execPath, [cli, 'eval-router', file, '--weights', out, '--json']);
    expect((JSON.parse(withTrained.stdout) as EvalReport).rows).toBe(40);
    const missing = await run(process.execPath, [cli, 'eval-router', file, '--weights', join(dir, 'none.json')]).catch((err: unknown) => err);
    expect(String((missing as { stderr?: string }).stderr)).toContain('none.json');
  });
});
