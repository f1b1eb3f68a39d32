import { TIERS, type Price, type Thresholds, type Tier } from '../config/schema.js';
import { estimateInputTokens } from '../limits/estimate.js';
import type { MessagesBody } from '../messages/schema.js';
import { apgr } from './apgr.js';
import type { Classification } from './classifier.js';
import type { LabelledRow } from './labelled.js';
import { tierForScore } from './tiers.js';

/** Output tokens are not in a request: each answer is costed at min(max_tokens, this). */
export const ASSUMED_OUTPUT_TOKENS = 500;

export interface EvalReport {
  rows: number;
  thresholds: Thresholds;
  /** Rows labelled with a tier, and how the router did on them. */
  tierRows: number;
  accuracy: number | null;
  /** confusion[expected][routed]. */
  confusion: Record<Tier, Record<Tier, number>>;
  /** Haiku-labelled rows sent to Opus plus Opus-labelled rows sent to Haiku. */
  haikuOpusSwaps: number;
  /** Rows with weak/strong correctness labels, and the APGR of the score's ranking over them. */
  correctnessRows: number;
  apgr: number | null;
  routed: Record<Tier, number>;
  /** Estimated USD for the whole file: as routed, everything on Sonnet, everything on Opus. */
  cost: { routed: number; allSonnet: number; allOpus: number };
}

const zeroByTier = (): Record<Tier, number> => ({ haiku: 0, sonnet: 0, opus: 0 });

const usd = (tokensIn: number, tokensOut: number, price: Price): number => (tokensIn * price.input + tokensOut * price.output) / 1e6;

/** Scores every row with `classify` at the given thresholds and prices. */
export const evaluateRouter = (
  rows: readonly LabelledRow[],
  classify: (body: MessagesBody) => Classification,
  thresholds: Thresholds,
  prices: Record<Tier, Price>,
): EvalReport => {
  const confusion = { haiku: zeroByTier(), sonnet: zeroByTier(), opus: zeroByTier() };
  const routed = zeroByTier();
  const cost = { routed: 0, allSonnet: 0, allOpus: 0 };
  const outcomes: { score: number; weak: boolean; strong: boolean }[] = [];
  let tierRows = 0;
  let correct = 0;
  for (const row of rows) {
    const { score } = classify(row.body);
    const tier = tierForScore(score, thresholds);
    routed[tier] += 1;
    const tokensIn = estimateInputTokens(row.body);
    const tokensOut = Math.min(row.body.max_tokens, ASSUMED_OUTPUT_TOKENS);
    cost.routed += usd(tokensIn, tokensOut, prices[tier]);
    cost.allSonnet += usd(tokensIn, tokensOut, prices.sonnet);
    cost.allOpus += usd(tokensIn, tokensOut, prices.opus);
    if (row.tier) {
      tierRows += 1;
      confusion[row.tier][tier] += 1;
      if (row.tier === tier) correct += 1;
    }
    if (row.weakCorrect !== undefined && row.strongCorrect !== undefined) {
      outcomes.push({ score, weak: row.weakCorrect, strong: row.strongCorrect });
    }
  }
  const ranked = outcomes.length > 0 ? apgr(outcomes) : Number.NaN;
  return {
    rows: rows.length,
    thresholds,
    tierRows,
    accuracy: tierRows > 0 ? correct / tierRows : null,
    confusion,
    haikuOpusSwaps: confusion.haiku.opus + confusion.opus.haiku,
    correctnessRows: outcomes.length,
    apgr: Number.isNaN(ranked) ? null : ranked,
    routed,
    cost,
  };
};

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const money = (x: number): string => `$${x.toFixed(4)}`;

export const formatEvalReport = (r: EvalReport): string => {
  const lines = [`${r.rows} requests, thresholds sonnet ${r.thresholds.sonnet}, opus ${r.thresholds.opus}`];
  lines.push(`routed: ${TIERS.map((t) => `${t} ${r.routed[t]}`).join(', ')}`);
  if (r.accuracy !== null) {
    lines.push('', `tier accuracy: ${pct(r.accuracy)} of ${r.tierRows} (Haiku<->Opus swaps: ${r.haikuOpusSwaps})`);
    lines.push('confusion (rows: labelled tier, columns: routed tier):', `  ${''.padEnd(8)}${TIERS.map((t) => t.padStart(8)).join('')}`);
    for (const expected of TIERS) lines.push(`  ${expected.padEnd(8)}${TIERS.map((t) => String(r.confusion[expected][t]).padStart(8)).join('')}`);
  }
  if (r.apgr !== null) lines.push('', `APGR over ${r.correctnessRows} rows with correctness labels: ${r.apgr.toFixed(3)} (random 0.500)`);
  else if (r.correctnessRows > 0) lines.push('', `APGR: undefined (the strong and weak model are equally often correct on these ${r.correctnessRows} rows)`);
  const vs = (other: number): string => {
    if (other <= 0) return '';
    const saved = 1 - r.cost.routed / other;
    return saved >= 0 ? ` (as routed costs ${pct(saved)} less)` : ` (as routed costs ${pct(-saved)} more)`;
  };
  lines.push(
    '',
    `estimated cost at the config's prices (input estimated, output min(max_tokens, ${ASSUMED_OUTPUT_TOKENS})):`,
    `  as routed   ${money(r.cost.routed)}`,
    `  all Sonnet  ${money(r.cost.allSonnet)}${vs(r.cost.allSonnet)}`,
    `  all Opus    ${money(r.cost.allOpus)}${vs(r.cost.allOpus)}`,
  );
  return `${lines.join('\n')}\n`;
};
