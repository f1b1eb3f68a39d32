import { StringDecoder } from 'node:string_decoder';
import { SseScanner } from '../upstream/sse-scanner.js';
import { mergeOpenAiUsage } from './usage.js';

/** As for Anthropic's deltas (sse-scanner.ts): a rough figure, used only when the answer gives none. */
const CHARS_PER_TOKEN = 4;

interface Chunk {
  choices?: { delta?: { content?: unknown; tool_calls?: { function?: { arguments?: unknown } }[] } }[];
  usage?: unknown;
  error?: { type?: unknown; message?: unknown };
}

/**
 * Watches OpenAI's `data:` chunks on the side, as SseScanner watches Anthropic's events, so the same
 * dispatch and relay serve them: content is a chunk with delta text or tool calls, usage comes in the
 * chunk that carries it (with `stream_options.include_usage`), and `data: [DONE]` ends the stream.
 * Without that chunk (the caller did not ask for usage, or the stream was cut) the answer is still charged:
 * its input as estimated at admission, its output from the text and tool arguments relayed.
 */
export class ChatChunkScanner extends SseScanner {
  private readonly utf8 = new StringDecoder('utf8');
  private pending = '';
  private relayedChars = 0;
  private sawUsage = false;

  constructor(estimatedInputTokens: number) {
    super();
    this.usage.inputTokens = estimatedInputTokens;
  }

  override relayedOutputTokens(): number {
    return Math.ceil(this.relayedChars / CHARS_PER_TOKEN);
  }

  override push(chunk: Buffer): boolean {
    const hadContent = this.sawContent;
    const lines = (this.pending + this.utf8.write(chunk)).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.onLine(line.trim());
    return !hadContent && this.sawContent;
  }

  private onLine(line: string): void {
    if (!line.startsWith('data:')) return;
    const data = line.slice(5).trim();
    if (data === '[DONE]') {
      this.sawMessageStop = true;
      if (!this.sawUsage) this.usage.outputTokens = this.relayedOutputTokens();
      return;
    }
    let parsed: Chunk;
    try {
      parsed = JSON.parse(data) as Chunk;
    } catch {
      return;
    }
    const delta = parsed.choices?.[0]?.delta;
    if (typeof delta?.content === 'string' && delta.content.length > 0) {
      this.sawContent = true;
      this.relayedChars += delta.content.length;
    }
    if (Array.isArray(delta?.tool_calls)) {
      this.sawContent = true;
      for (const call of delta.tool_calls) if (typeof call?.function?.arguments === 'string') this.relayedChars += call.function.arguments.length;
    }
    if (parsed.usage) {
      this.sawUsage = true;
      mergeOpenAiUsage(this.usage, parsed.usage);
    }
    if (parsed.error) {
      const { type, message } = parsed.error;
      this.error = { type: typeof type === 'string' ? type : 'api_error', message: typeof message === 'string' ? message : 'Upstream stream error' };
    }
  }
}
