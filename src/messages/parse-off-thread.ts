import type { CompiledConfig } from '../config/compiled.js';
import type { OrgConfig } from '../config/schema.js';
import { GatewayError } from '../errors.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import { prepareBatch, type PreparedBatch } from '../batches/prepare.js';
import { chatBodySchema } from '../openai/schema.js';
import { toMessagesBody } from '../openai/to-messages.js';
import type { RequestContext } from '../pipeline/context.js';
import { parse, validateCountTokens, validateMessages } from '../pipeline/validate.js';
import type { UpstreamBody } from '../upstream/client.js';
import { bodyFacts, digestedFacts, type BodyFacts } from './body-facts.js';
import { ParsePool } from './parse-pool.js';
import type { BatchRouting, BodyKind, ParseAnswer, ParseJob, RouterRef } from './parse-worker.js';
import { COUNT_TOKENS_MAX_TOKENS, type MessagesBody } from './schema.js';
import { withModelBytes } from './top-level.js';

/**
 * From this size on, a body is parsed, validated and walked in a worker thread. Parsing costs about
 * 15-25 ms per MiB of tiny messages on the event loop (a 32 MiB body froze it for a second); below 1 MiB the
 * cost stays under the worker hop's own couple of milliseconds, so small bodies never leave the thread.
 */
export const OFF_THREAD_BYTES = 1024 * 1024;

export interface ParsedMessages {
  /** The whole body; for a body parsed off the thread only its top-level fields and last user text (walk `facts`). */
  readonly body: MessagesBody;
  readonly facts: BodyFacts;
  /** The caller's bytes with only `model` rewritten, for the upstream. */
  bodyFor(model: string): UpstreamBody;
}

export interface ParseFor {
  readonly orgId: string;
  /** The router the worker runs (`routerOf`). */
  readonly router: RouterRef;
  /** The caller going away: a body still waiting for a worker is dropped. Asked for a large body only (an AbortSignal per request costs more than the small path's parse). */
  signal(): AbortSignal;
  readonly metrics: Pick<GatewayMetrics, 'largeBodiesParsing' | 'largeBodiesParsed'>;
  /** The answer the org's budget gives whatever the body holds (a 429), if known before parsing. */
  refusalBeforeBody?(): Promise<GatewayError | undefined>;
}

const routerIds = new WeakMap<CompiledConfig['classify'], number>();
let nextRouterId = 0;

/** The config's router as a worker can load it: each distinct classifier (a config load that read weights) gets its id. */
export function routerOf(conf: CompiledConfig): RouterRef {
  let id = routerIds.get(conf.classify);
  if (id === undefined) routerIds.set(conf.classify, (id = ++nextRouterId));
  return { weights: conf.config.routing.weights, id };
}

/** For a request that spends no per-request budget (count_tokens, batch creates): parsed for its org. */
export const parseFor = (ctx: RequestContext, org: OrgConfig): ParseFor => ({
  orgId: org.id,
  router: routerOf(ctx.conf),
  signal: () => ctx.clientGone.signal,
  metrics: ctx.services.metrics,
});

/** For a request that spends the org's budget: parsed for its org, and refused before the parse when the budget says so. */
export const budgetedParse = (ctx: RequestContext, org: OrgConfig): ParseFor => ({
  orgId: org.id,
  router: routerOf(ctx.conf),
  signal: () => ctx.clientGone.signal,
  metrics: ctx.services.metrics,
  refusalBeforeBody: () => ctx.services.limits.refusalBeforeBody(org),
});

let pool: ParsePool | undefined;

/** Stage 2 for POST /v1/messages: on the event loop for a small body, in a worker for a large one; the same 400s either way. */
export async function parseMessages(raw: Buffer, forRequest: ParseFor): Promise<ParsedMessages> {
  if (raw.length < OFF_THREAD_BYTES) {
    const validated = validateMessages(raw);
    return { body: validated.body, facts: bodyFacts(validated.body, validated.namesFileIds), bodyFor: validated.bodyFor };
  }
  return parseLarge(raw, forRequest, 'messages');
}

