// Immutable edits of a pilot's KPIs (SPEC §2 KPI) and the facts the KPI screens show about them.
// Each edit returns a new Pilot; its rows are replaced only when rows really go away, so
// the session rewrites the stored measurement blocks only then (see AssessmentSession.updatePilot).
import { uniqueId } from './ids';
import { formatCount } from './format';
import { KPI_LIBRARY, type KpiDef } from './kpi-library';
import { isInWindow } from './pilot-window';
import { kpiRowsOf, pilotRows } from './pilot-rows';
import type { Kpi, Pilot } from './types';

export function replaceKpi(p: Pilot, kpi: Kpi): Pilot {
  return { ...p, kpis: p.kpis.map((k) => (k.id === kpi.id ? kpi : k)) };
}

export function addKpi(p: Pilot, kpi: Kpi): Pilot {
  if (p.kpis.some((k) => k.id === kpi.id)) throw new RangeError(`The pilot already has a KPI "${kpi.id}"`);
  return { ...p, kpis: [...p.kpis, kpi] };
}

/**
 * Changes which way is better. When the target would end up on the wrong side of the threshold (SPEC §5),
 * the two swap: CSAT 80/85 read the other way round is 85/80, never an invalid KPI.
 */
export function withDirection(kpi: Kpi, direction: Kpi['direction']): Kpi {
  if (direction === kpi.direction) return kpi;
  const wrongSide = direction === 'higher' ? kpi.target < kpi.threshold : kpi.target > kpi.threshold;
  return wrongSide ? { ...kpi, direction, threshold: kpi.target, target: kpi.threshold } : { ...kpi, direction };
}

/** Removes a KPI and its measurements (SPEC §5: every measurement's kpiId must resolve). */
export function removeKpi(p: Pilot, kpiId: string): Pilot {
  const kpis = p.kpis.filter((k) => k.id !== kpiId);
  const hasRows = kpiRowsOf(p.measurements, kpiId) !== undefined;
  return { ...p, kpis, measurements: hasRows ? pilotRows(p.measurements.blocks.filter((b) => b.kpiId !== kpiId)) : p.measurements };
}

/** Library KPIs the pilot does not have yet (same id), in library order. */
export function availableLibraryKpis(p: Pick<Pilot, 'kpis'>): KpiDef[] {
  const taken = new Set(p.kpis.map((k) => k.id));
  return KPI_LIBRARY.filter((d) => !taken.has(d.id));
}

/** A KPI defined from scratch: its id comes from its name, unique within the pilot. */
export function customKpi(fields: Omit<Kpi, 'id'>, p: Pick<Pilot, 'kpis'>): Kpi {
  const id = uniqueId(fields.name, p.kpis.map((k) => k.id), 'kpi');
  return { id, ...fields, name: fields.name.trim(), unit: fields.unit.trim() };
}

export interface KpiRowStats {
  /** Every stored row of the KPI. */
  total: number;
  /** Rows inside [start, end], the ones judged (SPEC §4). */
  inWindow: number;
  first: string | null;
  last: string | null;
}

/** Row counts and date span per KPI: each KPI's rows counted per distinct date, each date judged once. */
export function kpiRowStats(p: Pick<Pilot, 'start' | 'end' | 'measurements'>): Map<string, KpiRowStats> {
  const stats = new Map<string, KpiRowStats>();
  for (const block of p.measurements.blocks) {
    const perDate = new Uint32Array(block.dates.length);
    const { date } = block;
    for (let k = 0; k < date.length; k++) perDate[date[k]]++;
    const s: KpiRowStats = { total: date.length, inWindow: 0, first: null, last: null };
    block.dates.forEach((day, i) => {
      if (perDate[i] === 0) return;
      if (isInWindow(day, p)) s.inWindow += perDate[i];
      if (s.first === null || day < s.first) s.first = day;
      if (s.last === null || day > s.last) s.last = day;
    });
    stats.set(block.kpiId, s);
  }
  return stats;
}

/** What removing a KPI deletes, in words for the confirmation (names the rows that go with it). */
export function kpiRemovalMessage(kpi: Pick<Kpi, 'name'>, stats: KpiRowStats | undefined): string {
  if (!stats || stats.total === 0) return `“${kpi.name}” has no measurements. It will no longer count in the decision.`;
  const rows = stats.total === 1 ? 'its 1 measurement' : `all ${formatCount(stats.total)} of its measurements`;
  const span = stats.first === stats.last ? `dated ${stats.first}` : `dated ${stats.first} to ${stats.last}`;
  return `This also deletes ${rows} (${span}). The decision is recomputed without “${kpi.name}”. This cannot be undone.`;
}

/** Each KPI's weight as a share of all weights (0 when no KPI is weighted): the "normalised %". */
export function weightShares(kpis: readonly Pick<Kpi, 'weight'>[]): number[] {
  const total = kpis.reduce((s, k) => s + (k.weight > 0 ? k.weight : 0), 0);
  return kpis.map((k) => (total > 0 && k.weight > 0 ? k.weight / total : 0));
}
