/** Small, fast, seedable PRNG (mulberry32): the simulator's only source of randomness. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 32-bit FNV-1a of a string. */
export function fnv1a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 53-bit hash of a string (cyrb53). */
export function hash53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A running hash over a sequence of 53-bit values; `key` identifies the whole sequence so far. */
export class PrefixHasher {
  private h1 = 0x811c9dc5;
  private h2 = 0x9e3779b9;

  update(value: number): void {
    const lo = value >>> 0;
    const hi = Math.floor(value / 4294967296) >>> 0;
    let h1 = Math.imul(this.h1 ^ lo, 0x85ebca6b);
    h1 = Math.imul(h1 ^ (h1 >>> 13) ^ hi, 0xc2b2ae35);
    let h2 = Math.imul(this.h2 ^ hi, 0x27d4eb2f);
    h2 = Math.imul(h2 ^ (h2 >>> 15) ^ lo, 0x165667b1);
    this.h1 = h1 ^ (h1 >>> 16);
    this.h2 = h2 ^ (h2 >>> 16);
  }

  get key(): number {
    return (this.h1 >>> 0) * 2097152 + ((this.h2 >>> 0) >>> 11);
  }
}
