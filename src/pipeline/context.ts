import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CompiledConfig } from '../config/compiled.js';
import type { ErrorCode } from '../error-codes.js';
import type { OrgConfig, Tier } from '../config/schema.js';
import type { MessagesBody } from '../messages/schema.js';
import type { Services } from '../services.js';
import type { RequestSpan } from '../tracing/types.js';
import type { Usage } from '../upstream/usage.js';
import type { ClientGone } from './client-gone.js';
import type { MoneyState } from './money.js';
import type { ResponseHeaders } from './response-headers.js';

export type RouteKind = 'auto' | 'alias' | 'pinned' | 'family' | 'conversation';

/** What `route` decided: the tier and model first chosen, and the fallback chain to walk (chosen model first). */
export interface RouteDecision {
  readonly tier: Tier;
  readonly model: string;
  readonly chain: readonly string[];
  readonly route: RouteKind;
  readonly reason: string;
}

/** Monotonic timestamps (ms, performance.now()) for latency metrics. */
export interface Timings {
  readonly arrivedAt: number;
  /** Only with the bench's tail trace on (src/metrics/tail-trace.ts). */
  admittedAt?: number;
  upstreamSentAt?: number;
  upstreamHeadersAt?: number;
  firstTokenAt?: number;
  upstreamEndedAt?: number;
  finishedAt?: number;
}

/**
 * The per-request context handed down the pipeline. The stages return what they learn, and only the
 * handlers' entry files (pipeline/index.ts, count-tokens.ts, openai/handler.ts, passthrough/handler.ts)
 * write it here; `account` reads it all at the end, whatever stage the request stopped at. Two parts are
 * the answer in the making rather than facts: `headers`, added to by the stage that learns one, and
 * `timings`, stamped where each moment happens.
 */
export interface RequestContext {
  readonly id: string;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** The config snapshot this request started with; a reload mid-request does not change it. */
  readonly conf: CompiledConfig;
  readonly services: Services;
  /** Fires when the client goes away: cancels queueing and the upstream call. */
  readonly clientGone: ClientGone;
  readonly timings: Timings;
  /** The answer's headers, gathered by the stages and written at once with the status line. */
  readonly headers: ResponseHeaders;
  kind: 'messages' | 'count_tokens' | 'chat_completions' | 'batches' | 'files';
  org?: OrgConfig;
  body?: MessagesBody;
  stream: boolean;
  route?: RouteDecision;
  /** The model that answered (or was last tried). */
  model?: string;
  fallbackFrom?: string;
  upstreamRequestId?: string;
  status?: number;
  usage?: Usage;
  errorType?: string;
  /** The catalogue code of the error the request ended with (src/error-codes.ts). */
  errorCode?: ErrorCode;
  queuedMs?: number;
  /** The request's span, when tracing is on. */
  trace?: RequestSpan;
  /** Feature, conversation, downgrade ceiling and USD reservation (docs/money.md). */
  money?: MoneyState;
}
