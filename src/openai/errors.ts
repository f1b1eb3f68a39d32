import type { ErrorCode } from '../error-codes.js';

/** OpenAI's error shape, which the openai SDKs read: the gateway's errors on /v1/chat/completions, `code` from the catalogue. */
export const openAiErrorBody = (
  type: string,
  message: string,
  code: ErrorCode,
): { error: { message: string; type: string; param: null; code: ErrorCode } } => ({
  error: { message, type, param: null, code },
});

/** The same error as a stream chunk, once a streamed answer has begun. */
export const openAiErrorChunk = (type: string, message: string, code: ErrorCode): string => `data: ${JSON.stringify(openAiErrorBody(type, message, code))}\n\n`;
