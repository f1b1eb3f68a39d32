import type { OutgoingHttpHeader } from 'node:http';

/**
 * The answer's headers, gathered by the stages and written with the status line in one `writeHead`.
 * Kept as a flat [name, value, name, value, ...] list, which Node writes with a plain loop, cheaper than
 * an object (docs/performance-rules.md). Each name is added once (there is no replacing).
 */
export class ResponseHeaders {
  readonly list: OutgoingHttpHeader[] = [];

  add(name: string, value: OutgoingHttpHeader): void {
    this.list.push(name, value);
  }

  addAll(headers: Readonly<Record<string, string>>): void {
    for (const name in headers) this.list.push(name, headers[name] as string);
  }
}
