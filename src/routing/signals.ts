import { investigationLogit } from './agent-loop.js';
import { countCues, countListLines, opensLikeProblem, type CueCounts } from './cues.js';
import { countIntlCues, isManyPartAsk, isProse, isShortIntlQuestion } from './cues-intl.js';
import { FACT_OPENING } from './instruction.js';
import { headTail, type RequestView } from './request-view.js';

/**
 * What each push on the difficulty logit is, for code to match on: stable, unlike `reason`, which is
 * display text. The hard asks keep their cue family's name.
 */
export const SIGNAL_KINDS = [
  // The ask's words (signals.ts).
  'proof', 'design', 'debugging', 'research', 'hardAsk', 'math', 'code', 'writing', 'arithmetic', 'multiStep', 'simple', 'lookup', 'documentLookup',
  // The request's shape (signals.ts).
  'promptLength', 'pastedDocument', 'longConversation', 'largeContext', 'tools', 'toolFailures', 'toolStepDone', 'investigation', 'images', 'documents', 'thinking', 'answerBudget',
  // Added by the classifier, the traffic model and the calibrator.
  'learned', 'nonEnglish', 'trafficModel', 'conversation', 'calibrator',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** One named push on the difficulty logit; `reason` is what x-gateway-route-reason shows. */
export interface Signal {
  kind: SignalKind;
  reason: string;
  logit: number;
}

/**
 * Hand-set weights, in logit units, calibrated on realistic gateway traffic (see README).
 * The exam questions the learned model was trained on carry none of these request-shape
 * signals, so they cannot be learned from that data.
 */
export const SIGNAL_WEIGHTS = {
  /** Proof, system design, deep debugging, research synthesis: the opus kinds of ask, pooled. */
  hard: 2.4,
  math: 0.8,
  everyday: 1.0,
  code: 0.6,
  /** Everyday work (writing, coding) tops out here, below what a hard ask reaches. */
  everydayCap: 1.3,
  quantitative: 0.35,
  depth: 0.6,
  simple: -1.6,
  lookup: -0.6,
  /** Tools alone say little: a trivial step of an agent loop stays cheap. */
  tools: 0.1,
  /** Evidence of a hard investigation: tool results that keep failing. */
  repeatedFailures: 1.2,
  /** The latest tool calls all report success ("sent", "passed"): what is left is to say so. */
  toolStepDone: -0.5,
  images: 0.3,
  documents: 0.5,
  /** A short question about a pasted document, with no cue of real work: a lookup. */
  documentLookup: -0.8,
  /** How much there is to read in a pasted document: up to this. */
  pastedDocument: 0.4,
} as const;

const CUE_SCAN_HEAD = 2048;
const CUE_SCAN_TAIL = 512;
/** The families read from the system prompt and from earlier turns (the rest would be wasted scans). */
const SYSTEM_FAMILIES = ['math', 'proof', 'design', 'research', 'everyday', 'simple'] as const;
const CONTEXT_FAMILIES = ['codeSyntax', 'codeTopic', 'debugging'] as const;
const CHAT_CONTEXT_FAMILIES = ['codeSyntax', 'codeTopic'] as const;
/** The system prompt says what kind of job this is, but less directly than the ask itself. */
const SYSTEM_FACTOR = 0.6;
/** A pasted document's own hard words (a paper's "hypothesis") say little of the ask about it. */
const MATERIAL_FACTOR = 0.3;
/** A document that repeats a word ("survey" in every line) is still one document. */
const MATERIAL_CAP = 2;
const MATERIAL_FAMILIES = ['codeSyntax', 'codeTopic', 'debugging', 'proof', 'design', 'research', 'math'] as const;
/** An instruction this short about a document is a question, not a task. */
const DOCUMENT_QUESTION = 200;
/** A question for a fact ("Which channel ...?", "How many days ...?"): about a document, a lookup even if it names a hard topic. */
const FACT_QUESTION = new RegExp(`^\\s*${FACT_OPENING}[^\\n]{0,120}\\?\\s*$`, 'i');
const QUESTION = /\?\s*$|^\s*(?:how|what|which|when|where|who|is|are|does|do|did|list|answer|name|give)\b/i;
/** Commas and semicolons in an instruction: this many list the fields of a real extraction job. */
const MANY_FIELDS = 4;
const countFieldSeparators = (text: string): number => {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 44 || text.charCodeAt(i) === 59) n += 1;
  return n;
};
/**
 * Non-English asks: each of `cues-intl.ts`'s hard-work words counts as half a hard cue (hard cues count double there, so
 * one match each), and a long ask of many parts as one (two matches).
 */
const INTL_DEPTH = 0.5;
const INTL_PARTS = 1;
/** A problem's opening ("Prove that", "Find all") counts as this many proof cues. */
const PROBLEM_OPENING_MATCHES = 1.5;

/** 0 for no matches, towards 1 as matches pile up. */
const sat = (n: number, k: number): number => 1 - Math.exp(-n / k);
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

