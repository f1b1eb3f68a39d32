/** OpenAI's error shape, which the openai SDKs read: the gateway's errors on /v1/chat/completions. */
export const openAiErrorBody = (type: string, message: string): { error: { message: string; type: string; param: null; code: null } } => ({
  error: { message, type, param: null, code: null },
});

/** The same error as a stream chunk, once a streamed answer has begun. */
export const openAiErrorChunk = (type: string, message: string): string => `data: ${JSON.stringify(openAiErrorBody(type, message))}\n\n`;
