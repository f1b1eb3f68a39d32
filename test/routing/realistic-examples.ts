import { freshExamples } from './realistic/fresh.js';
import { fresh2Examples } from './realistic/fresh2.js';
import { haikuExamples } from './realistic/haiku.js';
import type { RealisticExample } from './realistic/helpers.js';
import { opusExamples } from './realistic/opus.js';
import { sonnetExamples } from './realistic/sonnet.js';

export type { RealisticExample } from './realistic/helpers.js';

/** The 96 requests the hand-set weights were calibrated on. */
export const calibrationExamples: RealisticExample[] = [...haikuExamples, ...sonnetExamples, ...opusExamples];

/**
 * Requests written after calibration (see README): `fresh` scored 18/24 on first contact and
 * then informed one more change; `fresh2` was written after that change and scored once.
 */
export const checkExamples: RealisticExample[] = [...freshExamples, ...fresh2Examples];

/** Hand-written gateway traffic with the tier a careful operator would choose. */
export const realisticExamples: RealisticExample[] = [...calibrationExamples, ...checkExamples];
