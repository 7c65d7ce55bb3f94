// A small seeded pseudo-random generator, so the same seed gives the same Monte Carlo numbers on every
// machine and in every run (Math.random cannot be seeded).

/**
 * mulberry32 (Tommy Ettinger, public domain): 32 bits of state, passes PractRand up to 2^32 outputs,
 * which is far beyond the 10^5–10^6 numbers one stability run draws. Returns numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = normaliseSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Any finite number becomes a 32-bit seed (1.5 and 1 differ; −0 and 0 do not). */
export function normaliseSeed(seed: number): number {
  if (!Number.isFinite(seed)) return 0;
  if (Number.isInteger(seed)) return seed | 0;
  // Fold the fractional part in so seeds like 1.5 still give their own sequence.
  return (Math.floor(seed) ^ Math.round((seed % 1) * 0x7fffffff)) | 0;
}
