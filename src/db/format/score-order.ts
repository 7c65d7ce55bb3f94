// Sorting a large list by string keys without comparing strings per pair: each distinct string is
// ranked once (there are a few hundred ids among ~50,000 scores, SPEC §10), then rows are ordered by
// their ranks with stable counting sorts, which cost a pass over the rows each and allocate no objects.

/** IndexedDB's order of string keys (code units), the order stored rows read back in. */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** rank[i] = the place of values[i] among the distinct `values` in code order. */
export function codeRanks(values: readonly string[]): Uint32Array {
  const ranks = new Uint32Array(values.length);
  values
    .map((value, i) => ({ value, i }))
    .sort((a, b) => byCode(a.value, b.value))
    .forEach(({ i }, rank) => (ranks[i] = rank));
  return ranks;
}

/**
 * Reorders `order` (row numbers) by `rank[ordinal[row]]`, keeping the current order among equal ranks.
 * Sorting by the least significant key first and the most significant last gives the full order.
 */
export function stableSortBy(order: Uint32Array, ordinal: Uint32Array, rank: Uint32Array): Uint32Array {
  if (rank.length <= 1) return order;
  const start = new Uint32Array(rank.length + 1);
  for (let i = 0; i < order.length; i++) start[rank[ordinal[order[i]]] + 1]++;
  for (let r = 1; r < start.length; r++) start[r] += start[r - 1];
  const out = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) out[start[rank[ordinal[order[i]]]]++] = order[i];
  return out;
}
