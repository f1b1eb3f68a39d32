// Types for the tests that import the bench's report (the bench itself is plain JavaScript).
export interface Row {
  readonly section?: string;
  /** [metric, direct, floor, gateway, gw/floor, target, verdict] */
  readonly cells?: readonly string[];
}
export function buildRows(results: unknown): Row[];
export function renderTable(results: unknown): string;
