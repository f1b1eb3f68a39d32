/** Chunks as one Buffer; a single chunk is returned as it is, not copied. */
export function joined(chunks: readonly Buffer[], totalLength?: number): Buffer {
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, totalLength);
}
