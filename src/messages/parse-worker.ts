import { parentPort } from 'node:worker_threads';
import { classifierFor } from '../config/compiled.js';
import { GatewayError } from '../errors.js';
import { parse, type ValidatedRequest } from '../pipeline/validate.js';
import { bodyFacts, digestFacts, type BodyDigest, type Classifier } from './body-facts.js';
import { countTokensBodySchema, messagesBodySchema, type MessagesBody } from './schema.js';
import type { Span } from './top-level.js';

/**
 * A worker thread that parses, validates and walks a large Messages body (parse-off-thread.ts), so the
 * event loop does none of it. The bytes come in transferred and go back transferred: never copied.
 */

export interface ParseJob {
  readonly bytes: ArrayBuffer;
  /** A count_tokens body is read as a Messages body of this max_tokens (how it is routed); else a Messages body. */
  readonly countTokensAs?: number;
  readonly orgId: string;
  /** The config's `routing.weights`: the classifier to run. */
  readonly weights: string | undefined;
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
  | { readonly ok: false; readonly status: number; readonly message: string }
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

const classifiers = new Map<string | undefined, Classifier>();
function classifierOf(weights: string | undefined): Classifier {
  let classifier = classifiers.get(weights);
  if (!classifier) classifiers.set(weights, (classifier = classifierFor(weights)));
  return classifier;
}

function parseJob(raw: Buffer, job: ParseJob): Pick<ValidatedRequest<MessagesBody>, 'body' | 'raw' | 'modelSpan'> {
  if (job.countTokensAs === undefined) return parse(raw, messagesBodySchema);
  const counted = parse(raw, countTokensBodySchema);
  return { body: Object.assign({}, counted.body, { max_tokens: job.countTokensAs }), raw: counted.raw, modelSpan: counted.modelSpan };
}

export function answer(job: ParseJob): ParseAnswer {
  const raw = Buffer.from(job.bytes);
  try {
    const validated = parseJob(raw, job);
    const span = validated.modelSpan;
    const text = validated.raw;
    const toBytes = (at: number): number => Buffer.byteLength(text.slice(0, at));
    const modelBytes = span && { start: toBytes(span.start), end: toBytes(span.end) };
    const digest = digestFacts(bodyFacts(validated.body, raw), job.orgId, classifierOf(job.weights));
    return { bytes: job.bytes, ok: true, body: slimBody(validated.body), modelBytes, digest };
  } catch (err) {
    const status = err instanceof GatewayError ? err.status : 500;
    return { bytes: job.bytes, ok: false, status, message: err instanceof Error ? err.message : String(err) };
  }
}

parentPort?.on('message', (job: ParseJob) => {
  const reply = answer(job);
  parentPort?.postMessage(reply, [reply.bytes]);
});
