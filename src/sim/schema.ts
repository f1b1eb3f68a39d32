import { z } from 'zod';

/**
 * The simulator's own reading of a Messages API request, as strict as the API where the simulator
 * answers from a field, loose (`z.looseObject`) elsewhere so new fields and block types pass.
 * The gateway checks far less (src/messages/schema.ts): the upstream is the judge, and this is it.
 */

const cacheControl = z.looseObject({ type: z.string() }).nullish();

const textBlock = z.looseObject({ type: z.literal('text'), text: z.string(), cache_control: cacheControl });
const imageBlock = z.looseObject({ type: z.literal('image'), source: z.looseObject({ type: z.string() }) });
const documentBlock = z.looseObject({ type: z.literal('document'), source: z.looseObject({ type: z.string() }) });
const toolUseBlock = z.looseObject({ type: z.literal('tool_use'), id: z.string(), name: z.string(), input: z.unknown() });
const toolResultBlock = z.looseObject({
  type: z.literal('tool_result'),
  tool_use_id: z.string(),
  content: z.union([z.string(), z.array(z.looseObject({ type: z.string() }))]).optional(),
});
/** Any other block type (thinking, search_result, server tools, future ones). */
const otherBlock = z.looseObject({ type: z.string() });

export const contentBlockSchema = z.union([textBlock, imageBlock, documentBlock, toolUseBlock, toolResultBlock, otherBlock]);
export type ContentBlock = z.infer<typeof contentBlockSchema>;

export const messageSchema = z.looseObject({
  /** `user` or `assistant`, and `system` with a mid-conversation beta: checked in `checkMessagesBody`. */
  role: z.string(),
  content: z.union([z.string(), z.array(contentBlockSchema)]),
});
export type Message = z.infer<typeof messageSchema>;

const systemSchema = z.union([z.string(), z.array(z.looseObject({ type: z.string(), text: z.string().optional() }))]);

const toolSchema = z.looseObject({ name: z.string(), description: z.string().optional() });

const thinkingSchema = z.union([
  z.looseObject({ type: z.literal('enabled'), budget_tokens: z.number().int().nonnegative() }),
  z.looseObject({ type: z.literal('disabled') }),
  z.looseObject({ type: z.literal('adaptive') }),
  z.looseObject({ type: z.string() }),
]);

export const messagesBodySchema = z.looseObject({
  model: z.string().min(1),
  max_tokens: z.number().int().nonnegative(),
  messages: z.array(messageSchema),
  system: systemSchema.optional(),
  stream: z.boolean().optional(),
  tools: z.array(toolSchema).optional(),
  thinking: thinkingSchema.optional(),
  metadata: z.looseObject({ user_id: z.string().nullish() }).nullish(),
});
export type MessagesBody = z.infer<typeof messagesBodySchema>;

/** count_tokens takes no max_tokens and never streams. */
export const countTokensBodySchema = messagesBodySchema.omit({ max_tokens: true, stream: true });
export type CountTokensBody = z.infer<typeof countTokensBodySchema>;
