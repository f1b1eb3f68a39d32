import { requireOwned } from '../ownership/guard.js';
import type { OwnershipStore } from '../ownership/store.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;

/**
 * Every place a block names a file: a `file` source (document, image), a `container_upload` block (code
 * execution loads the file into its container), OpenAI's `{"type": "file", "file": {"file_id"}}`; and the blocks
 * nested in `content` (tool results, search results) or in a document's `content` source. A tool_use `input` is
 * the caller's own data and is not read.
 */
function collect(content: unknown, into: Set<string>): void {
  // A stack, not recursion: nesting is the caller's to choose, and 50,000 levels must not overflow the call stack.
  const pending: unknown[] = [content];
  while (pending.length > 0) {
    const blocks = pending.pop();
    if (!Array.isArray(blocks)) continue;
    for (const block of blocks) {
      if (!isObj(block)) continue;
      const source = block.source;
      if (isObj(source)) {
        if (source.type === 'file' && typeof source.file_id === 'string') into.add(source.file_id);
        pending.push(source.content);
      }
      if (block.type === 'container_upload' && typeof block.file_id === 'string') into.add(block.file_id);
      const file = block.type === 'file' ? block.file : undefined;
      if (isObj(file) && typeof file.file_id === 'string') into.add(file.file_id);
      pending.push(block.content);
    }
  }
}

/** Messages of either API: only their content is read. */
export interface Cites {
  readonly messages: readonly { readonly content?: unknown }[];
}

/** Every `file_id` a request's messages cite (see `collect`). */
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
