import { AttemptError } from './attempt-error.js';
import type { SseScanner } from './sse-scanner.js';

/**
 * A stream's events held back until its first content delta: until then the attempt may still fail
 * (an `overloaded_error` event) and the walk move on to another model without the client seeing anything.
 */
export class FirstContentHold {
  readonly kind = 'hold';
  readonly held: Buffer[] = [];

  constructor(readonly scanner: SseScanner) {}

  /**
   * Holds `chunk`: `wait` for more; `release` once content (or an error event other than an overload before
   * content) arrived, the chunk that carried it held too; the attempt's failure for an overload before content.
   */
  push(chunk: Buffer): 'wait' | 'release' | AttemptError {
    this.held.push(chunk);
    const scanner = this.scanner;
    if (!scanner.push(chunk) && !scanner.error) return 'wait';
    if (scanner.error?.type === 'overloaded_error' && !scanner.sawContent) {
      return new AttemptError('stream_overloaded', 200, scanner.error.message);
    }
    return 'release';
  }

  /** Whether a stream that ended while held was an answer (it had message_stop or an error event), not a broken one. */
  endedAsAnswer(): boolean {
    return this.scanner.sawMessageStop || this.scanner.error !== undefined;
  }
}
