/**
 * npx tsx scripts/label-agreement.ts
 * How far two careful labellers agree, and the router with each: 300 single-turn rows of the labelled set were
 * labelled a second time, blind (test/routing/traffic/second-labels.json: the labeller saw the system prompt, the ask
 * and max_tokens, never the set's labels or the router's routes).
 */
import { readFileSync } from 'node:fs';
import { classify } from '../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../src/routing/tiers.js';
import { isHeldOut, trafficExamples } from '../test/routing/traffic/index.js';

type Tier = 'haiku' | 'sonnet' | 'opus';
const TIERS: readonly Tier[] = ['haiku', 'sonnet', 'opus'];
const second = JSON.parse(readFileSync(new URL('../test/routing/traffic/second-labels.json', import.meta.url), 'utf8')) as { name: string; tier: Tier }[];
const byName = new Map(trafficExamples.map((e) => [e.name, e]));
const rows = second.flatMap(({ name, tier }) => {
  const e = byName.get(name);
  return e === undefined ? [] : [{ first: e.tier as Tier, second: tier, routed: tierForScore(classify(e.body).score, DEFAULT_THRESHOLDS), held: isHeldOut(e) }];
});
const swap = (a: Tier, b: Tier): boolean => (a === 'haiku' && b === 'opus') || (a === 'opus' && b === 'haiku');
const pair = (title: string, a: (r: (typeof rows)[number]) => Tier, b: (r: (typeof rows)[number]) => Tier): void => {
  const same = rows.filter((r) => a(r) === b(r)).length;
  const swaps = rows.filter((r) => swap(a(r), b(r))).length;
  const confusion = TIERS.map((x) => `${x} -> ${TIERS.map((y) => rows.filter((r) => a(r) === x && b(r) === y).length).join(' / ')}`);
  console.log(`${title.padEnd(34)} ${same}/${rows.length} (${((100 * same) / rows.length).toFixed(1)}%), H<->O ${swaps}; ${confusion.join('; ')}`);
};
console.log(`${rows.length} of ${second.length} second-labelled rows found in the set (${rows.filter((r) => r.held).length} in the held-out half)`);
pair('set labels vs second labeller', (r) => r.first, (r) => r.second);
pair('set labels vs router', (r) => r.first, (r) => r.routed);
pair('second labeller vs router', (r) => r.second, (r) => r.routed);
const both = rows.filter((r) => r.first === r.second);
console.log(`rows both labellers agree on: ${both.length}; router right on ${both.filter((r) => r.routed === r.first).length}`);
