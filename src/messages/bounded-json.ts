/**
 * Walks over client JSON that cannot overflow the stack. `JSON.parse` is iterative in V8, but
 * `JSON.stringify` recurses: a body of a few KB nesting thousands of `[` throws RangeError there.
 */

/** JSON.stringify, or undefined when the value nests too deeply to be serialised. */
export function stringifyOrUndefined(value: unknown, replacer?: (key: string, value: unknown) => unknown): string | undefined {
  try {
    return JSON.stringify(value, replacer);
  } catch (err) {
    if (err instanceof RangeError) return undefined;
    throw err;
  }
}

/**
 * Sums `measure` over every string (keys included) of a JSON value, plus one per value, with an explicit
 * stack: however deep the value, the walk is as long as the value is large, never deeper.
 */
export function sumOverJson(value: unknown, measure: (text: string) => number): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    total += 1;
    if (typeof next === 'string') total += measure(next);
    else if (Array.isArray(next)) for (const item of next) stack.push(item);
    else if (typeof next === 'object' && next !== null) {
      for (const [key, item] of Object.entries(next)) {
        total += measure(key);
        stack.push(item);
      }
    }
  }
  return total;
}
