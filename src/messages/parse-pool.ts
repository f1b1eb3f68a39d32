import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { rateLimited } from '../errors.js';
import { ownMemory } from './own-memory.js';
import type { ParseAnswer, ParseJob } from './parse-worker.js';

/**
 * A few worker threads (parse-worker.ts) that parse large bodies one at a time each, with a bounded line:
 * one org can hold at most PER_ORG places, and the line at most QUEUE_LIMIT, so neither a flood from one
 * tenant nor from many can pile up bodies in memory; past that the answer is a 429 at once.
 */
const WORKERS = Math.max(1, Math.min(2, availableParallelism() - 1));
const QUEUE_LIMIT = 16;
const PER_ORG = 2;

interface Pending {
  readonly job: ParseJob;
  readonly signal: AbortSignal;
  resolve(answer: ParseAnswer): void;
  reject(err: Error): void;
}

/**
 * The worker's entry. Built, it sits beside this file as .js; run from the TypeScript sources (tests, tsx),
 * the worker registers tsx first, which Node 20 does not do for a worker from `--import` alone.
 */
function spawn(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.js')) return new Worker(new URL('./parse-worker.js', here));
  const source = new URL('./parse-worker.ts', here).href;
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`, { eval: true });
}

export class ParsePool {
  private readonly waiting: Pending[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly idle: Worker[] = [];
  private readonly perOrg = new Map<string, number>();
  private workers = 0;

  /** Parses `raw` in a worker. `raw`'s memory moves there and back: read the answer's `bytes`, not `raw`. */
  run(raw: Buffer, what: Omit<ParseJob, 'bytes'>, signal: AbortSignal): Promise<ParseAnswer> {
    const { orgId } = what;
    const held = this.perOrg.get(orgId) ?? 0;
    if (held >= PER_ORG || this.waiting.length >= QUEUE_LIMIT) {
      const why = held >= PER_ORG ? `this org already has ${held} large request bodies being parsed` : 'too many large request bodies are being parsed';
      return Promise.reject(rateLimited(`${why}; retry shortly`, { 'retry-after': '1' }, 'GW_LARGE_BODIES_BUSY'));
    }
    this.perOrg.set(orgId, held + 1);
    const job: ParseJob = Object.assign({ bytes: ownMemory(raw) }, what);
    return new Promise<ParseAnswer>((resolve, reject) => {
      this.waiting.push({ job, signal, resolve, reject });
      this.next();
    }).finally(() => {
      const left = (this.perOrg.get(orgId) ?? 1) - 1;
      if (left > 0) this.perOrg.set(orgId, left);
      else this.perOrg.delete(orgId);
    });
  }

  private next(): void {
    for (;;) {
      const pending = this.waiting[0];
      if (!pending) return;
      if (pending.signal.aborted) {
        this.waiting.shift();
        pending.reject(new Error('the client went away before its body was parsed'));
        continue;
      }
      const worker = this.idle.pop() ?? (this.workers < WORKERS ? this.start() : undefined);
      if (!worker) return;
      this.waiting.shift();
      this.busy.set(worker, pending);
      worker.postMessage(pending.job, [pending.job.bytes]);
    }
  }

  private start(): Worker {
    const worker = spawn();
    this.workers += 1;
    worker.unref(); // an idle pool never keeps the process alive
    worker.on('message', (answer: ParseAnswer) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      pending?.resolve(answer);
      this.next();
    });
    let gone = false;
    const failed = (err: Error): void => {
      if (gone) return; // 'error' is followed by 'exit'
      gone = true;
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      this.workers -= 1;
      pending?.reject(err);
      this.next();
    };
    worker.once('error', failed);
    worker.once('exit', (code) => failed(new Error(`parse worker exited (${code})`)));
    return worker;
  }
}
