/**
 * A long ask is often a pasted document (a contract, logs, a paper, a source file) with a short
 * instruction before or after it. The instruction says what work is wanted; the document only says
 * how much there is to read. "How many days carry over?" under 12 KB of handbook is a lookup.
 */
export interface AskParts {
  /** The instruction: the whole ask unless a document was found around it. */
  instruction: string;
  /** Characters of pasted material beside the instruction (0 when the ask is all instruction). */
  material: number;
}

/** Shorter asks are all instruction, */
const MIN_ASK = 1500;
/**
 * except from this length a short question on its own last line under a pasted text at least
 * SHORT_DOC_RATIO times its length (a query plan, a survey, an email, then "How long did it take?").
 */
const MIN_ASK_QUESTION = 600;
/**
 * Session 7: from this length when that question asks for a fact ("Which endpoint has the worst p99?",
 * "How many of these mention search?"), after an optional lead-in ("Before I go on: is 503 ...?").
 */
const MIN_ASK_FACT = 150;
/** How a question for a fact opens ("Which ...", "How many ...", "What p-value did the report give ..."). */
export const FACT_OPENING = "(?:(?:by|in|on|at|for|from) )?(?:which|when|where|who|how (?:many|much|long|often)|what(?:'s| is| are| was) the|what [\\w-]+(?: \\w+)? (?:did|does) the)\\b";
const FACT_TAIL = new RegExp(`^(?:[^:?\\n]{0,40}:\\s*)?(?:${FACT_OPENING}|what(?: \\w+){1,4} (?:is|are) (?:this|these|it|here)\\?|is \\S+ "[^"]+" or)`, 'i');
const SHORT_QUESTION = 200;
const SHORT_DOC_RATIO = 3;
/** A long preamble, then "quick question: ...?" or "Before I go on: ...?" closing the ask (session 7). */
const LEAD_IN_QUESTION = /\b(?:quick (?:question|one)|before i (?:go on|forget|continue)|while i remember)\b[^.?!:\n]{0,40}:\s*([^\n]{8,200}\?)\s*$/i;
/** An instruction after the document: its last paragraph, or failing that its last line. */
const MAX_TAIL = 600;
/** An instruction before the document: a first line that introduces it ("Summarise this report:"). */
const MAX_HEAD = 300;
const MIN_INSTRUCTION = 8;
/** A list item or a multiple-choice option closes a list, not a document. */
const LIST_ITEM = /^(?:\d{1,2}[.)]|[-*•]|\(?[A-Ha-h][.)])\s/;

const lastPart = (text: string): string => {
  const end = text.trimEnd();
  const paragraph = end.lastIndexOf('\n\n');
  if (paragraph >= 0 && end.length - paragraph <= MAX_TAIL) return end.slice(paragraph + 2).trim();
  const line = end.lastIndexOf('\n');
  return line < 0 ? '' : end.slice(line + 1).trim();
};

const firstLine = (text: string): string => {
  const line = text.indexOf('\n');
  return line < 0 || line > MAX_HEAD ? '' : text.slice(0, line).trim();
};

const leadInQuestion = (ask: string, fullLength: number): AskParts | undefined => {
  // The regex runs only on asks closing with a question, and on their last 400 characters.
  if (!ask.trimEnd().endsWith('?')) return undefined;
  const question = LEAD_IN_QUESTION.exec(ask.slice(-400))?.[1];
  if (question === undefined || fullLength - question.length < SHORT_DOC_RATIO * question.length) return undefined;
  return { instruction: question, material: fullLength - question.length };
};

/** `ask` may be cut to its head and tail already; `fullLength` is the ask's real length. */
export const splitAsk = (ask: string, fullLength = ask.length): AskParts => {
  if (fullLength < MIN_ASK_FACT) return { instruction: ask, material: 0 };
  const lead = leadInQuestion(ask, fullLength);
  if (lead !== undefined) return lead;
  const tail = lastPart(ask);
  if (fullLength < MIN_ASK) {
    const question = tail.length >= MIN_INSTRUCTION && tail.length <= SHORT_QUESTION && tail.endsWith('?') && !LIST_ITEM.test(tail) && (fullLength >= MIN_ASK_QUESTION || FACT_TAIL.test(tail));
    if (!question || fullLength - tail.length < SHORT_DOC_RATIO * tail.length) return { instruction: ask, material: 0 };
    return { instruction: tail, material: fullLength - tail.length };
  }
  const head = firstLine(ask);
  const tailOk = tail.length >= MIN_INSTRUCTION && tail.length <= MAX_TAIL && !LIST_ITEM.test(tail);
  const headOk = head.length >= MIN_INSTRUCTION && /[:?]$/.test(head);
  if (!tailOk && !headOk) return { instruction: ask, material: 0 };
  const instruction = headOk && tailOk ? `${head}\n${tail}` : headOk ? head : tail;
  return { instruction, material: Math.max(0, fullLength - instruction.length) };
};
