/**
 * The caller going away (its connection closed before the answer was finished). Stages react through
 * plain callbacks; an AbortSignal is made only for the few that need one (waiting for budget,
 * count_tokens): on the hot path an AbortController and its event listeners cost more than the rest
 * of this bookkeeping together.
 */
export class ClientGone {
  aborted = false;
  private listeners: (() => void)[] = [];
  private controller: AbortController | undefined;

  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort();
    }
    return this.controller.signal;
  }

  on(listener: () => void): void {
    this.listeners.push(listener);
  }

  off(listener: () => void): void {
    const index = this.listeners.indexOf(listener);
    if (index >= 0) this.listeners.splice(index, 1);
  }

  /** Called once the caller is gone: every listener runs once, and the signal (if any) aborts. */
  fire(): void {
    if (this.aborted) return;
    this.aborted = true;
    const listeners = this.listeners;
    this.listeners = [];
    for (const listener of listeners) listener();
    this.controller?.abort();
  }
}
