import { StringDecoder } from 'node:string_decoder';
import { SseScanner } from '../upstream/sse-scanner.js';
import { mergeOpenAiUsage } from './usage.js';

interface Chunk {
  choices?: { delta?: { content?: unknown; tool_calls?: unknown } }[];
  usage?: unknown;
  error?: { type?: unknown; message?: unknown };
}

/**
 * Watches OpenAI's `data:` chunks on the side, as SseScanner watches Anthropic's events, so the same
 * dispatch and relay serve them: content is a chunk with delta text or tool calls, usage comes in the
 * chunk that carries it (with `stream_options.include_usage`), and `data: [DONE]` ends the stream.
 */
export class ChatChunkScanner extends SseScanner {
  private readonly utf8 = new StringDecoder('utf8');
  private pending = '';

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
      return;
    }
    let parsed: Chunk;
    try {
      parsed = JSON.parse(data) as Chunk;
    } catch {
      return;
    }
    const delta = parsed.choices?.[0]?.delta;
    if ((typeof delta?.content === 'string' && delta.content.length > 0) || Array.isArray(delta?.tool_calls)) this.sawContent = true;
    if (parsed.usage) mergeOpenAiUsage(this.usage, parsed.usage);
    if (parsed.error) {
      const { type, message } = parsed.error;
      this.error = { type: typeof type === 'string' ? type : 'api_error', message: typeof message === 'string' ? message : 'Upstream stream error' };
    }
  }
}
