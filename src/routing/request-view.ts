import type { MessagesBody } from '../messages/schema.js';
import { countCall, NO_LOOP, type LoopSteps } from './agent-loop.js';
import { splitAsk } from './instruction.js';
import { textShape, type TextShape } from './language.js';

/**
 * What the classifier reads of a request, gathered in one bounded walk over the body.
 * Every string here is capped, so the cost of classifying does not grow with the prompt.
 */
export interface RequestView {
  /** The latest user ask: text of the last user message that has some (head + tail if long). */
  ask: string;
  /** Length in estimated tokens, script and language of the ask's instruction (a pasted CSV or log is no language). */
  askShape: TextShape;
  /** The ask's instruction, without a pasted document around it (`instruction.ts`); the ask when there is none. */
  instruction: string;
  /** Characters of the pasted document around the instruction; 0 when the ask is all instruction. */
  material: number;
  /**
   * Earlier user asks of the conversation, capped: the first one (it set the task), then up to
   * EARLIER_ASKS of the most recent ones, newest first. Empty for a single ask.
   */
  earlierAsks: string[];
  /** The system prompt's text, capped. */
  system: string;
  /** Short samples of earlier turns and tool results, for code / error cues in context. */
  context: string;
  messages: number;
  /** Characters of text in the whole conversation, counted without copying. */
  totalChars: number;
  images: number;
  documents: number;
  toolResults: number;
  /** Tool results anywhere in the conversation that report a failure (is_error, or an error in their first lines). */
  toolErrors: number;
  /**
   * The last message is tool results only and the step left is to report them: each reports early (first 120 characters)
   * that the call succeeded (sent, passed, ok ...), or a short question was answered by short results with no failure.
   */
  toolStepDone: boolean;
  tools: number;
  /** The agent loop's steps since the latest ask (`agent-loop.ts`). */
  loop: Readonly<LoopSteps>;
  /** 0 when off; the budget when enabled; -1 for adaptive or unknown kinds of thinking. */
  thinkingBudget: number;
  maxTokens: number;
}

const ASK_HEAD = 6144;
const ASK_TAIL = 2048;
const SYSTEM_CAP = 2048;
const CONTEXT_PER_PART = 400;
const CONTEXT_PARTS = 6;
const EARLIER_ASK_CAP = 800;
const EARLIER_ASKS = 6;
/** Read in the first lines of a tool result: a failed command, test or call says so early. */
const FAILURE_HEAD = 300;
/** A call that did what was asked says so at once: the step left is to report it. */
const SUCCESS_HEAD = 120;
/** A question this short (estimated tokens), answered by tool results this short in all (characters), needs only the answer read out. */
const ANSWERED_QUESTION_TOKENS = 24;
const ANSWER_CHARS = 400;
const QUESTION_END = /\?\s*$/;
/** Why or how something happens is a question for analysis, however short the tool's answer. */
const WHY_HOW = /^\s*(?:why|how (?!many|much|big|long|old|far))/i;
const SUCCESS = /\b(?:sent|passed|success(?:ful(?:ly)?)?|succeeded|ok|OK|done|created|saved|scheduled|delivered|completed|updated|posted|written|committed|uploaded|applied|merged|deployed|\d+ files? changed)\b/;
const FAILURE = /\b(?:FAIL(?:ED|URE)?|[Ee]rror|ERROR|panic|Traceback|[Ee]xception|timed out|Segmentation fault|Invalid (?:read|write)|not linearizable|verify error|OOM|abnormal)\b/;

/** A text block a client adds to a user turn as context (Claude Code's `<system-reminder>`), not the user's words. */
const CLIENT_CONTEXT = '<system-reminder>';

type Message = MessagesBody['messages'][number];
type Block = Exclude<Message['content'], string>[number];

/** Keeps the start and the end of a long text: asks usually sit before or after a pasted document. */
export const headTail = (text: string, head: number, tail: number): string =>
  text.length <= head + tail ? text : `${text.slice(0, head)}\n${text.slice(text.length - tail)}`;

const blockText = (block: Block): string => {
  const text = block['text'];
  return typeof text === 'string' ? text : '';
};

const toolResultText = (block: Block): string => {
  const content = block['content'];
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  let out = '';
  for (const part of content as unknown[]) {
    if (typeof part === 'object' && part !== null && 'text' in part && typeof part.text === 'string') out += part.text;
  }
  return out;
};

interface MessageScan {
  text: string;
  chars: number;
  images: number;
  documents: number;
  toolResults: number;
  toolErrors: number;
  /** Tool results that report a success (and no failure) in their first 120 characters. */
  toolSuccesses: number;
  toolText: string;
  /** The message's `tool_use` blocks, counted by kind; undefined when it has none. */
  calls: LoopSteps | undefined;
}

