/**
 * npm run export:traffic
 * Writes the labelled realistic set (test/routing/traffic) as the JSON Lines that
 * `gateway eval-router` and `gateway train-router` read: data/routing/traffic-{tune,heldout}.jsonl.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { heldOutExamples, tuneExamples, type TrafficExample } from '../test/routing/traffic/index.js';

const line = (e: TrafficExample): string => JSON.stringify({ name: e.name, kind: e.kind, lang: e.lang, tier: e.tier, body: e.body });
mkdirSync('data/routing', { recursive: true });
for (const [name, set] of [['tune', tuneExamples], ['heldout', heldOutExamples]] as const) {
  writeFileSync(`data/routing/traffic-${name}.jsonl`, `${set.map(line).join('\n')}\n`);
  console.log(`data/routing/traffic-${name}.jsonl: ${set.length} requests`);
}
