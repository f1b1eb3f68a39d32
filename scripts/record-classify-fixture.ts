/**
 * npx tsx scripts/record-classify-fixture.ts: records what classify() decides on every body of the equivalence
 * test (test/routing/classify-fixture.test.ts). Run it only when a change is MEANT to change decisions (new cues,
 * new weights), never to make a cost optimisation pass.
 */
import { writeFileSync } from 'node:fs';
import { bodyKey, examBodies, FIXTURE_PATH, record, repoBodies } from '../test/routing/classify-record.js';

const out: Record<string, unknown> = {};
for (const body of [...repoBodies(), ...examBodies()]) out[bodyKey(body)] = record(body);
// One body a line, so that a deliberate re-recording shows as a readable diff.
const lines = Object.entries(out).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
writeFileSync(FIXTURE_PATH, `{\n${lines.join(',\n')}\n}\n`);
console.log(`${Object.keys(out).length} bodies recorded in ${FIXTURE_PATH.pathname}`);