/** POST /v1/messages/count_tokens: the body read as a Messages body of COUNT_TOKENS_MAX_TOKENS (how it is routed). */
export async function parseCountTokens(raw: Buffer, forRequest: ParseFor): Promise<ParsedMessages> {
  if (raw.length < OFF_THREAD_BYTES) {
    const validated = validateCountTokens(raw);
    const body = Object.assign({}, validated.body, { max_tokens: COUNT_TOKENS_MAX_TOKENS });
    return { body, facts: bodyFacts(body, validated.namesFileIds), bodyFor: validated.bodyFor };
  }
  return parseLarge(raw, forRequest, 'count_tokens');
}

/** POST /v1/chat/completions: the body read as the Messages body it is routed as (its own parts cited files). */
export async function parseChatCompletions(raw: Buffer, forRequest: ParseFor): Promise<ParsedMessages> {
  if (raw.length < OFF_THREAD_BYTES) {
    const chat = parse(raw, chatBodySchema);
    const body = toMessagesBody(chat.body);
    return { body, facts: bodyFacts(body, chat.namesFileIds, chat.body), bodyFor: chat.bodyFor };
  }
  return parseLarge(raw, forRequest, 'chat_completions');
}

async function parseLarge(raw: Buffer, forRequest: ParseFor, kind: BodyKind): Promise<ParsedMessages> {
  const answer = await inWorker(raw, forRequest, { kind, orgId: forRequest.orgId, router: forRequest.router });
  if (!('digest' in answer)) throw new Error('parse worker: a batch answer to a Messages body');
  const bytes = Buffer.from(answer.bytes);
  // Three pieces, not one copy: joining 32 MiB would hold the event loop for tens of milliseconds.
  const bodyFor = (model: string): Buffer[] => withModelBytes(bytes, answer.modelBytes, model);
  return { body: answer.body, facts: digestedFacts(answer.digest), bodyFor };
}

/** POST /v1/messages/batches: every item validated and routed (batches/prepare.ts), in a worker for a large body. */
export async function parseBatch(raw: Buffer, forRequest: ParseFor, conf: CompiledConfig, routing: Omit<BatchRouting, 'config'>): Promise<PreparedBatch> {
  if (raw.length < OFF_THREAD_BYTES) return prepareBatch(raw, routing.org, conf, routing.maxTierHeader);
  // Only the org's own entry travels to the worker: a config of 10,000 orgs would cost more to copy than to route.
  const batch = Object.assign({}, routing, { config: Object.assign({}, conf.config, { orgs: [routing.org] }) });
  const answer = await inWorker(raw, forRequest, { kind: 'batch', orgId: forRequest.orgId, router: forRequest.router, batch });
  if (!('batch' in answer)) throw new Error('parse worker: a Messages answer to a batch');
  return { body: [Buffer.from(answer.bytes)], decisions: answer.batch.decisions, fileIds: new Set(answer.batch.fileIds) };
}

/** The worker's successful answer, counted; its refusal as the same GatewayError as on the event loop. */
async function inWorker(raw: Buffer, forRequest: ParseFor, what: Omit<ParseJob, 'bytes'>): Promise<Extract<ParseAnswer, { ok: true }>> {
  const { largeBodiesParsing, largeBodiesParsed } = forRequest.metrics;
  const refusal = await forRequest.refusalBeforeBody?.();
  if (refusal) {
    largeBodiesParsed.inc({ result: 'refused' });
    throw refusal;
  }
  pool ??= new ParsePool();
  largeBodiesParsing.inc();
  const answer = await pool.run(raw, what, forRequest.signal()).catch((err: unknown) => {
    largeBodiesParsed.inc({ result: err instanceof GatewayError ? 'refused' : 'error' });
    throw err;
  }).finally(() => largeBodiesParsing.dec());
  if (!answer.ok) {
    largeBodiesParsed.inc({ result: answer.code ? 'invalid' : 'error' });
    throw answer.code ? new GatewayError(answer.code, answer.message) : new Error(`parse worker: ${answer.message}`);
  }
  largeBodiesParsed.inc({ result: 'ok' });
  return answer;
}
