/** The rolling window is counted in this many slices (as opossum does): a slice older than the window is dropped whole. */
const SLICES = 10;

interface TripRule {
  readonly volumeThreshold: number;
  readonly errorThresholdPercentage: number;
}

/** Calls and failures over the last rollingWindowMs, in SLICES slices that turn over with the clock. */
export class RollingWindow {
  private readonly calls = new Array<number>(SLICES).fill(0);
  private readonly failures = new Array<number>(SLICES).fill(0);
  private readonly sliceMs: number;
  private readonly start: number;
  /** Slices turned over since `start`; the current slice is at index turned % SLICES. */
  private turned = 0;

  constructor(
    private readonly now: () => number,
    windowMs: number,
  ) {
    this.sliceMs = Math.max(1, Math.floor(windowMs / SLICES));
    this.start = now();
  }

  call(): void {
    this.calls[this.current()] += 1;
  }

  fail(): void {
    this.failures[this.current()] += 1;
  }

  /** Whether `failures ≥ threshold% of calls`, once there were at least volumeThreshold calls. */
  exceeds({ volumeThreshold, errorThresholdPercentage }: TripRule): boolean {
    this.current();
    let calls = 0;
    let failures = 0;
    for (let i = 0; i < SLICES; i++) {
      calls += this.calls[i]!;
      failures += this.failures[i]!;
    }
    return calls >= volumeThreshold && failures * 100 >= errorThresholdPercentage * calls;
  }

  private current(): number {
    const due = Math.floor((this.now() - this.start) / this.sliceMs);
    for (let n = Math.min(SLICES, due - this.turned); n > 0; n--) {
      const slice = (due - n + 1) % SLICES;
      this.calls[slice] = 0;
      this.failures[slice] = 0;
    }
    this.turned = Math.max(this.turned, due);
    return this.turned % SLICES;
  }
}