const cueLevel = (ask: CueCounts, system: CueCounts, family: keyof CueCounts, k: number): number =>
  Math.max(sat(ask[family], k), SYSTEM_FACTOR * sat(system[family], k));

const add = (out: Signal[], kind: SignalKind, reason: string, logit: number): void => {
  if (logit !== 0) out.push({ kind, reason, logit });
};

/** The hard cue families, each with its reason; the family's name is its signal's kind. */
const HARD_FAMILIES = [
  ['proof', 'proof'],
  ['design', 'design ask'],
  ['debugging', 'deep debugging'],
  ['research', 'research synthesis'],
] as const;
const HARD_ASK = ['hardAsk', 'hard ask'] as const;

/**
 * The kind of ask is decided by its strongest evidence, not the sum of all: "write" plus one
 * stray "idempotent" is still everyday work. Hard cues are pooled across families (a design
 * question about a race is as hard as either), everyday work is capped below them.
 */
const askKind = (ask: CueCounts, system: CueCounts, context: CueCounts, material: CueCounts, intlHard: number, out: Signal[]): void => {
  const W = SIGNAL_WEIGHTS;
  // The other-language lists are short and precise: each match counts double.
  let hardMatches = 2 * intlHard;
  let top: readonly [SignalKind, string] = intlHard > 0 ? HARD_ASK : HARD_FAMILIES[0];
  let topCount = intlHard;
  for (const hardFamily of HARD_FAMILIES) {
    const family = hardFamily[0];
    const n = ask[family] + SYSTEM_FACTOR * system[family] + MATERIAL_FACTOR * Math.min(material[family], MATERIAL_CAP) + (family === 'debugging' ? 0.5 * context.debugging : 0);
    hardMatches += n;
    if (n > topCount) [top, topCount] = [hardFamily, n];
  }
  const hardPart = W.hard * sat(hardMatches, 1.5);
  const mathPart = W.math * Math.max(cueLevel(ask, system, 'math', 1.5), MATERIAL_FACTOR * sat(material.math, 1.5));
  const hard = hardPart + mathPart;
  const inContext = context.codeSyntax + context.codeTopic + material.codeSyntax + material.codeTopic;
  const code = Math.max(sat(ask.codeSyntax, 2), 0.7 * sat(ask.codeTopic, 2), 0.5 * sat(inContext, 2));
  const everyday = Math.min(W.everydayCap, W.everyday * cueLevel(ask, system, 'everyday', 1) + W.code * code);
  const codePart = Math.min(everyday, W.code * code);
  const [main, minor] = hard >= everyday ? [hard, everyday] : [everyday, hard];
  const total = main + 0.25 * minor;
  // Split the pooled logit between the reasons that earned it, so the header names them.
  const share = (part: number): number => (hard + everyday > 0 ? (part / (hard + everyday)) * total : 0);
  add(out, top[0], top[1], share(hardPart));
  add(out, 'math', 'math', share(mathPart));
  add(out, 'code', 'code', share(codePart));
  add(out, 'writing', 'writing or analysis', share(everyday - codePart));
};

const NO_CUES = countCues('');

/**
 * The system prompt's cue counts, kept for the next call: a conversation's earlier asks are scored with the same
 * system prompt, and an application sends the same one with every request. Read only, never changed.
 */
let lastSystem = '';
let lastSystemCues = countCues(lastSystem, SYSTEM_FAMILIES);
const systemCues = (system: string): CueCounts => {
  if (system !== lastSystem) {
    lastSystemCues = countCues(system, SYSTEM_FAMILIES);
    lastSystem = system;
  }
  return lastSystemCues;
};

