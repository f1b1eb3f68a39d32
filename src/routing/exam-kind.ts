import type { RequestView } from './request-view.js';
import type { Signal, SignalKind } from './signals.js';
import { DEFAULT_THRESHOLDS } from './tiers.js';

/**
 * Requests of the kind the learned model was trained on: a self-contained single-turn exam
 * question. `choice` is a question closed by answer options ("A. ..." to "D. ...", then
 * optionally "Answer:"); `word problem` is a short one-paragraph maths word problem that ends
 * in its question. Detected cheaply and conservatively: any system prompt, tool, attachment or
 * earlier turn makes a request something else.
 */
export type ExamKind = 'choice' | 'word problem';

/** The options block, from the line of option A to the end of the ask (sticky: tried where option A starts). */
const OPTIONS = /\n\(?A[.)][ \t][^\n]*\n\(?B[.)][ \t][^\n]*\n\(?C[.)][ \t][^\n]*(?:\n\(?D[.)][ \t][^\n]*)?(?:\n\(?E[.)][ \t][^\n]*)?\s*(?:\nAnswer:\s*)?$/y;
/** Option A's line is at most this many lines above the end ("Answer:", options E to B, a blank line). */
const OPTION_LINES = 8;
/** Longer lines are not answer options. */
const MAX_LINE = 2000;

const WORD_PROBLEM_MIN = 50;
const WORD_PROBLEM_MAX = 1200;
/** Code, markup, formulas, links, lists, or a team's own situation ("we", "our"): not a textbook word problem. */
const NOT_PROSE = /[\n{}<>`|\\_#@~^=+*[\]]|https?:|\b(?:[Ww]e|[Oo]ur|us)\b/;
/** Quantities: numbers, and the number words word problems use. */
const QUANTITY = /\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|thousand|half|twice|thrice|double|triple|dozen|quarter)\b/gi;
const QUANTITY_NOUN =
  'total|number|sum|average|price|cost|amount|percent|percentage|fraction|ratio|difference|value|weight|height|length|width|depth|size|area|perimeter|volume|measure|speed|distance|age|time|grade|score|profit|balance|temperature|place|bill|salary|rate|remaining|left|combined|altogether|together';
/** The last sentence asks for a quantity: a question, or "Calculate / Find ..." closing the problem. */
const ASKS_QUANTITY = new RegExp(
  `^(?:[^?]*\\b(?:[Hh]ow (?:many|much|long|far|tall|high|old|fast|big|large|heavy|often|wide|deep)|[Ww]hat(?:'s)?\\b[^?]*\\b(?:${QUANTITY_NOUN}))\\b[^?]*\\?` +
    `|[^.!?]*\\b(?:[Cc]alculate|[Ff]ind|[Dd]etermine|[Cc]ompute|[Ww]ork out)\\b[^.!?]*[.?]?)\\s*$`,
);
/** A request to the assistant opens with its instruction; a textbook word problem opens with its story. */
const INSTRUCTION_OPENING = /^(?:Explain|Write|Summari[sz]e|Describe|Compare|Draft|Create|Tell|Give|List|Help|Please|Can|Could|Would|Should|Why|Review|Check|Analy[sz]e)\b/;
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|St))[.!?]\s+(?=[A-Z])/g;

/** The last sentence and how many sentences come before it. */
const lastSentence = (text: string): { last: string; before: number } => {
  let before = 0;
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    before += 1;
    from = m.index + m[0].length;
  }
  return { last: text.slice(from), before };
};

const countQuantities = (text: string): number => {
  QUANTITY.lastIndex = 0;
  let n = 0;
  while (n < 2 && QUANTITY.exec(text) !== null) n += 1;
  return n;
};

/** Where the line ending at `pos` starts (the index of its newline); -1 if none, or if the line is too long for an option. */
const lineStart = (ask: string, pos: number): number => {
  const nl = ask.lastIndexOf('\n', pos - 1);
  return pos - nl > MAX_LINE ? -1 : nl;
};
const isOptionLine = (ask: string, nl: number, letter: number): boolean => {
  const c = ask.charCodeAt(nl + 1);
  const next = ask.charCodeAt(nl + 2);
  return (c === letter && (next === 46 || next === 41)) || (c === 40 && next === letter);
};

/**
 * The ask ends in "Answer:" or an option line; walking up the last lines finds option A's, and the
 * whole block is checked from there. Most asks are rejected after reading their last few characters.
 */
