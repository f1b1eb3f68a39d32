import { writeFileSync } from 'node:fs';
import type { Config } from '../config/schema.js';
import { compileConfig } from '../config/compiled.js';
import { evaluateRouter, formatEvalReport } from './eval-router.js';
import { readLabelled } from './labelled.js';
import { trainRouter } from './train-router.js';

/** `gateway eval-router FILE`: the router of `config` (its routing.weights, thresholds and prices) on labelled rows. */
export const runEvalRouter = (file: string, config: Config, json: boolean): string => {
  const rows = readLabelled(file);
  const report = evaluateRouter(rows, compileConfig(config).classify, config.routing.thresholds, {
    haiku: config.models.haiku.price,
    sonnet: config.models.sonnet.price,
    opus: config.models.opus.price,
  });
  return json ? `${JSON.stringify(report)}\n` : formatEvalReport(report);
};

export const DEFAULT_WEIGHTS_OUT = 'router-weights.json';

/** `gateway train-router FILE`: fits the learned part on labelled rows and writes a weights file. */
export const runTrainRouter = (file: string, out: string = DEFAULT_WEIGHTS_OUT): string => {
  const rows = readLabelled(file);
  const { weights, fit } = trainRouter(rows);
  writeFileSync(out, `${JSON.stringify(weights)}\n`);
  const measure = rows.some((r) => r.tier !== undefined) ? 'tier accuracy' : 'APGR';
  return (
    `trained on ${rows.length} rows from ${file}: learned weight ${weights.learnedWeight}, ${measure} in 2-fold cross-validation ${fit.toFixed(3)}\n` +
    `wrote ${out}; use it with routing.weights: ${out} (check it on held-out rows with gateway eval-router)\n`
  );
};
