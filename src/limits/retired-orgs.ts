import type { OrgState } from './org-state.js';

/** How long a removed org's budgets are kept: a full bucket's refill, after which fresh ones are the same. */
const KEPT_MS = 60_000;

/**
 * Orgs a reload removed, with their budgets, kept for a while: if one comes back meanwhile (a config file
 * written half-way, then whole), it finds what it had spent rather than fresh, full buckets.
 */
export class RetiredOrgs {
  private readonly kept = new Map<string, { state: OrgState; timer: NodeJS.Timeout }>();

  /** Keeps `state`; `close` runs if it is not taken back in time. */
  keep(state: OrgState, close: (state: OrgState) => void): void {
    const id = state.org.id;
    const timer = setTimeout(() => {
      this.kept.delete(id);
      close(state);
    }, KEPT_MS);
    timer.unref();
    this.kept.set(id, { state, timer });
  }

  ids(): string[] {
    return [...this.kept.keys()];
  }

  take(id: string): OrgState | undefined {
    const entry = this.kept.get(id);
    if (!entry) return undefined;
    clearTimeout(entry.timer);
    this.kept.delete(id);
    return entry.state;
  }

  /** Every org still kept, no longer timed (to close them with the rest). */
  takeAll(): OrgState[] {
    return [...this.kept.keys()].map((id) => this.take(id) as OrgState);
  }
}
