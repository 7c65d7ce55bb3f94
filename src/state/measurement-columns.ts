// Column widths of the virtualised measurements table, sized to what the pilot holds: each row is its own
// grid (only the rows in view exist), so the browser cannot size a column to the widest cell; we count
// characters instead. A KPI name is never cut while an empty Note column takes the room; a long note
// is cut (its full text is the cell's title) only once the table is wider than its box.
import type { Pilot } from '../domain/types';

export interface MeasurementColumns {
  /** grid-template-columns: Date, KPI, Value, n, Note, Window, actions. */
  template: string;
  /** The narrowest the row may get before the table scrolls sideways. */
  minWidth: string;
}

const CELL_PADDING = '1rem';
// "28 Dec 2026", "28 déc. 2026": the longest dates of the usual locales.
const DATE_CHARS = 12;
const LONGEST_KPI = 32;
const LONGEST_NOTE = 24;
const LONGEST_VALUE = 24;
const WINDOW = '7rem';
const ACTIONS = '9.5rem';

/** Characters of a whole number written with thousands separators ("1,250,000" = 9). */
function groupedDigits(magnitude: number): number {
  const digits = magnitude < 1 ? 1 : Math.floor(Math.log10(magnitude)) + 1;
  return digits + Math.floor((digits - 1) / 3);
}

const POWERS = [1, 10, 100, 1000];

/** Whether `value` is written in full with `d` decimals. */
function wholeAt(value: number, d: number): boolean {
  const scaled = value * POWERS[d];
  return Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled));
}

/** Decimals shown for a value: at most four (measurement-format rounds there). */
function decimals(value: number): number {
  for (let d = 0; d < 4; d++) if (wholeAt(value, d)) return d;
  return 4;
}

const chars = (count: number) => `calc(${count}ch + ${CELL_PADDING})`;

interface Extent {
  magnitude: number;
  decimals: number;
  negative: boolean;
}

export function measurementColumns(pilot: Pick<Pilot, 'kpis' | 'measurements'>): MeasurementColumns {
  const extents = new Map<string, Extent>();
  let largestN = 0;
  let note = 0;
  // Straight from the columns (domain/pilot-rows.ts): a pass over each KPI's values and sample sizes.
  for (const block of pilot.measurements.blocks) {
    const { value, n } = block;
    // Locals, not properties, in the loop: it runs over every row.
    let magnitude = 0;
    let places = 0;
    let negative = false;
    for (let k = 0; k < value.length; k++) {
      const v = value[k];
      const size = Math.abs(v);
      if (size > magnitude) magnitude = size;
      if (v < 0) negative = true;
      // Most values need no more decimals than their KPI's widest so far: one multiplication tells.
      if (places < 4 && !wholeAt(v, places)) places = Math.max(places, decimals(v));
      if (n[k] > largestN) largestN = n[k];
    }
    extents.set(block.kpiId, { magnitude, decimals: places, negative });
    for (const text of block.notes) if (text.length > note) note = text.length;
  }
  const names = new Map(pilot.kpis.map((k) => [k.id, k]));
  let kpi = 3; // the header, "KPI"
  let value = 5; // the header, "Value"
  for (const [kpiId, e] of extents) {
    const k = names.get(kpiId);
    kpi = Math.max(kpi, (k?.name ?? kpiId).length);
    // sign, digits, decimal separator and decimals, a space and the unit
    const figures = (e.negative ? 1 : 0) + groupedDigits(e.magnitude) + (e.decimals > 0 ? e.decimals + 1 : 0);
    value = Math.max(value, figures + (k?.unit ? k.unit.length + 1 : 0));
  }
  kpi = Math.min(kpi, LONGEST_KPI);
  value = Math.min(value, LONGEST_VALUE);
  const n = Math.max(2, groupedDigits(largestN));
  // Room left over goes to the KPI and, when there are notes, mostly to the Note.
  const noteColumn = note > 0 ? `minmax(${chars(Math.min(Math.max(note, 4), LONGEST_NOTE))}, 2fr)` : `minmax(${chars(4)}, 1fr)`;
  const template = [chars(DATE_CHARS), `minmax(${chars(kpi)}, 1fr)`, chars(value), chars(n), noteColumn, WINDOW, ACTIONS].join(' ');
  const noteMin = note > 0 ? Math.min(Math.max(note, 4), LONGEST_NOTE) : 4;
  const minWidth = `calc(${DATE_CHARS + kpi + value + n + noteMin}ch + 5 * ${CELL_PADDING} + ${WINDOW} + ${ACTIONS})`;
  return { template, minWidth };
}