const askSignals = (view: RequestView, out: Signal[]): void => {
  const pasted = view.material > 0;
  const whole = headTail(view.ask, CUE_SCAN_HEAD, CUE_SCAN_TAIL);
  const text = pasted ? view.instruction : whole;
  const ask = countCues(text);
  const system = systemCues(view.system);
  // Earlier turns' debugging words count only in an agent loop, where they are tool output (a stack trace, a
  // failing run); in a chat they are the conversation's topic, which its inheritance already carries.
  const context = countCues(view.context, view.tools > 0 ? CONTEXT_FAMILIES : CHAT_CONTEXT_FAMILIES);
  // The English cue lists say nothing about other languages: a few cues of their own mark the two ends.
  const lower = view.askShape.english ? '' : text.toLowerCase();
  const intl = view.askShape.english ? { hard: 0, simple: 0, depth: 0 } : countIntlCues(lower);
  ask.simple += intl.simple;
  // A short factual question in another language is a lookup; the English lists would see it as one.
  const hardCues = ask.proof + ask.design + ask.debugging + ask.research + ask.math;
  if (!view.askShape.english && intl.hard === 0 && hardCues === 0 && ask.codeSyntax === 0 && isShortIntlQuestion(lower, view.askShape.tokens)) ask.simple += 1;
  if (opensLikeProblem(text, ask.math + ask.proof > 0)) ask.proof += PROBLEM_OPENING_MATCHES;
  const work = ask.everyday + ask.depth + ask.proof + ask.design + ask.debugging + ask.research + ask.math;
  // A short question about a pasted document with no cue of real work is a lookup: the document's own words do not count.
  const factQuestion = FACT_QUESTION.test(text) && ask.proof + ask.debugging + ask.research === 0;
  const documentQuestion = pasted && text.length < DOCUMENT_QUESTION && ((work === 0 && QUESTION.test(text)) || factQuestion);
  const material = pasted && !documentQuestion ? countCues(whole, MATERIAL_FAMILIES) : NO_CUES;
  const W = SIGNAL_WEIGHTS;
  // Other languages' hard-work words and a long ask of many parts: evidence the learned parts would give in English.
  // Read in prose only: pasted notes or a table say "risk" or "because" about their own content.
  const intlWork =
    view.askShape.english || pasted || !isProse(text) ? 0 : INTL_DEPTH * intl.depth + (ask.codeSyntax < 2 && isManyPartAsk(text, view.askShape.tokens) ? INTL_PARTS : 0);
  askKind(ask, system, context, material, intl.hard + intlWork, out);
  add(out, 'arithmetic', 'arithmetic', W.quantitative * sat(ask.quantitative, 2) * sat(Math.max(0, ask.numbers - 1), 1));
  add(out, 'multiStep', 'multi-step', W.depth * Math.max(sat(ask.depth, 2), sat(countListLines(text), 4)));
  // Extracting many fields out of a long document is real work, not a quick transform.
  const manyFields = pasted && countFieldSeparators(text) >= MANY_FIELDS;
  // Converting or reformatting real code is programming; reformatting a line of text is not.
  const onCode = ask.codeSyntax >= 2 ? 0.5 : 1;
  if (!manyFields) add(out, 'simple', 'simple task', onCode * W.simple * cueLevel(ask, system, 'simple', 1));
  if (text.length < 200 && work === 0) add(out, 'lookup', 'quick lookup', W.lookup * sat(ask.lookup, 1));
  if (documentQuestion) add(out, 'documentLookup', 'lookup in a document', W.documentLookup);
};

const shapeSignals = (view: RequestView, out: Signal[]): void => {
  const W = SIGNAL_WEIGHTS;
  // Length in estimated tokens, as English characters: text without spaces is not "short".
  const chars = 4 * view.askShape.tokens;
  add(out, 'promptLength', chars < 250 ? 'short prompt' : 'long prompt', clamp(0.25 * Math.log2((chars + 50) / 300), -0.4, 0.4));
  if (view.material > 0) add(out, 'pastedDocument', 'pasted document', clamp(0.2 * Math.log2(view.material / 1500), 0, W.pastedDocument));
  if (view.messages >= 5) add(out, 'longConversation', 'long conversation', clamp(0.15 * Math.log2(view.messages / 2), 0, 0.5));
  if (view.totalChars > 20_000) add(out, 'largeContext', 'large context', clamp(0.15 * Math.log2(view.totalChars / 20_000), 0, 0.4));
  if (view.tools > 0) add(out, 'tools', 'tools', W.tools);
  if (view.toolErrors > 0) add(out, 'toolFailures', 'repeated tool failures', W.repeatedFailures * sat(view.toolErrors - 0.5, 1.5));
  if (view.toolStepDone) add(out, 'toolStepDone', 'tool step done', W.toolStepDone);
  if (view.tools > 0) add(out, 'investigation', 'investigation under way', investigationLogit(view));
  if (view.images > 0) add(out, 'images', 'images', W.images);
  if (view.documents > 0) add(out, 'documents', 'documents', W.documents + 0.1 * Math.min(view.documents - 1, 3));
  if (view.thinkingBudget !== 0) {
    const budget = view.thinkingBudget < 0 ? 8192 : view.thinkingBudget;
    add(out, 'thinking', 'thinking', clamp(0.4 + 0.3 * Math.log2(budget / 4096), 0.3, 1.1));
  }
  const m = view.maxTokens;
  if (m <= 64) add(out, 'answerBudget', 'short answer', -0.8);
  else if (m <= 300) add(out, 'answerBudget', 'short answer', -0.5);
  // An agent sends one large budget for every step of its loop (Claude Code: 32k): it says nothing of this step.
  else if (view.tools === 0 && m >= 16_000) add(out, 'answerBudget', 'long answer', 0.5);
  else if (view.tools === 0 && m >= 6_000) add(out, 'answerBudget', 'long answer', 0.3);
};

export const handSignals = (view: RequestView): Signal[] => {
  const out: Signal[] = [];
  askSignals(view, out);
  shapeSignals(view, out);
  return out;
};

/** A "simple task" push at least this strong marks a clear simple transform ("format as a table"). */
const CLEAR_TRANSFORM = -0.8;
export const isClearTransform = (signals: readonly Signal[]): boolean => signals.some((s) => s.kind === 'simple' && s.logit <= CLEAR_TRANSFORM);
