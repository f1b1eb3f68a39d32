import { Gauge, type Registry } from 'prom-client';

/**
 * gateway_inflight_requests: counted per org in a Map and handed to prom-client at each scrape, so a request
 * pays two Map updates instead of two rounds of prom-client's label hashing and checking.
 */
export class InflightByOrg {
  private readonly counts = new Map<string, number>();

  constructor(registers: Registry[]) {
    const counts = this.counts;
    new Gauge({
      name: 'gateway_inflight_requests',
      help: 'Messages requests in flight on this replica.',
      labelNames: ['org'],
      registers,
      collect() {
        for (const [org, count] of counts) this.set({ org }, count);
      },
    });
  }

  inc(labels: { readonly org: string }): void {
    this.counts.set(labels.org, (this.counts.get(labels.org) ?? 0) + 1);
  }

  dec(labels: { readonly org: string }): void {
    this.counts.set(labels.org, (this.counts.get(labels.org) ?? 0) - 1);
  }
}
