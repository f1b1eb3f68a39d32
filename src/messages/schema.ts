import { z } from 'zod';

/**
 * What the gateway reads of a Messages API request. Only `model`, `max_tokens`, `stream` and a non-empty
 * `messages` array are checked (a 400 names the field); everything else is *read*, never judged: a part
 * of an unexpected shape reads as empty (`.catch`), and the caller's raw bytes, not this view, are what
 * the upstream receives. New roles, blocks and fields pass untouched, and the upstream is their judge.
 */

/** A content block: its `type`, and whatever else it carries, read defensively by routing and estimates. */
const blockView = z.looseObject({ type: z.string() }).catch({ type: '' });
export type ContentBlock = z.infer<typeof blockView>;

const messageView = z
  .looseObject({
    role: z.string().catch(''),
    content: z.union([z.string(), z.array(blockView)]).catch(''),
  })
  .catch({ role: '', content: '' });
export type Message = z.infer<typeof messageView>;

const systemView = z.union([z.string(), z.array(blockView)]).optional().catch(undefined);
const toolsView = z
  .array(z.looseObject({ name: z.string().catch(''), description: z.string().optional().catch(undefined) }).catch({ name: '' }))
  .optional()
  .catch(undefined);
const thinkingView = z.looseObject({ type: z.string() }).optional().catch(undefined);
const metadataView = z.looseObject({ user_id: z.string().nullish().catch(undefined) }).nullish().catch(undefined);

export const messagesBodySchema = z.looseObject({
  model: z.string().min(1),
  max_tokens: z.number().int().nonnegative(),
  messages: z.array(messageView).min(1, 'at least one message is required'),
  stream: z.boolean().optional(),
  system: systemView,
  tools: toolsView,
  thinking: thinkingView,
  metadata: metadataView,
});
export type MessagesBody = z.infer<typeof messagesBodySchema>;

/** count_tokens takes no max_tokens and never streams. */
export const countTokensBodySchema = messagesBodySchema.omit({ max_tokens: true, stream: true });
/** A count_tokens body is routed as a Messages body of this max_tokens. */
export const COUNT_TOKENS_MAX_TOKENS = 1024;
export type CountTokensBody = z.infer<typeof countTokensBodySchema>;
