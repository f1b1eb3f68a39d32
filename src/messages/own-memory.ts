/** The bytes as an ArrayBuffer of their own, to transfer: `raw`'s own when it spans all of it, else one copy. */
export function ownMemory(raw: Buffer): ArrayBuffer {
  const memory = raw.buffer;
  if (memory instanceof ArrayBuffer && raw.byteOffset === 0 && raw.byteLength === memory.byteLength) return memory;
  const copy = new ArrayBuffer(raw.byteLength);
  new Uint8Array(copy).set(raw);
  return copy;
}
