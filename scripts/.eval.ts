// Tune-side figures only: tune single (old part, b7 part), tune other kinds, old 144, swaps.
import { classify } from '../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../src/routing/tiers.js';
import { realisticExamples } from '../test/routing/realistic-examples.js';
import { tuneExamples } from '../test/routing/traffic/index.js';
const got = (b: Parameters<typeof classify>[0]) => tierForScore(classify(b).score, DEFAULT_THRESHOLDS);
const rows = tuneExamples.map((e) => ({ e, g: got(e.body) }));
const fmt = (rs: typeof rows) => `${rs.filter((r) => r.g === r.e.tier).length}/${rs.length} swaps ${rs.filter((r) => (r.e.tier === 'haiku' && r.g === 'opus') || (r.e.tier === 'opus' && r.g === 'haiku')).length}`;
const single = rows.filter((r) => r.e.kind === 'single');
console.log(`tune single ${fmt(single)} | pre-b7 ${fmt(single.filter((r) => !r.e.name.startsWith('b7-')))} | b7 ${fmt(single.filter((r) => r.e.name.startsWith('b7-')))} | other ${fmt(rows.filter((r) => r.e.kind !== 'single'))}`);
const old = realisticExamples.map((e) => ({ e, g: got(e.body) }));
console.log(`old 144: ${old.filter((r) => r.g === r.e.expected).length}/${old.length}, swaps ${old.filter((r) => (r.e.expected === 'haiku' && r.g === 'opus') || (r.e.expected === 'opus' && r.g === 'haiku')).length}`);
if (process.argv.includes('--misses')) for (const r of rows.filter((x) => x.g !== x.e.tier)) console.log(`  miss ${r.e.name}: ${r.e.tier} -> ${r.g}`);
if (process.argv.includes('--old')) for (const r of old.filter((x) => x.g !== x.e.expected)) console.log(`  old miss ${r.e.name}: ${r.e.expected} -> ${r.g}`);
