// Statistics for pilot KPIs (SPEC §4: confidence of proportion KPIs).

/** Two-sided 95 % normal quantile, as fixed by SPEC §4 (z = 1.959964). */
export const Z95 = 1.959964;

/**
 * Wilson score interval (Wilson 1927; Newcombe 1998, method 3) for an observed proportion `p` (0..1)
 * over `n` events. SPEC §4 uses it instead of the normal (Wald) interval because it stays inside 0..1
 * and behaves well for small n and for p near 0 or 1.
 *
 * `p` outside 0..1 (a typo such as 104 %) is clamped to 0..1 rather than producing NaN; `n` must be
 * a positive number (it need not be an integer, so a weighted n works).
 */
export function wilsonInterval(p: number, n: number, z: number = Z95): [number, number] {
  if (!Number.isFinite(p)) throw new RangeError(`wilsonInterval needs a finite proportion, got ${p}`);
  if (!Number.isFinite(n) || n <= 0) throw new RangeError(`wilsonInterval needs n > 0, got ${n}`);
  const q = Math.min(1, Math.max(0, p));
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (q + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((q * (1 - q)) / n + z2 / (4 * n * n));
  // Rounding can push the ends a hair outside 0..1 when p is exactly 0 or 1.
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Mean of the values, or null for none. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Σ wᵢ·xᵢ / Σ wᵢ, or null when there is nothing to weigh (no items or Σ w = 0). */
export function weightedMean(values: readonly number[], weights: readonly number[]): number | null {
  if (values.length !== weights.length) throw new RangeError('weightedMean needs one weight per value');
  let num = 0;
  let den = 0;
  for (let i = 0; i < values.length; i++) {
    num += values[i] * weights[i];
    den += weights[i];
  }
  return den > 0 ? num / den : null;
}
