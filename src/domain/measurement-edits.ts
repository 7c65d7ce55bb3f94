// Immutable edits of a pilot's measurement list. A row is addressed by its index in pilot.measurements
// together with the row object the user saw: the session may hand back a reordered list (rows grouped
// by KPI after a reload) or another tab may have changed it, so an index alone can point at the wrong
// row. Order matters to SPEC §4's `last` aggregate (on equal dates the later row wins): an edit keeps a
// row in place and an undone delete puts it back where it was.
import type { Measurement, Pilot } from './types';

export interface RowRef {
  index: number;
  row: Measurement;
}

/**
 * The current index of the row the user saw, or -1 when it is gone. The same object first; then, as
 * the edit is applied again to the stored rows (read afresh, so other objects), the row with the same
 * figures nearest to where the user saw it.
 */
export function resolveRow(measurements: readonly Measurement[], ref: RowRef): number {
  if (measurements[ref.index] === ref.row) return ref.index;
  const same = measurements.indexOf(ref.row);
  if (same >= 0) return same;
  let best = -1;
  measurements.forEach((m, i) => {
    if (sameRow(m, ref.row) && (best < 0 || Math.abs(i - ref.index) < Math.abs(best - ref.index))) best = i;
  });
  return best;
}

export function appendRows(pilot: Pilot, rows: readonly Measurement[]): Pilot {
  return { ...pilot, measurements: [...pilot.measurements, ...rows] };
}

/** Replaces the row in place; returns null when the row no longer exists. */
export function replaceRow(pilot: Pilot, ref: RowRef, next: Measurement): Pilot | null {
  const i = resolveRow(pilot.measurements, ref);
  if (i < 0) return null;
  const measurements = pilot.measurements.slice();
  measurements[i] = next;
  return { ...pilot, measurements };
}

export function removeRow(pilot: Pilot, ref: RowRef): Pilot | null {
  const i = resolveRow(pilot.measurements, ref);
  if (i < 0) return null;
  const measurements = pilot.measurements.slice();
  measurements.splice(i, 1);
  return { ...pilot, measurements };
}

/** Undo of a delete: the row goes back at its old index (or the end, if the list has shrunk since). */
export function restoreRow(pilot: Pilot, ref: RowRef): Pilot {
  const measurements = pilot.measurements.slice();
  measurements.splice(Math.min(ref.index, measurements.length), 0, ref.row);
  return { ...pilot, measurements };
}

/** True when two rows hold the same figures (an edit that changes nothing is not saved). */
export function sameRow(a: Measurement, b: Measurement): boolean {
  return a.kpiId === b.kpiId && a.date === b.date && a.value === b.value && a.n === b.n && (a.note ?? '') === (b.note ?? '');
}
