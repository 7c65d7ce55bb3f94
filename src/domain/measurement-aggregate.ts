// SPEC §4 aggregates over rows given as objects, in array order: the n-weighted mean when every row has
// n (then n = Σ n), else the plain mean; `last` = the latest date's value (on equal dates the later row);
// `sum`, `min`, `max`. Only `mean` carries an n. Contracts (SPEC §11) take a service level's month this
// way; a pilot's columns have their own loop (pilot.ts) that must give the same figures to the bit.
import type { KpiAggregate } from './types';

interface AggregatedRow {
  date: string;
  value: number;
  n?: number;
}

function hasN(m: AggregatedRow): m is AggregatedRow & { n: number } {
  return typeof m.n === 'number' && Number.isFinite(m.n);
}

export function aggregateRows(aggregate: KpiAggregate, rows: readonly AggregatedRow[]): { value: number | null; n: number | null } {
  if (rows.length === 0) return { value: null, n: null };
  const values = rows.map((m) => m.value);
  switch (aggregate) {
    case 'mean': {
      const totalN = rows.every(hasN) ? rows.reduce((s, m) => s + (m.n as number), 0) : 0;
      if (totalN > 0) return { value: rows.reduce((s, m) => s + m.value * (m.n as number), 0) / totalN, n: totalN };
      return { value: values.reduce((s, v) => s + v, 0) / values.length, n: null };
    }
    case 'last': {
      let latest = rows[0];
      for (const m of rows) if (m.date >= latest.date) latest = m;
      return { value: latest.value, n: null };
    }
    case 'sum':
      return { value: values.reduce((s, v) => s + v, 0), n: null };
    case 'min':
      return { value: values.reduce((a, b) => Math.min(a, b)), n: null };
    case 'max':
      return { value: values.reduce((a, b) => Math.max(a, b)), n: null };
  }
}
