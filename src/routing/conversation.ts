import { TIERS, tierRank, type Tier } from '../config/schema.js';

/**
 * Conversation-aware routing. A conversation does not fall below the tier its earlier asks
 * needed: "continue", "now the general case" or "why exactly?" in a proof conversation need
 * the proof's model, though the words alone read as a short, easy ask. Two exceptions:
 * - a clear simple transform ("format as LaTeX", "make it shorter") may drop one tier below
 *   the conversation's, never further: reformatting a proof still needs to read the proof;
 * - an acknowledgement ("thanks!") needs nothing of the history.
 *
 * The history is in the request itself (the Messages API is stateless: every turn carries
 * the whole conversation), so this needs no store and holds across replicas as it is.
 */

/** About one tier of the default thresholds, in logit units (sonnet 0.35 -> -0.62, opus 0.70 -> 0.85). */
export const ONE_TIER_LOGIT = 1.5;

const CONTINUE = new RegExp(
  [
    '^\\s*(?:continue|go on|keep going|carry on|more\\b|and then|finish|elaborate|go deeper|more detail|expand on|proceed)',
    '^\\s*(?:weiter|fahre? fort|mach weiter|continúa|continua|sigue|continuez|continue|vas-y|prosegui|ga door|kontynuuj|devam|tiếp tục|продолжай|дальше|давай дальше)',
    '^\\s*(?:続けて|続き|つづけて|继续|接着|계속)',
  ].join('|'),
  'i',
);

/** An acknowledgement is made of these words only ("ok thanks", "perfect, that works"). */
const ACK_WORDS = new Set(
  'ok okay great perfect cool nice awesome got it thanks thank you thx ty so much a lot that works is clear danke schön merci beaucoup gracias obrigado obrigada grazie mille спасибо ありがとう ありがとうございます 谢谢 감사합니다'.split(' '),
);
const isAck = (ask: string): boolean => {
  const words = ask.toLowerCase().split(/[\s,.!?。！、]+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => ACK_WORDS.has(w));
};

export type FollowUp = 'continue' | 'ack' | 'transform' | 'other';

/** What kind of follow-up the latest ask is, given whether its cues make it a clear simple transform. */
export const followUpKind = (ask: string, simpleTransform: boolean): FollowUp => {
  if (ask.length <= 60 && isAck(ask)) return 'ack';
  if (ask.length <= 200 && CONTINUE.test(ask)) return 'continue';
  if (simpleTransform && ask.length <= 400) return 'transform';
  return 'other';
};

/**
 * The logit the conversation keeps: the latest ask's own logit, or the history's when that is
 * higher (one tier lower for a simple transform; an acknowledgement keeps its own).
 */
export const conversationLogit = (own: number, history: number, kind: FollowUp): { logit: number; inherited: boolean } => {
  if (kind === 'ack') return { logit: own, inherited: false };
  const floor = kind === 'transform' ? history - ONE_TIER_LOGIT : history;
  return floor > own ? { logit: floor, inherited: true } : { logit: own, inherited: false };
};

/**
 * The tier a follow-up keeps from the tier its conversation reached on earlier turns (the shared store,
 * `conversation-store.ts`): all of it, one tier less for a clear simple transform, none for an acknowledgement.
 */
export const inheritedTier = (reached: Tier, kind: FollowUp): Tier | undefined => {
  if (kind === 'ack') return undefined;
  const rank = tierRank(reached) - (kind === 'transform' ? 1 : 0);
  return TIERS[Math.max(0, rank)];
};
