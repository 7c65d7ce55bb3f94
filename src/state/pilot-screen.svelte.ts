// The figures of one open pilot, computed once per change and shared by every part of its screen: the
// SPEC §4 evaluation (decision, scorecard, tiles, decision log), row counts per KPI (tiles, KPI editor)
// and the series the trend charts and the measurements table draw. With 100,000 rows each of these
// walks every row, so no part computes its own (SPEC §10 performance targets: a pilot opens in ≤ 300 ms).
//
// After the rows change (an import of 100,000 rows) the decision and tiles update first; the table and
// trends keep showing the rows before until the new rows' series is built in steps, one task each
// (task-queue.ts), so no single task blocks the page for over 100 ms.
//
// Create it while a component initialises (it runs an effect owned by that component), with a getter
// of the pilot: the session replaces the pilot object on every edit, never mutates it. "Today" comes
// from a getter too (the user's calendar day by default), so tests can pick the day.
import { untrack } from 'svelte';
import { localToday } from '../domain/dates';
import { evaluatePilot, type PilotEvaluation } from '../domain/pilot';
import { pilotDataFacts, pilotVerdict, type PilotVerdict } from '../domain/pilot-verdict';
import { kpiRowStats, type KpiRowStats } from '../domain/pilot-edits';
import { pilotSeries, pilotSeriesSteps, type PilotSeries } from '../domain/pilot-series';
import type { Pilot, PilotRows } from '../domain/types';
import { inOwnTask } from './task-queue';

type Rows = Pick<Pilot, 'start' | 'end' | 'measurements'>;

/** A small pilot's series takes well under a millisecond: it is shown at once, never in steps. */
const SHOWN_AT_ONCE = 5_000;

const sameRows = (a: Rows, b: Rows) => a.measurements === b.measurements && a.start === b.start && a.end === b.end;

export class PilotScreenState {
  readonly #pilot: () => Pilot;
  readonly #today: () => string;
  /** The pilot whose rows the table and trends show while a newer one's series is being built. */
  #rowsShown = $state.raw<Pilot>() as Pilot;
  /** Series by rows version (the rows object), so the table and trends share one per change. */
  readonly #built = new WeakMap<PilotRows, { start: string; end: string; series: PilotSeries }>();
  /**
   * The series built last, usually the same pilot before its latest edit: KPIs whose series did not
   * change keep their KpiSeries object, so their charts are not redrawn. Held strongly (a weak
   * reference may already be cleared right after an edit); it is replaced by the next one.
   */
  #last: PilotSeries | undefined;

  /** Whether the parts below the trends (table, CSV import, KPI definitions, decision log) are built. */
  #restShown = $state(true);

  constructor(pilot: () => Pilot, today: () => string = () => localToday()) {
    this.#pilot = pilot;
    this.#today = today;
    this.#rowsShown = untrack(pilot);
    // A large pilot opens with its decision, tiles and trends; the rest is built in a later task at
    // background priority, after the charts' own tasks (SPEC §10: decision and charts first).
    this.#restShown = this.#rowsShown.measurements.count <= SHOWN_AT_ONCE;
    $effect(() => {
      if (!this.#restShown) return inOwnTask(() => (this.#restShown = true));
    });
    $effect(() => {
      const next = this.pilot;
      if (sameRows(untrack(() => this.#rowsShown), next)) return;
      if (next.measurements.count <= SHOWN_AT_ONCE) this.#rowsShown = next;
      else return this.#buildInTasks(next, () => (this.#rowsShown = next));
    });
  }

  /** False while a large pilot's screen shows only its top part (decision, tiles, trends). */
  get restShown(): boolean {
    return this.#restShown;
  }

  /** The current pilot: the decision, tiles and KPI editor always show this one. */
  get pilot(): Pilot {
    return this.#pilot();
  }

  /** SPEC §4, once per pilot change. */
  readonly evaluation: PilotEvaluation = $derived(evaluatePilot(this.pilot));

  // Through these the row counts rerun only when the rows or the window change, not on a KPI edit.
  readonly #measurements = $derived(this.pilot.measurements);
  readonly #start = $derived(this.pilot.start);
  readonly #end = $derived(this.pilot.end);
  /** Row counts and date span per KPI, one pass over the rows. */
  readonly stats: Map<string, KpiRowStats> = $derived(kpiRowStats({ start: this.#start, end: this.#end, measurements: this.#measurements }));

  /**
   * How the screen presents the decision today: "Not started" or "Collecting data" until a measurement
   * is counted, the window's data coverage, and measurements dated after today (one pass over the rows).
   */
  readonly verdict: PilotVerdict = $derived.by(() => {
    const window = { start: this.#start, end: this.#end };
    const today = this.#today();
    return pilotVerdict(window, pilotDataFacts({ ...window, measurements: this.#measurements }, today), today);
  });

  /**
   * The pilot as the table and trends show it: the current one, except after the rows or window of a
   * large pilot changed, when it is the one before until the new rows' series is built.
   */
  readonly shown: Pilot = $derived(
    sameRows(this.#rowsShown, this.pilot) || this.pilot.measurements.count <= SHOWN_AT_ONCE ? this.pilot : this.#rowsShown,
  );

  /** The series of the shown rows, shared by the trend charts and the measurements table. */
  readonly series: PilotSeries = $derived(this.#seriesOf(this.shown));

  #cached(rows: Rows): PilotSeries | undefined {
    const hit = this.#built.get(rows.measurements);
    return hit && hit.start === rows.start && hit.end === rows.end ? hit.series : undefined;
  }

  #remember(rows: Rows, series: PilotSeries): PilotSeries {
    this.#built.set(rows.measurements, { start: rows.start, end: rows.end, series });
    this.#last = series;
    return series;
  }

  #seriesOf(rows: Rows): PilotSeries {
    return this.#cached(rows) ?? this.#remember(rows, pilotSeries(rows, this.#last));
  }

  /**
   * Builds the series of `rows` in steps of ~50,000 rows, one task each, then calls `then` in a task of
   * its own; returns a cancel function. (Done at once after a 100,000-row import this took 40–110 ms in
   * one task, the engine not having optimised it yet.)
   */
  #buildInTasks(rows: Rows, then: () => void): () => void {
    let cancel: () => void;
    if (this.#cached(rows)) {
      cancel = inOwnTask(then);
    } else {
      const steps = pilotSeriesSteps(rows, this.#last);
      const step = () => {
        const next = steps.next();
        if (!next.done) cancel = inOwnTask(step);
        else {
          if (!this.#cached(rows)) this.#remember(rows, next.value);
          cancel = inOwnTask(then);
        }
      };
      cancel = inOwnTask(step);
    }
    return () => cancel();
  }
}
