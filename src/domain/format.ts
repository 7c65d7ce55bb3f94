// Display formatting. Numbers are computed at full precision and rounded only here (SPEC §3).
export function formatScore(total: number | null | undefined, digits = 1): string {
  return total === null || total === undefined || !Number.isFinite(total) ? '—' : total.toFixed(digits);
}

/** The number a display with `digits` decimals shows, for exports beside their full-precision twin. */
export function roundedForDisplay(value: number, digits = 1): number {
  return Number(value.toFixed(digits));
}

export function formatPercent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  const value = share * 100;
  // Whole numbers read better without a trailing ".0" (100 %, 50 %).
  const text = Math.abs(value - Math.round(value)) < 1e-9 ? String(Math.round(value)) : value.toFixed(digits);
  return `${text} %`;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—';
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

export function plural(count: number, one: string, many = `${one}s`, digits: 'plain' | 'grouped' = 'plain'): string {
  const number = digits === 'grouped' ? count.toLocaleString('en-US') : String(count);
  return `${number} ${count === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
