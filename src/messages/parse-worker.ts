import { parentPort } from 'node:worker_threads';
import { prepareBatch, type PreparedBatch } from '../batches/prepare.js';
import { classifierFor, compileConfig } from '../config/compiled.js';
import type { Config, OrgConfig } from '../config/schema.js';
import { GatewayError, type ErrorCode } from '../errors.js';
import type { Cites } from '../files/citations.js';
import { chatBodySchema } from '../openai/schema.js';
import { toMessagesBody } from '../openai/to-messages.js';
import { parse, type ValidatedRequest } from '../pipeline/validate.js';
import { bodyFacts, digestFacts, type BodyDigest, type Classifier } from './body-facts.js';
import { COUNT_TOKENS_MAX_TOKENS, countTokensBodySchema, messagesBodySchema, type MessagesBody } from './schema.js';
import { ownMemory } from './own-memory.js';
import type { Span } from './top-level.js';

/**
 * A worker thread that parses, validates and walks a large Messages body (parse-off-thread.ts), so the
 * event loop does none of it. The bytes come in transferred and go back transferred: never copied.
 */

export type BodyKind = 'messages' | 'count_tokens' | 'chat_completions' | 'batch';

export interface ParseJob {
  readonly bytes: ArrayBuffer;
  /** The endpoint's body: every kind but a batch is read as the Messages body it is routed as. */
  readonly kind: BodyKind;
  readonly orgId: string;
  readonly router: RouterRef;
  /** For a batch: what routing its items reads (the config without its other orgs). */
  readonly batch?: BatchRouting;
}

export interface BatchRouting {
  readonly config: Config;
  readonly org: OrgConfig;
  readonly maxTierHeader: string | string[] | undefined;
}

/** The config's router, for a worker to load: its `routing.weights` file, and which load of the config read it. */
export interface RouterRef {
  readonly weights: string | undefined;
  readonly id: number;
}

export type ParseAnswer = { readonly bytes: ArrayBuffer } & (
  | {
      readonly ok: true;
      /** The top-level fields and the last user message's text (slimBody). */
      readonly body: MessagesBody;
      /** Byte offsets of the top-level `model` string value. */
      readonly modelBytes: Span | undefined;
      readonly digest: BodyDigest;
    }
  | {
      readonly ok: true;
      /** A batch: `bytes` is the body to send upstream, each item's `model` routed. */
      readonly batch: Omit<PreparedBatch, 'body' | 'fileIds'> & { readonly fileIds: readonly string[] };
    }
  /** `code`: a GatewayError's (a 400 for the body); absent for a fault of the gateway's own. */
  | { readonly ok: false; readonly code: ErrorCode | undefined; readonly message: string }
);

/** More than any reader of the slim body's text takes (the prompt log keeps 2,000 characters). */
const SLIM_TEXT_CHARS = 8_192;

const textOf = (content: MessagesBody['messages'][number]['content']): string =>
  typeof content === 'string' ? content : content.map((b) => (typeof b['text'] === 'string' ? b['text'] : '')).join('\n');

/** What the event loop gets of the body: its top-level fields and the text of the last user message (for the prompt log). */
function slimBody(body: MessagesBody): MessagesBody {
  const last = body.messages.findLast((m) => m.role === 'user') ?? (body.messages[body.messages.length - 1] as MessagesBody['messages'][number]);
  const message = { role: last.role, content: textOf(last.content).slice(0, SLIM_TEXT_CHARS) };
  return { model: body.model, max_tokens: body.max_tokens, stream: body.stream, messages: [message] };
}

/** The router last asked for: a config reload that re-read the weights file gives a new id, and this worker reads it again. */
let loaded: { readonly id: number; readonly classifier: Classifier } | undefined;
function classifierOf(router: RouterRef): Classifier {
  if (loaded?.id !== router.id) loaded = { id: router.id, classifier: classifierFor(router.weights) };
  return loaded.classifier;
}

interface Parsed {
  readonly validated: Pick<ValidatedRequest<unknown>, 'modelBytes' | 'namesFileIds'>;
  readonly body: MessagesBody;
  /** What the caller sent, when `body` was converted from it. */
  readonly cites?: Cites;
}

function parseJob(raw: Buffer, kind: BodyKind): Parsed {
  if (kind === 'messages') {
    const validated = parse(raw, messagesBodySchema);
    return { validated, body: validated.body };
  }
  if (kind === 'count_tokens') {
    const validated = parse(raw, countTokensBodySchema);
    return { validated, body: Object.assign({}, validated.body, { max_tokens: COUNT_TOKENS_MAX_TOKENS }) };
  }
  const validated = parse(raw, chatBodySchema);
  return { validated, body: toMessagesBody(validated.body), cites: validated.body };
}

/** A batch prepared as on the event loop, against a config compiled here with this worker's classifier. */
function batchAnswer(raw: Buffer, job: ParseJob, routing: BatchRouting): ParseAnswer {
  // The worker's own classifier (loaded once per router), not one read again from routing.weights per batch.
  const config = Object.assign({}, routing.config, { routing: Object.assign({}, routing.config.routing, { weights: undefined }) });
  const conf = Object.assign(compileConfig(config), { classify: classifierOf(job.router) });
  const prepared = prepareBatch(raw, routing.org, conf, routing.maxTierHeader);
  const bytes = Buffer.from(prepared.body);
  return { bytes: ownMemory(bytes), ok: true, batch: { decisions: prepared.decisions, fileIds: [...prepared.fileIds] } };
}

export function answer(job: ParseJob): ParseAnswer {
  const raw = Buffer.from(job.bytes);
  try {
    if (job.batch) return batchAnswer(raw, job, job.batch);
    const { validated, body, cites } = parseJob(raw, job.kind);
    const modelBytes = validated.modelBytes();
    const digest = digestFacts(bodyFacts(body, validated.namesFileIds, cites), job.orgId, classifierOf(job.router));
    return { bytes: job.bytes, ok: true, body: slimBody(body), modelBytes, digest };
  } catch (err) {
    const code = err instanceof GatewayError ? err.code : undefined;
    return { bytes: job.bytes, ok: false, code, message: err instanceof Error ? err.message : String(err) };
  }
}

parentPort?.on('message', (job: ParseJob) => {
  const reply = answer(job);
  parentPort?.postMessage(reply, [reply.bytes]);
});
