import type { RouterWeights } from '../../src/routing/model.js';
import { RECIPE, trainOnBodies, type Recipe } from '../../src/routing/train.js';
import type { RoutingRow } from './router-data.js';
import { bodyForPrompt, targetValue, type Target } from './router-features.js';

export { RECIPE };

/** Trains on exam prompts (../shared/data/routing), each as a one-turn request. */
export const trainWeights = (rows: readonly RoutingRow[], recipe: Recipe = RECIPE): RouterWeights =>
  trainOnBodies(
    rows.map((row) => ({ body: bodyForPrompt(row.prompt), y: targetValue(row, recipe.target as Target) })),
    recipe,
  );
