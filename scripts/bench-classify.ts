/**
 * npx tsx scripts/bench-classify.ts: classify() cost per call on the realistic bodies and on two 1 MB bodies (this machine,
 * one thread). BENCH_DIST=path/to/dist measures a build instead of the sources (to compare two builds, run them in turn).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { trafficExamples } from '../test/routing/traffic/index.js';
import { realisticExamples } from '../test/routing/realistic-examples.js';
type Classifier = typeof import('../src/routing/classifier.js');
const source = process.env.BENCH_DIST ? pathToFileURL(resolve(process.env.BENCH_DIST, 'routing/classifier.js')).href : '../src/routing/classifier.js';
const { classify } = (await import(source)) as Classifier;
const bodies = [...trafficExamples.map(e => e.body), ...realisticExamples.map(e => e.body)];
for (let i = 0; i < 50; i++) for (const b of bodies) classify(b);
const times: number[] = [];
for (let r = 0; r < 30; r++) for (const b of bodies) { const t = process.hrtime.bigint(); classify(b); times.push(Number(process.hrtime.bigint() - t) / 1000); }
times.sort((a, b) => a - b);
console.log(`bodies ${bodies.length}, calls ${times.length}: median ${times[times.length >> 1]!.toFixed(1)} µs, p99 ${times[Math.floor(times.length * 0.99)]!.toFixed(1)} µs, max ${times[times.length - 1]!.toFixed(1)}`);
const para = 'The service retries on timeout and the consumer is at-least-once; here is the log of the last run with every request and response. ';
const big = { model: 'auto', max_tokens: 4096, messages: Array.from({ length: 100 }, (_, i) => ({ role: i % 2 === 0 ? 'user' as const : 'assistant' as const, content: para.repeat(Math.ceil(10_500 / para.length)) })) };
const cjk = { model: 'auto', max_tokens: 4096, messages: [{ role: 'user' as const, content: '分布式系统的一致性与可用性权衡'.repeat(70_000) }] };
for (const [name, b] of [['1 MB, 100 turns', big], ['1 MB CJK single turn', cjk]] as const) {
  console.log(name, JSON.stringify(b).length);
  for (let i = 0; i < 20; i++) classify(b);
  const ts: number[] = []; for (let i = 0; i < 200; i++) { const t = process.hrtime.bigint(); classify(b); ts.push(Number(process.hrtime.bigint() - t) / 1000); }
  ts.sort((a, b) => a - b); console.log(`  median ${ts[100]!.toFixed(0)} µs, p99 ${ts[198]!.toFixed(0)} µs`);
}
