import { pageOf } from '../ownership/page.js';
import { planAnswer } from './answer.js';
import { lastUserText, parseDirectives } from './directives.js';
import { errorTypeFor } from '../errors.js';
import { fnv1a } from './prng.js';
import { renderJson } from './render.js';
import { countTokens } from './tokenizer.js';
import { checkMessagesBody } from './validate.js';

export interface BatchRequest {
  readonly custom_id: string;
  readonly params: unknown;
}

/** One batch as the simulator keeps it; its state advances lazily, whenever it is read. */
interface SimBatch {
  readonly id: string;
  readonly createdAt: number;
  readonly requests: readonly BatchRequest[];
  readonly endsAt: number;
  cancelAt?: number;
  endedAt?: number;
  results?: string[];
  counts: { processing: number; succeeded: number; errored: number; canceled: number; expired: number };
}

const EXPIRE_DIRECTIVE = '[sim:batch_expire=1]';
const iso = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(ms).toISOString());
const line = (customId: string, result: object): string => JSON.stringify({ custom_id: customId, result });
const erroredResult = (status: number, message: string): object => ({
  type: 'errored',
  error: { type: 'error', error: { type: errorTypeFor(status), message } },
});

/**
 * The Message Batches of one simulator: each batch takes `durationMs` (its items finishing evenly over
 * it), or ends at once through `endAll()`. A cancel moves it to `canceling`; it ends at the next read,
 * its unprocessed items `canceled`. Items answer as /v1/messages would; `[sim:status=NNN]` makes one
 * `errored`, `[sim:batch_expire=1]` `expired`.
 */
export class SimBatches {
  private readonly batches = new Map<string, SimBatch>();

  constructor(
    private readonly nextId: () => string,
    private readonly knownModels: ReadonlySet<string> | undefined,
    readonly durationMs: number,
  ) {}

  create(requests: readonly BatchRequest[], now = Date.now()): object {
    const id = `msgbatch_sim_${this.nextId()}`;
    const counts = { processing: requests.length, succeeded: 0, errored: 0, canceled: 0, expired: 0 };
    const batch: SimBatch = { id, createdAt: now, requests, endsAt: now + this.durationMs, counts };
    this.batches.set(id, batch);
    return this.view(batch);
  }

  /** The batch's public shape, after advancing it to `now`; undefined when there is no such batch. */
  get(id: string, now = Date.now()): object | undefined {
    const batch = this.batches.get(id);
    if (!batch) return undefined;
    this.advance(batch, now);
    return this.view(batch);
  }

  /** JSON Lines, or undefined when unknown; `false` while still processing. */
  results(id: string, now = Date.now()): string | undefined | false {
    const batch = this.batches.get(id);
    if (!batch) return undefined;
    this.advance(batch, now);
    return batch.results ? batch.results.join('\n') + '\n' : false;
  }

  cancel(id: string, now = Date.now()): object | undefined {
    const batch = this.batches.get(id);
    if (!batch) return undefined;
    this.advance(batch, now);
    if (batch.endedAt === undefined) batch.cancelAt ??= now;
    return this.view(batch);
  }

  /** 'in_progress' when the batch must be canceled first. */
  delete(id: string, now = Date.now()): boolean | 'in_progress' | undefined {
    const batch = this.batches.get(id);
    if (!batch) return undefined;
    this.advance(batch, now);
    if (batch.endedAt === undefined) return 'in_progress';
    return this.batches.delete(id);
  }

  list(query: { afterId?: string; beforeId?: string; limit: number }): object {
    const ids = [...this.batches.keys()].reverse();
    const page = pageOf(ids, query);
    const data = page.ids.map((id) => this.get(id));
    return { data, has_more: page.hasMore, first_id: page.ids[0] ?? null, last_id: page.ids.at(-1) ?? null };
  }

  /** The control: every batch still processing finishes now, all its items processed. */
  endAll(now = Date.now()): number {
    let ended = 0;
    for (const batch of this.batches.values()) {
      if (batch.endedAt !== undefined) continue;
      this.finish(batch, now, batch.cancelAt ?? Number.POSITIVE_INFINITY);
      ended++;
    }
    return ended;
  }

  clear(): void {
    this.batches.clear();
  }

  private advance(batch: SimBatch, now: number): void {
    if (batch.endedAt !== undefined) return;
    if (batch.cancelAt !== undefined && now > batch.cancelAt) this.finish(batch, now, batch.cancelAt);
    else if (batch.cancelAt === undefined && now >= batch.endsAt) this.finish(batch, batch.endsAt, batch.endsAt);
  }

  /** Items due by `processedBy` are answered; the rest were canceled. */
  private finish(batch: SimBatch, now: number, processedBy: number): void {
    const n = batch.requests.length;
    const step = this.durationMs / Math.max(1, n);
    batch.results = batch.requests.map((r, i) => {
      const done = batch.createdAt + (i + 1) * step <= processedBy;
      const result = done ? this.answer(r.params) : { type: 'canceled' };
      const type = (result as { type: keyof SimBatch['counts'] }).type;
      batch.counts[type]++;
      return line(r.custom_id, result);
    });
    batch.counts.processing = 0;
    batch.endedAt = now;
  }

  private answer(params: unknown): object {
    const checked = checkMessagesBody(params);
    if (!checked.ok) return erroredResult(400, checked.message);
    const body = checked.value;
    if (this.knownModels && !this.knownModels.has(body.model)) return erroredResult(404, `model: ${body.model}`);
    const text = lastUserText(body.messages);
    if (text.includes(EXPIRE_DIRECTIVE)) return { type: 'expired' };
    const d = parseDirectives(text);
    if (d.status !== undefined) return erroredResult(d.status, `Simulated error ${d.status}`);
    const plan = planAnswer(body, d, fnv1a(text, fnv1a(String(body.messages.length))), () => `toolu_sim_${this.nextId()}`);
    const cache = { read: 0, creation: 0, creation5m: 0, creation1h: 0 };
    const meta = { id: `msg_sim_${this.nextId()}`, model: body.model, inputTokens: countTokens(body), cache };
    return { type: 'succeeded', message: JSON.parse(renderJson(plan, meta)) as object };
  }

  private view(b: SimBatch): object {
    const ended = b.endedAt !== undefined;
    return {
      id: b.id,
      type: 'message_batch',
      processing_status: ended ? 'ended' : b.cancelAt !== undefined ? 'canceling' : 'in_progress',
      request_counts: { ...b.counts },
      ended_at: iso(b.endedAt),
      created_at: iso(b.createdAt),
      expires_at: iso(b.createdAt + 24 * 3_600_000),
      archived_at: null,
      cancel_initiated_at: iso(b.cancelAt),
      results_url: ended ? `/v1/messages/batches/${b.id}/results` : null,
    };
  }
}
