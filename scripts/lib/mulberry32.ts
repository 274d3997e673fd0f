/**
 * mulberry32: a small, fast pseudo-random generator giving floats in [0, 1), the same sequence for the same 32-bit seed
 * on every machine. Sample images, generated datasets and randomised tests use it so any run can be replayed.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
