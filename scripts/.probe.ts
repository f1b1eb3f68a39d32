import { classify } from '../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../src/routing/tiers.js';
for (const t of process.argv.slice(2)) {
  const c = classify({ model: 'auto', max_tokens: 2048, messages: [{ role: 'user', content: t }] });
  console.log(tierForScore(c.score, DEFAULT_THRESHOLDS).padEnd(7), c.score.toFixed(3), t.slice(0, 90), '|', c.reasons.join(', '));
}
