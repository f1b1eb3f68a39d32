import { placeholderIndex, type LongString } from './long-strings.js';

/**
 * The long strings a large body's parse left undecoded (long-strings.ts), put back as properties that decode on
 * first read. Those not read yet sit on their holder under a symbol (not enumerable: no reader of the body sees it). Not in
 * a WeakMap, and read by getters shared by every holder (one per key): a getter closing over its string would give
 * each holder a hidden class of its own, in old space, keeping the body's bytes alive until a full GC (a 1 MB body
 * then cost 0.4 ms more, most of it in mark-compacts started by the external memory).
 */
const LONGS = Symbol('long strings');
type Holder = Record<string, unknown> & { [LONGS]?: Record<string, LongString | undefined> };
const accessors = new Map<string, PropertyDescriptor>();

/**
 * Puts each long string back into the parsed `value` (which holds the scan's placeholders) as a property that
 * decodes it when first read, and is a plain property from then on. Key order and every reader's view are as
 * JSON.parse would have left them.
 */
export function installLongStrings(value: unknown, longs: readonly LongString[]): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    const holder = next as Holder;
    for (const key of Object.keys(holder)) {
      const item = holder[key];
      if (typeof item === 'string') {
        const index = placeholderIndex(item);
        const long = index === undefined ? undefined : longs[index];
        if (long) defer(holder, key, long);
      } else if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
}

function defer(holder: Holder, key: string, long: LongString): void {
  let longs = holder[LONGS];
  if (!longs) Object.defineProperty(holder, LONGS, { value: (longs = {}), enumerable: false, configurable: true });
  longs[key] = long;
  Object.defineProperty(holder, key, accessorOf(key));
}

function accessorOf(key: string): PropertyDescriptor {
  let accessor = accessors.get(key);
  if (accessor) return accessor;
  accessor = {
    configurable: true,
    enumerable: true,
    get(this: Holder) {
      const long = this[LONGS]?.[key];
      return settle(this, key, long ? long.decode() : undefined);
    },
    set(this: Holder, value: unknown) {
      settle(this, key, value);
    },
  };
  if (accessors.size < 1000) accessors.set(key, accessor); // keys are the caller's: bounded
  return accessor;
}

function settle<T>(holder: Holder, key: string, value: T): T {
  Object.defineProperty(holder, key, { value, writable: true, enumerable: true, configurable: true });
  const longs = holder[LONGS];
  if (longs) longs[key] = undefined;
  return value;
}

/** `holder[key]`, or its LongString while that is not read yet (reading it from here on decodes it). */
export function peek(holder: object, key: string): unknown {
  return (holder as Holder)[LONGS]?.[key] ?? (holder as Holder)[key];
}
