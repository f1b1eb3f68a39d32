import { TIERS, tierRank, type Thresholds, type Tier } from '../config/schema.js';

/** score >= opus threshold -> opus; score >= sonnet threshold -> sonnet; else haiku (docs/config.md). */
export const tierForScore = (score: number, thresholds: Thresholds): Tier => {
  if (score >= thresholds.opus) return 'opus';
  if (score >= thresholds.sonnet) return 'sonnet';
  return 'haiku';
};

export interface TierBounds {
  minTier: Tier;
  maxTier: Tier;
  /** From the request header `x-gateway-max-tier`: may only lower the org's ceiling. */
  headerMaxTier?: Tier | undefined;
}

const byRank = (rank: number): Tier => TIERS[rank] as Tier;

/**
 * Clamps a tier into the org's [minTier, maxTier], with the header lowering the ceiling further.
 * A header below the org's minTier cannot push under the floor: minTier wins, because the
 * floor is the org's policy (e.g. "never below sonnet for quality") while the header is a
 * per-request preference; the caller still sees the tier actually used in x-gateway-tier.
 */
export const clampTier = (tier: Tier, bounds: TierBounds): Tier => {
  const min = tierRank(bounds.minTier);
  let max = tierRank(bounds.maxTier);
  if (bounds.headerMaxTier !== undefined) max = Math.min(max, tierRank(bounds.headerMaxTier));
  max = Math.max(max, min);
  return byRank(Math.min(Math.max(tierRank(tier), min), max));
};

/** The thresholds the classifier is calibrated for; the config's defaults (docs/config.md). */
export const DEFAULT_THRESHOLDS: Thresholds = { sonnet: 0.35, opus: 0.7 };

const logitOf = (p: number): number => Math.log(p / (1 - p));
/** The default thresholds as logits: where the classifier's tier bands meet (sonnet -0.62, opus 0.85). */
export const DEFAULT_CUT_LOGITS = { sonnet: logitOf(DEFAULT_THRESHOLDS.sonnet), opus: logitOf(DEFAULT_THRESHOLDS.opus) } as const;