/** `countCalls`: count the message's tool calls (only those since the latest ask are read: `LoopSteps`). */
const scanMessage = (message: Message, countCalls: boolean): MessageScan => {
  const scan: MessageScan = { text: '', chars: 0, images: 0, documents: 0, toolResults: 0, toolErrors: 0, toolSuccesses: 0, toolText: '', calls: undefined };
  if (typeof message.content === 'string') {
    scan.text = message.content;
    scan.chars = message.content.length;
    return scan;
  }
  for (const block of message.content) {
    switch (block.type) {
      case 'text': {
        const text = blockText(block);
        scan.chars += text.length;
        // Context a client adds beside the user's words (Claude Code's CLAUDE.md, todo lists): not the ask.
        if (text.startsWith(CLIENT_CONTEXT)) break;
        scan.text = scan.text ? `${scan.text}\n${text}` : text;
        break;
      }
      case 'image':
        scan.images += 1;
        break;
      case 'document':
        scan.documents += 1;
        break;
      case 'tool_result': {
        const text = toolResultText(block);
        scan.toolResults += 1;
        if (block['is_error'] === true || FAILURE.test(text.slice(0, FAILURE_HEAD))) scan.toolErrors += 1;
        else if (SUCCESS.test(text.slice(0, SUCCESS_HEAD))) scan.toolSuccesses += 1;
        scan.chars += text.length;
        if (scan.toolText.length < CONTEXT_PER_PART) scan.toolText += text.slice(0, CONTEXT_PER_PART);
        break;
      }
      case 'tool_use':
        if (!countCalls) break;
        scan.calls ??= { rounds: 1, changes: 0, probes: 0 };
        countCall(scan.calls, block['name'], block['input']);
        break;
      default:
        scan.chars += blockText(block).length;
    }
  }
  return scan;
};

const systemText = (system: MessagesBody['system']): string => {
  if (system === undefined) return '';
  if (typeof system === 'string') return system.slice(0, SYSTEM_CAP);
  let out = '';
  for (const block of system) {
    if (typeof block.text === 'string') out += out ? `\n${block.text}` : block.text;
    if (out.length >= SYSTEM_CAP) break;
  }
  return out.slice(0, SYSTEM_CAP);
};

const thinkingBudget = (thinking: MessagesBody['thinking']): number => {
  if (thinking === undefined || thinking.type === 'disabled') return 0;
  const budget = thinking['budget_tokens'];
  return thinking.type === 'enabled' && typeof budget === 'number' ? budget : -1;
};

export const viewRequest = (body: MessagesBody): RequestView => {
  const view: RequestView = {
    ask: '',
    askShape: { tokens: 0, english: true, script: '' },
    instruction: '',
    material: 0,
    earlierAsks: [],
    system: systemText(body.system),
    context: '',
    messages: body.messages.length,
    totalChars: 0,
    images: 0,
    documents: 0,
    toolResults: 0,
    toolErrors: 0,
    toolStepDone: false,
    tools: body.tools?.length ?? 0,
    loop: NO_LOOP,
    thinkingBudget: thinkingBudget(body.thinking),
    maxTokens: body.max_tokens,
  };
  let askFound = false;
  let contextParts = 0;
  const loop: LoopSteps = { rounds: 0, changes: 0, probes: 0 };
  let firstAsk = '';
  /** Characters of the last message's tool results when it holds only results that report no failure, else -1. */
  let lastResultChars = -1;
  for (let i = body.messages.length - 1; i >= 0; i -= 1) {
    const message = body.messages[i] as Message;
    const scan = scanMessage(message, !askFound);
    view.totalChars += scan.chars;
    view.images += scan.images;
    view.documents += scan.documents;
    view.toolErrors += scan.toolErrors;
    if (!askFound && message.role === 'user') view.toolResults += scan.toolResults;
    if (!askFound && scan.calls !== undefined) {
      loop.rounds += 1;
      loop.changes += scan.calls.changes;
      loop.probes += scan.calls.probes;
    }
    if (i === body.messages.length - 1 && scan.text === '' && scan.toolResults > 0 && scan.toolErrors === 0) {
      view.toolStepDone = scan.toolSuccesses === scan.toolResults;
      lastResultChars = scan.chars;
    }
    const hasText = message.role === 'user' && scan.text.trim() !== '';
    if (!askFound && hasText) {
      view.ask = headTail(scan.text, ASK_HEAD, ASK_TAIL);
      ({ instruction: view.instruction, material: view.material } = splitAsk(view.ask, scan.text.length));
      askFound = true;
      continue;
    }
    if (hasText) {
      if (view.earlierAsks.length < EARLIER_ASKS) view.earlierAsks.push(scan.text.slice(0, EARLIER_ASK_CAP));
      firstAsk = scan.text;
    }
    if (contextParts < CONTEXT_PARTS) {
      const sample = (scan.toolText || scan.text).slice(0, CONTEXT_PER_PART);
      if (sample) {
        view.context += `${sample}\n`;
        contextParts += 1;
      }
    }
  }
  if (loop.rounds > 0) view.loop = loop;
  view.askShape = textShape(view.instruction);
  if (!view.toolStepDone && lastResultChars >= 0 && lastResultChars <= ANSWER_CHARS && view.askShape.tokens <= ANSWERED_QUESTION_TOKENS && QUESTION_END.test(view.instruction) && !WHY_HOW.test(view.instruction)) {
    view.toolStepDone = true;
  }
  const first = firstAsk.slice(0, EARLIER_ASK_CAP);
  if (first !== '' && !view.earlierAsks.includes(first)) view.earlierAsks.unshift(first);
  return view;
};
