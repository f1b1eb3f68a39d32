import { hash53, PrefixHasher } from './prng.js';
import { walkPrompt, type PromptLike } from './prompt.js';
import { stringifyOrUndefined } from '../messages/bounded-json.js';

export interface CacheUsage {
  readonly read: number;
  readonly creation: number;
  readonly creation5m: number;
  readonly creation1h: number;
}

export interface PromptUsage {
  /** All input tokens: input + cache creation + cache read. */
  readonly total: number;
  readonly cache: CacheUsage;
}

const NO_CACHE: CacheUsage = Object.freeze({ read: 0, creation: 0, creation5m: 0, creation1h: 0 });
const FIVE_MINUTES = 300_000;
const ONE_HOUR = 3_600_000;
/** Upstream looks this many blocks back from a breakpoint for an earlier cached prefix. */
const LOOKBACK = 20;

interface Segment {
  tag: string;
  node: unknown;
  tokens: number;
  ttlMs: number;
}

const ttlOf = (cacheControl: unknown): number => {
  if (typeof cacheControl !== 'object' || cacheControl === null) return 0;
  return (cacheControl as { ttl?: unknown }).ttl === '1h' ? ONE_HOUR : FIVE_MINUTES;
};

const withoutCacheControl = (key: string, value: unknown): unknown => (key === 'cache_control' ? undefined : value);

const MEMO_MIN_LENGTH = 256;
const MEMO_MAX_ENTRIES = 4096;
const memo = new Map<string, number>();

/** Long texts repeat across requests (system prompts, documents): their hashes are memoised. */
function contentHash(s: string): number {
  if (s.length < MEMO_MIN_LENGTH) return hash53(s);
  let h = memo.get(s);
  if (h === undefined) {
    h = hash53(s);
    if (memo.size >= MEMO_MAX_ENTRIES) memo.delete(memo.keys().next().value as string);
    memo.set(s, h);
  }
  return h;
}

const TAGS: Readonly<Record<string, number>> = { tool: 1, system: 2, user: 3, assistant: 4 };

/** What a segment holds, cache_control aside (moving a breakpoint must not change the prefix). */
function segmentHash(seg: Segment): number {
  const { node } = seg;
  const tag = TAGS[seg.tag] ?? 5;
  if (typeof node === 'string') return contentHash(node) + tag;
  const b = node as { type?: unknown; text?: unknown };
  if (b.type === 'text' && typeof b.text === 'string') return contentHash(b.text) + tag;
  return contentHash(stringifyOrUndefined(node, withoutCacheControl) ?? '') + tag * 256;
}

/**
 * Prompt caching as upstream does it, per model: a block with cache_control ends a cacheable
 * prefix (tools, system, messages, in that order). A prefix seen before and not expired is read;
 * the rest up to the last breakpoint is written. Entries are bounded per model (oldest first out).
 */
export class PromptCache {
  private readonly byModel = new Map<string, Map<number, number>>();

  constructor(private readonly maxEntriesPerModel = 20_000) {}

  clear(): void {
    this.byModel.clear();
  }

  usage(model: string, body: PromptLike & { readonly cache_control?: unknown }, now: number): PromptUsage {
    let segments: Segment[] | undefined;
    let anyBreakpoint = false;
    const total = walkPrompt(body, (tag, node, tokens, cacheControl) => {
      const ttlMs = ttlOf(cacheControl);
      if (ttlMs > 0) anyBreakpoint = true;
      (segments ??= []).push({ tag, node, tokens, ttlMs });
    });
    if (segments && segments.length > 0 && ttlOf(body.cache_control) > 0) {
      const last = segments[segments.length - 1];
      last.ttlMs = Math.max(last.ttlMs, ttlOf(body.cache_control));
      anyBreakpoint = true;
    }
    if (!anyBreakpoint || !segments) return { total, cache: NO_CACHE };
    return { total, cache: this.settle(model, segments, now) };
  }

  private settle(model: string, segments: Segment[], now: number): CacheUsage {
    let entries = this.byModel.get(model);
    if (!entries) this.byModel.set(model, (entries = new Map()));
    let lastBreakpoint = -1;
    for (let i = 0; i < segments.length; i++) if (segments[i].ttlMs > 0) lastBreakpoint = i;

    const keys: number[] = [];
    const cumulative: number[] = [];
    const hasher = new PrefixHasher();
    let sum = 0;
    for (let i = 0; i <= lastBreakpoint; i++) {
      hasher.update(segmentHash(segments[i]));
      keys.push(hasher.key);
      cumulative.push((sum += segments[i].tokens));
    }

    let readAt = -1;
    for (let bp = 0; bp <= lastBreakpoint; bp++) {
      if (segments[bp].ttlMs === 0) continue;
      for (let j = bp; j >= Math.max(0, bp - LOOKBACK) && j > readAt; j--) {
        if (this.alive(entries, keys[j], now)) {
          readAt = j;
          break;
        }
      }
    }
    const read = readAt >= 0 ? cumulative[readAt] : 0;

    let creation5m = 0;
    let creation1h = 0;
    let covered = read;
    for (let bp = readAt + 1; bp <= lastBreakpoint; bp++) {
      const { ttlMs } = segments[bp];
      if (ttlMs === 0) continue;
      const written = cumulative[bp] - covered;
      covered = cumulative[bp];
      if (ttlMs === ONE_HOUR) creation1h += written;
      else creation5m += written;
    }
    for (let bp = 0; bp <= lastBreakpoint; bp++) {
      if (segments[bp].ttlMs > 0) this.put(entries, keys[bp], now + segments[bp].ttlMs);
    }
    if (readAt >= 0 && segments[readAt].ttlMs === 0) this.put(entries, keys[readAt], now + FIVE_MINUTES);
    return { read, creation: creation5m + creation1h, creation5m, creation1h };
  }

  private alive(entries: Map<number, number>, key: number, now: number): boolean {
    const expires = entries.get(key);
    if (expires === undefined) return false;
    if (expires > now) return true;
    entries.delete(key);
    return false;
  }

  private put(entries: Map<number, number>, key: number, expires: number): void {
    const previous = entries.get(key);
    entries.delete(key);
    entries.set(key, Math.max(previous ?? 0, expires));
    if (entries.size > this.maxEntriesPerModel) entries.delete(entries.keys().next().value as number);
  }
}
