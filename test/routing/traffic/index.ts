import { agenticExamples } from './agentic.js';
import { secondAgenticExamples } from './agentic-second.js';
import { thirdAgenticExamples } from './agentic-third.js';
import { fourthAgenticExamples } from './agentic-fourth.js';
import { sixthAgenticExamples } from './agentic-sixth.js';
import { fifthAgenticExamples } from './agentic-fifth.js';
import type { TrafficExample } from './build.js';
import { languageExamples } from './languages.js';
import { secondLanguageExamples } from './languages-second.js';
import { thirdLanguageExamples } from './languages-third.js';
import { fourthLanguageExamples } from './languages-fourth.js';
import { sixthLanguageAgentExamples, sixthLanguageExamples } from './languages-sixth.js';
import { fifthLanguageExamples } from './languages-fifth.js';
import { multiTurnExamples } from './multi-turn.js';
import { secondMultiTurnExamples } from './multi-turn-second.js';
import { thirdMultiTurnExamples } from './multi-turn-third.js';
import { fourthMultiTurnExamples } from './multi-turn-fourth.js';
import { sixthMultiTurnExamples } from './multi-turn-sixth.js';
import { fifthMultiTurnExamples } from './multi-turn-fifth.js';
import { moreSingleTurnExamples } from './single-turn-more.js';
import { fifthSingleTurnExamples } from './single-turn-fifth.js';
import { sixthSingleTurnExamples } from './single-turn-sixth.js';
import { seventhSingleTurnExamples } from './single-turn-seventh.js';
import { eighthSingleTurnExamples } from './single-turn-eighth.js';
import { ninthSingleTurnExamples } from './single-turn-ninth.js';
import { tenthSingleTurnExamples } from './single-turn-tenth.js';
import { eleventhSingleTurnExamples } from './single-turn-eleventh.js';
import { twelfthSingleTurnExamples } from './single-turn-twelfth.js';
import { sixteenthSingleTurnExamples } from './single-turn-sixteenth.js';
import { seventeenthSingleTurnExamples } from './single-turn-seventeenth.js';
import { eighteenthSingleTurnExamples } from './single-turn-eighteenth.js';
import { nineteenthSingleTurnExamples } from './single-turn-nineteenth.js';
import { twentiethSingleTurnExamples } from './single-turn-twentieth.js';
import { thirteenthSingleTurnExamples } from './single-turn-thirteenth.js';
import { fourteenthSingleTurnExamples } from './single-turn-fourteenth.js';
import { fifteenthSingleTurnExamples } from './single-turn-fifteenth.js';
import { fourthSingleTurnExamples } from './single-turn-fourth.js';
import { thirdSingleTurnExamples } from './single-turn-third.js';
import { singleTurnExamples } from './single-turn.js';
import { twentyFirstSingleTurnExamples } from './single-turn-twenty-first.js';
import { seventhMultiTurnExamples } from './multi-turn-seventh.js';
import { seventhAgenticExamples } from './agentic-seventh.js';
import { eighthMultiTurnExamples } from './multi-turn-eighth.js';
import { eighthAgenticExamples } from './agentic-eighth.js';
import { eighthLanguageExamples } from './languages-eighth.js';
import { twentySecondSingleTurnExamples } from './single-turn-twenty-second.js';
import { ninthMultiTurnExamples } from './multi-turn-ninth.js';
import { ninthAgenticExamples } from './agentic-ninth.js';
import { ninthLanguageExamples } from './languages-ninth.js';
import { twentyThirdSingleTurnExamples } from './single-turn-twenty-third.js';
import { tenthMultiTurnExamples } from './multi-turn-tenth.js';
import { tenthAgenticExamples } from './agentic-tenth.js';
import { tenthLanguageExamples } from './languages-tenth.js';
import { seventhLanguageExamples } from './languages-seventh.js';

export type { Kind, TrafficExample } from './build.js';

/** The labelled realistic set of issue 21: every example, in file order. */
export const trafficExamples: TrafficExample[] = [
  ...singleTurnExamples,
  ...moreSingleTurnExamples,
  ...thirdSingleTurnExamples,
  ...fourthSingleTurnExamples,
  ...fifthSingleTurnExamples,
  ...sixthSingleTurnExamples,
  ...seventhSingleTurnExamples,
  ...eighthSingleTurnExamples,
  ...ninthSingleTurnExamples,
  ...tenthSingleTurnExamples,
  ...eleventhSingleTurnExamples,
  ...twelfthSingleTurnExamples,
  ...thirteenthSingleTurnExamples,
  ...fourteenthSingleTurnExamples,
  ...fifteenthSingleTurnExamples,
  ...sixteenthSingleTurnExamples,
  ...seventeenthSingleTurnExamples,
  ...eighteenthSingleTurnExamples,
  ...nineteenthSingleTurnExamples,
  ...twentiethSingleTurnExamples,
  ...twentyFirstSingleTurnExamples,
  ...twentySecondSingleTurnExamples,
  ...twentyThirdSingleTurnExamples,
  ...multiTurnExamples,
  ...agenticExamples,
  ...languageExamples,
  ...secondMultiTurnExamples,
  ...secondAgenticExamples,
  ...secondLanguageExamples,
  ...thirdMultiTurnExamples,
  ...thirdAgenticExamples,
  ...thirdLanguageExamples,
  ...fourthMultiTurnExamples,
  ...fourthAgenticExamples,
  ...fourthLanguageExamples,
  ...fifthMultiTurnExamples,
  ...fifthAgenticExamples,
  ...fifthLanguageExamples,
  ...sixthMultiTurnExamples,
  ...sixthAgenticExamples,
  ...sixthLanguageExamples,
  ...sixthLanguageAgentExamples,
  ...seventhMultiTurnExamples,
  ...seventhAgenticExamples,
  ...seventhLanguageExamples,
  ...eighthMultiTurnExamples,
  ...eighthAgenticExamples,
  ...eighthLanguageExamples,
  ...ninthMultiTurnExamples,
  ...ninthAgenticExamples,
  ...ninthLanguageExamples,
  ...tenthMultiTurnExamples,
  ...tenthAgenticExamples,
  ...tenthLanguageExamples,
];

/** FNV-1a of the group name: a split that does not depend on file order. */
export const groupHash = (group: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i += 1) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

/**
 * Tune half and held-out half, split by conversation group (all variants of one conversation
 * fall in the same half). The held-out half is reported once, untuned (src/routing/README.md).
 */
export const isHeldOut = (example: TrafficExample): boolean => (groupHash(example.group) & 1) === 1;
export const tuneExamples: TrafficExample[] = trafficExamples.filter((e) => !isHeldOut(e));
export const heldOutExamples: TrafficExample[] = trafficExamples.filter(isHeldOut);
