import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { SimModelBehaviour, simConfigSchema } from '../config/schema.js';

/** A sim config as written (defaults optional); an already parsed SimConfig fits too. */
export type SimConfigInput = z.input<typeof simConfigSchema>;

export interface RecordedRequest {
  readonly method: string;
  /** Path and query, as received. */
  readonly url: string;
  /** Lower-case names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  /** The raw body, exactly as received. */
  readonly body: string;
}

export interface SimStats {
  /** POST /v1/messages requests that passed validation, by model ID. */
  requests: Record<string, number>;
  /** Responses by HTTP status (every route but /_sim). */
  responses: Record<string, number>;
  countTokens: number;
  streams: number;
  midStreamErrors: number;
  droppedConnections: number;
  /** /v1/messages responses not yet closed. */
  inFlight: number;
  /** Latency and pacing timers waiting to fire: 0 once every response has ended or its client gone. */
  pendingTimers: number;
  /** Answers that read, and that wrote, the prompt cache. */
  cache: { reads: number; writes: number };
}

export interface SimControl {
  /** Replaces the behaviour of one model ID, or of "*" (every model without its own). */
  setBehaviour(model: string, behaviour: SimModelBehaviour): void;
  /** Back to the configured behaviours. */
  clearBehaviours(): void;
  /** Behaviours back to config; counters, recorded requests and prompt cache cleared; PRNGs re-seeded. */
  reset(): void;
  stats(): SimStats;
  /** The last `recordLimit` requests (default 200), oldest first; /_sim calls are not recorded. */
  recorded(): RecordedRequest[];
  /** Every Message Batch still processing ends now; returns how many. */
  endBatches(): number;
}

export interface SimulatorOptions {
  config?: SimConfigInput;
  /** When given, other models get 404 not_found_error, and GET /v1/models lists these. */
  knownModels?: readonly string[];
  recordLimit?: number;
  /** How long a Message Batch takes to end (default 10 s); `endBatches()` ends them at once. */
  batchDurationMs?: number;
}

export interface StartSimulatorOptions extends SimulatorOptions {
  port?: number;
  host?: string;
}

export type SimulatorHandler = ((req: IncomingMessage, res: ServerResponse) => void) & { readonly control: SimControl };

export interface Simulator extends SimControl {
  readonly url: string;
  readonly server: Server;
  readonly handler: SimulatorHandler;
  close(): Promise<void>;
}
