import { countText } from './text-tokens.js';
import { stringifyOrUndefined } from '../messages/bounded-json.js';

/** The parts of a Messages or count_tokens body that cost input tokens. */
export interface PromptLike {
  readonly system?: unknown;
  readonly messages: readonly unknown[];
  readonly tools?: readonly unknown[] | null;
  readonly tool_choice?: unknown;
}

/**
 * Called once per cacheable unit, in prompt order (tools, system, messages): `tag` names its place
 * ("tool", "system", "user", "assistant"), `node` is the block itself, `tokens` what it costs
 * (framing overhead included), `cacheControl` its cache_control, if any.
 */
export type SegmentVisitor = (tag: string, node: unknown, tokens: number, cacheControl: unknown) => void;

const REQUEST_OVERHEAD = 3;
const MESSAGE_OVERHEAD = 3;
const SYSTEM_OVERHEAD = 1;
const TOOL_OVERHEAD = 3;
const BLOCK_OVERHEAD = 4;
/** Anthropic's hidden tool-use system prompt (Claude 4 models): auto/none, and any/tool. */
const TOOL_PROMPT_AUTO = 346;
const TOOL_PROMPT_FORCED = 313;
const IMAGE_TOKENS = 1600;
const DOCUMENT_TOKENS = 3000;
const PDF_BYTES_PER_PAGE = 50_000;
const PDF_TOKENS_PER_PAGE = 2000;

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const json = (v: unknown): string => (v === undefined ? '' : (stringifyOrUndefined(v) ?? ''));

function documentCost(source: unknown): number {
  if (!isObj(source)) return DOCUMENT_TOKENS;
  if (source.type === 'text') return countText(str(source.data));
  if (source.type === 'content' && Array.isArray(source.content)) return listCost(source.content, true);
  if (source.type === 'base64') {
    const pages = Math.max(1, Math.round((str(source.data).length * 0.75) / PDF_BYTES_PER_PAGE));
    return pages * PDF_TOKENS_PER_PAGE;
  }
  return DOCUMENT_TOKENS;
}

/** Cost of one content block; `inLastTurn` because earlier turns' thinking is stripped, as upstream. */
export function blockCost(block: unknown, inLastTurn: boolean): number {
  if (typeof block === 'string') return countText(block);
  if (!isObj(block)) return 0;
  switch (block.type) {
    case 'text':
      return countText(str(block.text));
    case 'image':
      return IMAGE_TOKENS;
    case 'document':
      return BLOCK_OVERHEAD + documentCost(block.source) + countText(str(block.title)) + countText(str(block.context));
    case 'tool_use':
    case 'server_tool_use':
      return BLOCK_OVERHEAD + countText(str(block.name)) + countText(json(block.input));
    case 'tool_result':
      return BLOCK_OVERHEAD + (Array.isArray(block.content) ? listCost(block.content, inLastTurn) : countText(str(block.content)));
    case 'thinking':
      return inLastTurn ? countText(str(block.thinking)) : 0;
    case 'redacted_thinking':
      return inLastTurn ? Math.ceil(str(block.data).length / 5) : 0;
    default:
      return BLOCK_OVERHEAD + countText(json(block));
  }
}

function listCost(blocks: readonly unknown[], inLastTurn: boolean): number {
  let total = 0;
  for (const b of blocks) total += blockCost(b, inLastTurn);
  return total;
}

function toolCost(tool: unknown): number {
  if (!isObj(tool)) return 0;
  const rendered = tool.input_schema === undefined ? json(tool) : json({ name: tool.name, description: tool.description, input_schema: tool.input_schema });
  return TOOL_OVERHEAD + countText(rendered);
}

const forcedChoice = (choice: unknown): boolean => isObj(choice) && (choice.type === 'any' || choice.type === 'tool');

/** Walks the prompt in cache order and returns its total input tokens. */
export function walkPrompt(body: PromptLike, visit?: SegmentVisitor): number {
  let total = 0;
  let pending = REQUEST_OVERHEAD;
  const emit = (tag: string, node: unknown, cost: number, cacheControl: unknown): void => {
    const tokens = cost + pending;
    pending = 0;
    total += tokens;
    if (visit) visit(tag, node, tokens, cacheControl);
  };
  const tools = body.tools ?? [];
  if (tools.length > 0) pending += forcedChoice(body.tool_choice) ? TOOL_PROMPT_FORCED : TOOL_PROMPT_AUTO;
  for (const tool of tools) emit('tool', tool, toolCost(tool), isObj(tool) ? tool.cache_control : undefined);

  const { system } = body;
  if (typeof system === 'string' && system.length > 0) emit('system', system, SYSTEM_OVERHEAD + countText(system), undefined);
  else if (Array.isArray(system)) {
    pending += system.length > 0 ? SYSTEM_OVERHEAD : 0;
    for (const block of system) emit('system', block, blockCost(block, true), isObj(block) ? block.cache_control : undefined);
  }

  const { messages } = body;
  for (let m = 0; m < messages.length; m++) {
    const message = messages[m];
    if (!isObj(message)) continue;
    const role = str(message.role);
    const inLastTurn = m >= messages.length - 2;
    pending += MESSAGE_OVERHEAD;
    const { content } = message;
    if (typeof content === 'string') emit(role, content, countText(content), undefined);
    else if (Array.isArray(content)) {
      for (const block of content) emit(role, block, blockCost(block, inLastTurn), isObj(block) ? block.cache_control : undefined);
    }
  }
  return total + pending;
}
