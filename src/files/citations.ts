import { requireOwned } from '../ownership/guard.js';
import type { OwnershipStore } from '../ownership/store.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;

function collect(blocks: unknown, into: Set<string>): void {
  if (!Array.isArray(blocks)) return;
  for (const block of blocks) {
    if (!isObj(block)) continue;
    const source = block.source;
    if (isObj(source) && source.type === 'file' && typeof source.file_id === 'string') into.add(source.file_id);
    // OpenAI's shape, on /v1/chat/completions: {"type": "file", "file": {"file_id": ...}}
    const file = block.type === 'file' ? block.file : undefined;
    if (isObj(file) && typeof file.file_id === 'string') into.add(file.file_id);
    if (block.type === 'tool_result') collect(block.content, into);
  }
}

/** Messages of either API: only their content is read. */
export interface Cites {
  readonly messages: readonly { readonly content?: unknown }[];
}

/** Every `file_id` a request cites: `file` sources of document and image blocks (tool results included), or OpenAI file parts. */
export function citedFileIds(body: Cites): Set<string> {
  const ids = new Set<string>();
  for (const m of body.messages) collect(m.content, ids);
  return ids;
}

/**
 * Refuses (404, as for a file that does not exist) a request citing a file this org did not upload (`citedFileIds`),
 * before anything is sent upstream; no promise when there are none, so most requests pay no extra event-loop turn.
 */
export function requireCitedOwned(store: OwnershipStore, org: string, ids: ReadonlySet<string>): Promise<void> | undefined {
  return ids.size === 0 ? undefined : requireAllOwned(store, org, ids);
}

async function requireAllOwned(store: OwnershipStore, org: string, ids: ReadonlySet<string>): Promise<void> {
  for (const id of ids) await requireOwned(store, org, 'file', id);
}
