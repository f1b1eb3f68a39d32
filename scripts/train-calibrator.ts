/**
 * npm run train:calibrator [-- --dry] [-- --recorded]   (L2=10 SWAP=6 SKIP=b22-,m9-; src/routing/README.md, "Session 10")
 * Fits the calibrator (src/routing/calibrator.ts) on the tune half of every batch of the labelled set
 * (test/routing/traffic: every kind; exam questions never reach the step) and writes src/routing/calibrator-weights.json.
 * L2 and the swap cost were chosen by leaving one batch out (scripts/calibrator-study.ts). `--recorded` refits with
 * the L2 and swap cost recorded in the shipped file: it writes that file byte for byte while the router's other
 * parts and the labelled set are unchanged (any change to them changes the inputs: refit and measure again).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { calibratorWeightsSchema } from '../src/routing/calibrator.js';
import { fitOnTune } from '../src/routing/train-calibrator.js';
import { tuneExamples } from '../test/routing/traffic/index.js';

const FILE = 'src/routing/calibrator-weights.json';
const shipped = process.argv.includes('--recorded') ? calibratorWeightsSchema.parse(JSON.parse(readFileSync(FILE, 'utf8'))) : undefined;
const l2 = shipped === undefined ? Number(process.env.L2 ?? 10) : Number(shipped.trainedOn?.l2);
const swapCost = shipped?.swapCost ?? Number(process.env.SWAP ?? 6);
// Batches left out of the fit (name prefixes), kept as a judge nothing was fitted on: SKIP=b22-,m9- or the shipped file's.
const skip = (process.env.SKIP ?? (shipped === undefined ? '' : String(shipped.trainedOn?.skip ?? ''))).split(',').filter((p) => p !== '');
const weights = fitOnTune(tuneExamples, l2, swapCost, skip);
if (!process.argv.includes('--dry')) writeFileSync(FILE, `${JSON.stringify(weights)}\n`);
console.log(`fitted on ${String(weights.trainedOn?.rows)} rows of the tune half${skip.length > 0 ? ` (skipping ${skip.join(', ')})` : ''}, l2 ${l2}, swap cost ${swapCost}`);
