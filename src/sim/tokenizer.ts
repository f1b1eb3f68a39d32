import { walkPrompt, type PromptLike } from './prompt.js';

export { countText } from './text-tokens.js';
export type { PromptLike } from './prompt.js';

/**
 * Input tokens of a Messages or count_tokens body, as the simulator bills them: system, every
 * message's blocks, tool definitions (plus Anthropic's hidden tool prompt), images and documents
 * at fixed costs, and the framing of each message. A stand-in for Claude's real tokenizer.
 */
export function countTokens(body: PromptLike): number {
  return walkPrompt(body);
}
