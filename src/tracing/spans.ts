import type { RequestSpan, SpanAttributes } from './types.js';

/**
 * Runs `work` inside a child span of the request's span, when the request is traced; otherwise just runs it.
 * `describe` adds attributes from the result.
 */
export async function inChildSpan<T>(
  parent: RequestSpan | undefined,
  name: string,
  attributes: SpanAttributes,
  work: () => Promise<T>,
  describe?: (result: T) => SpanAttributes,
): Promise<T> {
  if (!parent) return work();
  const span = parent.child(name, attributes, name === 'gateway.upstream_attempt' ? 'client' : 'internal');
  try {
    const result = await work();
    span.end(describe?.(result));
    return result;
  } catch (err) {
    span.end(undefined, err);
    throw err;
  }
}
