// Whether two plain data values (what JSON can hold) are the same, whatever the order of object keys:
// an editor compares the thing it opened on with what is stored now, and another tab may have built
// an equal object with its keys in another order. Absent and undefined properties count as the same.
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) if (!sameData(x[key], y[key])) return false;
  return true;
}

/** The fields of `after` that differ from `before` (for a record of plain data with no absent fields). */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) if (!sameData(before[key], after[key])) changed[key] = after[key];
  return changed;
}
