#!/usr/bin/env node
// The classifier's cost, in process: microseconds per classify(body) over a fixed set of realistic bodies
// (prompts sampled from /work/shared/data/routing/train.jsonl, plus multi-turn support conversations with
// a system prompt and a tool). One "round" classifies every body once; the figure is the median round.
// usage: node bench/classifier.mjs [--quick] [--json]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { classifierBodies } from './lib/bodies.mjs';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });

export async function benchClassifier({ quick = false } = {}) {
  let classify;
  try {
    const dist = process.env.BENCH_DIST ? pathToFileURL(resolve(process.env.BENCH_DIST)).href : new URL('../dist', import.meta.url).href;
    ({ classify } = await import(`${dist}/routing/classifier.js`));
  } catch (err) {
    return { available: false, error: `dist/routing/classifier.js: ${err.message}` };
  }
  const { bodies, fromDataset } = classifierBodies({ n: 300 });
  const warmRounds = quick ? 10 : 30;
  const rounds = quick ? 40 : 200;
  let sink = 0;
  const round = () => {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < bodies.length; i++) sink += classify(bodies[i]).score;
    return Number(process.hrtime.bigint() - t0) / 1000 / bodies.length;
  };
  for (let r = 0; r < warmRounds; r++) round();
  const perRound = [];
  for (let r = 0; r < rounds; r++) perRound.push(round());
  perRound.sort((a, b) => a - b);
  const at = (q) => perRound[Math.min(perRound.length - 1, Math.floor(q * perRound.length))];

  // Per body kind: the dataset's single prompts vs the multi-turn conversations.
  const kinds = { dataset: bodies.slice(0, fromDataset), conversation: bodies.slice(fromDataset) };
  const byKind = {};
  for (const [kind, set] of Object.entries(kinds)) {
    if (set.length === 0) continue;
    const samples = [];
    for (let r = 0; r < Math.max(10, rounds / 4); r++) {
      const t0 = process.hrtime.bigint();
      for (const b of set) sink += classify(b).score;
      samples.push(Number(process.hrtime.bigint() - t0) / 1000 / set.length);
    }
    samples.sort((a, b) => a - b);
    byKind[kind] = { bodies: set.length, medianUs: samples[Math.floor(samples.length / 2)] };
  }
  if (Number.isNaN(sink)) process.stderr.write('');
  return {
    available: true,
    bodies: bodies.length,
    fromDataset,
    rounds,
    medianUs: at(0.5),
    p10Us: at(0.1),
    p90Us: at(0.9),
    byKind,
    meanBodyBytes: Math.round(bodies.reduce((a, b) => a + JSON.stringify(b).length, 0) / bodies.length),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchClassifier({ quick: values.quick });
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else if (!result.available) process.stdout.write(`classifier not available: ${result.error}\n`);
  else
    process.stdout.write(
      `classify(): median ${result.medianUs.toFixed(2)} µs/request (p10 ${result.p10Us.toFixed(2)}, p90 ${result.p90Us.toFixed(2)}) over ${result.bodies} bodies x ${result.rounds} rounds\n` +
        Object.entries(result.byKind)
          .map(([k, v]) => `  ${k}: ${v.medianUs.toFixed(2)} µs (${v.bodies} bodies)\n`)
          .join(''),
    );
}