const choiceQuestion = (ask: string): boolean => {
  let pos = ask.length;
  while (pos > 0 && ask.charCodeAt(pos - 1) <= 32) pos -= 1;
  let nl = lineStart(ask, pos);
  if (nl <= 0 || !(ask.startsWith('Answer:', nl + 1) || isOptionLine(ask, nl, 67) || isOptionLine(ask, nl, 68) || isOptionLine(ask, nl, 69))) return false;
  for (let line = 0; line < OPTION_LINES && nl > 0; line += 1) {
    if (isOptionLine(ask, nl, 65)) {
      OPTIONS.lastIndex = nl;
      return OPTIONS.test(ask);
    }
    nl = lineStart(ask, nl);
  }
  return false;
};

/** The text test of a maths word problem (`examKind` also reads the request's shape and hand signals). */
export const wordProblem = (ask: string): boolean => {
  if (ask.length > 2 * WORD_PROBLEM_MAX) return false;
  const text = ask.trim();
  const end = text.charCodeAt(text.length - 1);
  if (end !== 63 && end !== 46) return false;
  if (text.length < WORD_PROBLEM_MIN || text.length > WORD_PROBLEM_MAX || NOT_PROSE.test(text) || INSTRUCTION_OPENING.test(text)) return false;
  const { last, before } = lastSentence(text);
  return (before > 0 || /\b[Ii]f\b/.test(text)) && ASKS_QUANTITY.test(last) && countQuantities(text) >= 2;
};

/** Cues of real work that a textbook word problem does not carry. */
const NOT_A_WORD_PROBLEM = new Set<SignalKind>(['proof', 'design', 'debugging', 'research', 'hardAsk', 'code']);

/**
 * The exam kind of a request, or undefined for everything else (most gateway traffic). A word problem that the
 * hand signals already score as Opus work (`handScore`, at the default thresholds) is left to them: realistic
 * puzzles in plain words ("A hundred prisoners ... find a strategy") look like word problems too.
 */
export const examKind = (view: RequestView, signals: readonly Signal[], handScore: number): ExamKind | undefined => {
  if (view.messages !== 1 || view.system !== '' || view.tools > 0 || view.images > 0 || view.documents > 0) return undefined;
  if (!view.askShape.english) return undefined;
  if (choiceQuestion(view.ask)) return 'choice';
  if (handScore >= DEFAULT_THRESHOLDS.opus) return undefined;
  if (wordProblem(view.ask) && !signals.some((s) => NOT_A_WORD_PROBLEM.has(s.kind))) return 'word problem';
  return undefined;
};

/**
 * How an exam question's score follows the learned part: logit = center + slope · key, key = z + lengthShare · length z
 * (for a word problem, then adjusted by its neighbours' gain: neighbours.ts). The ranking is the learned part's (plus
 * a little of the prompt's length, chosen by cross-validation on the training subjects); center and slope keep each
 * kind's tier shares what the hand-banded score gave them.
 */
const EXAM_SCALE: Record<ExamKind, { center: number; slope: number; lengthShare: number }> = {
  choice: { center: -0.377, slope: 0.68, lengthShare: 0.2 },
  'word problem': { center: -0.522, slope: 0.446, lengthShare: 1 },
};
/** The request-shape signals an exam question keeps: the answer budget and extended thinking. */
const SHAPE_KINDS = new Set<SignalKind>(['answerBudget', 'thinking']);

/** The length share of each kind's ranking key (training fits the word problems' neighbour term on the same key). */
export const examLengthShare = (kind: ExamKind): number => EXAM_SCALE[kind].lengthShare;

/**
 * An exam question's logit from the learned part (`z`, unclipped), its length, its request shape and, for a word
 * problem, `adjustKey` (its neighbours' gain, model.ts `withNeighbours`), with its reasons.
 */
export const examLogit = (
  kind: ExamKind,
  z: number,
  lengthZ: number,
  signals: readonly Signal[],
  adjustKey?: (key: number) => number,
): { logit: number; reasons: string[] } => {
  const k = EXAM_SCALE[kind];
  const key = z + k.lengthShare * lengthZ;
  let logit = k.center + k.slope * (adjustKey ? adjustKey(key) : key);
  const reasons = [kind === 'choice' ? 'multiple-choice question' : 'maths word problem', z > 0 ? 'learned: harder' : 'learned: easier'];
  for (const s of signals) {
    if (!SHAPE_KINDS.has(s.kind)) continue;
    logit += s.logit;
    reasons.push(s.reason);
  }
  return { logit, reasons };
};
