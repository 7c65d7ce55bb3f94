// Conversion between a whole Assessment (what the domain computes on) and the records it is stored as.
import type { Assessment, Measurement, Pilot, Score } from '../domain/types';
import type { AssessmentRecord, MeasurementBlock, PilotRecord, ScoreRecord } from './schema';

export interface AssessmentRecords {
  assessment: AssessmentRecord;
  scores: ScoreRecord[];
  pilots: PilotRecord[];
  measurements: MeasurementBlock[];
}

export function toRecords(a: Assessment): AssessmentRecords {
  const { scores, pilots, ...meta } = a;
  const assessmentId = a.id;
  return {
    assessment: meta,
    scores: scores.filter((s) => s.value !== null).map((s) => ({ ...s, assessmentId })),
    pilots: pilots.map(({ measurements: _m, ...p }, order) => ({ ...p, assessmentId, order })),
    measurements: pilots.flatMap((p) => measurementBlocks(assessmentId, p.id, p.measurements)),
  };
}

/**
 * Groups a pilot's measurements into one storage block per KPI, as columns (see MeasurementBlock),
 * keeping their order inside each KPI. Two passes over the rows: the first finds each row's block and
 * the block sizes, so the second fills typed arrays of the final length without growing anything.
 */
export function measurementBlocks(assessmentId: string, pilotId: string, measurements: readonly Measurement[]): MeasurementBlock[] {
  const count = measurements.length;
  const blockOf = new Uint32Array(count);
  const slots = new Map<string, number>();
  const kpiIds: string[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const kpiId = measurements[i].kpiId;
    let slot = slots.get(kpiId);
    if (slot === undefined) {
      slots.set(kpiId, (slot = kpiIds.length));
      kpiIds.push(kpiId);
      sizes.push(0);
    }
    blockOf[i] = slot;
    sizes[slot]++;
  }
  const builders = kpiIds.map((kpiId, slot) => {
    const size = sizes[slot];
    const block: MeasurementBlock = {
      assessmentId, pilotId, kpiId,
      dates: [], date: new Uint32Array(size), value: new Float64Array(size), n: new Float64Array(size), notes: [], note: new Uint32Array(size),
    };
    return { block, filled: 0, dates: new Dictionary(block.dates), notes: new Dictionary(block.notes) };
  });
  for (let i = 0; i < count; i++) {
    const b = builders[blockOf[i]];
    const m = measurements[i];
    const k = b.filled++;
    b.block.date[k] = b.dates.index(m.date);
    b.block.value[k] = m.value;
    b.block.n[k] = typeof m.n === 'number' ? m.n : NaN;
    b.block.note[k] = m.note === undefined ? 0 : b.notes.index(m.note) + 1;
  }
  return builders.map((b) => b.block);
}

/** The rows of `added` after those of `existing` (same pilot and KPI), in one new block. */
export function appendToBlock(existing: MeasurementBlock, added: MeasurementBlock): MeasurementBlock {
  const dates = new Dictionary([...existing.dates]);
  const notes = new Dictionary([...existing.notes]);
  const dateOf = added.dates.map((d) => dates.index(d));
  const noteOf = added.notes.map((t) => notes.index(t) + 1);
  const before = existing.value.length;
  const size = before + added.value.length;
  const block: MeasurementBlock = {
    ...existing,
    dates: dates.values, date: new Uint32Array(size), value: new Float64Array(size), n: new Float64Array(size), notes: notes.values, note: new Uint32Array(size),
  };
  block.date.set(existing.date);
  block.value.set(existing.value);
  block.value.set(added.value, before);
  block.n.set(existing.n);
  block.n.set(added.n, before);
  block.note.set(existing.note);
  for (let k = 0; k < added.value.length; k++) {
    block.date[before + k] = dateOf[added.date[k]];
    block.note[before + k] = added.note[k] === 0 ? 0 : noteOf[added.note[k] - 1];
  }
  return block;
}

/** Appends a block's rows, as Measurement objects, to `out`. */
export function blockRows(block: MeasurementBlock, out: Measurement[]): void {
  const { kpiId, dates, date, value, n, notes, note } = block;
  for (let k = 0; k < value.length; k++) {
    const row: Measurement = { kpiId, date: dates[date[k]], value: value[k] };
    if (!Number.isNaN(n[k])) row.n = n[k];
    if (note[k] !== 0) row.note = notes[note[k] - 1];
    out.push(row);
  }
}

/** Distinct strings in first-seen order. Rows usually repeat the previous row's date: checked first. */
class Dictionary {
  readonly values: string[];
  readonly #index: Map<string, number>;
  #last: string | undefined;
  #lastIndex = -1;

  constructor(values: string[]) {
    this.values = values;
    this.#index = new Map(values.map((v, i) => [v, i]));
  }

  index(value: string): number {
    if (value === this.#last) return this.#lastIndex;
    let i = this.#index.get(value);
    if (i === undefined) {
      this.#index.set(value, (i = this.values.length));
      this.values.push(value);
    }
    this.#last = value;
    this.#lastIndex = i;
    return i;
  }
}

export function fromRecords(r: AssessmentRecords): Assessment {
  const blocksByPilot = new Map<string, MeasurementBlock[]>();
  for (const block of r.measurements) {
    const list = blocksByPilot.get(block.pilotId) ?? [];
    list.push(block);
    blocksByPilot.set(block.pilotId, list);
  }
  const pilots = [...r.pilots]
    .sort((x, y) => x.order - y.order)
    .map(({ assessmentId: _a, order: _o, ...p }): Pilot => {
      const blocks = blocksByPilot.get(p.id) ?? [];
      // Measurements come back grouped by KPI, in the pilot's KPI order (the canonical export order).
      const kpiOrder = new Map(p.kpis.map((k, i) => [k.id, i]));
      blocks.sort((x, y) => (kpiOrder.get(x.kpiId) ?? 1e9) - (kpiOrder.get(y.kpiId) ?? 1e9));
      const measurements: Measurement[] = [];
      for (const block of blocks) blockRows(block, measurements);
      return { ...p, measurements };
    });
  const scores: Score[] = r.scores.map(({ assessmentId: _a, ...s }) => s);
  return { ...r.assessment, scores, pilots };
}
