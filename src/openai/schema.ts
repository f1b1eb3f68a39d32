import { z } from 'zod';

/**
 * The part of an OpenAI chat completion request the gateway reads (to route, budget and account it).
 * Everything else is forwarded untouched from the raw bytes.
 */
const contentPart = z.looseObject({ type: z.string(), text: z.string().optional() });

const toolCall = z.looseObject({
  id: z.string().optional(),
  type: z.string().optional(),
  function: z.looseObject({ name: z.string(), arguments: z.string().optional() }),
});

export const chatMessageSchema = z.looseObject({
  role: z.string().min(1),
  content: z.union([z.string(), z.array(contentPart)]).nullish(),
  tool_calls: z.array(toolCall).optional(),
  tool_call_id: z.string().optional(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

const tool = z.looseObject({
  type: z.string().optional(),
  function: z.looseObject({ name: z.string(), description: z.string().optional(), parameters: z.unknown().optional() }),
});

export const chatBodySchema = z.looseObject({
  model: z.string().min(1),
  messages: z.array(chatMessageSchema).min(1, 'at least one message is required'),
  max_tokens: z.number().int().positive().nullish(),
  max_completion_tokens: z.number().int().positive().nullish(),
  stream: z.boolean().nullish(),
  tools: z.array(tool).optional(),
  tool_choice: z.unknown().optional(),
});
export type ChatBody = z.infer<typeof chatBodySchema>;
