/**
 * The streams being relayed now, each with the way to cut it cleanly. At the drain deadline the server
 * cuts them all, so that each caller gets an `event: error` rather than a bare connection reset.
 */
export class OpenStreams {
  private readonly cuts = new Set<() => void>();

  /** Registers a stream's cut; returns its removal, to call when the stream ends. */
  add(cut: () => void): () => void {
    this.cuts.add(cut);
    return () => this.cuts.delete(cut);
  }

  get size(): number {
    return this.cuts.size;
  }

  cutAll(): void {
    for (const cut of [...this.cuts]) cut();
  }
}
