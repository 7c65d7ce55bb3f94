// What the virtualised measurements table shows: which KPI, in which order, and which rows are in view
// (plus a small overscan), so 100,000 rows scroll smoothly (SPEC §10 performance targets). Fixed row
// height; the table's height is ours, so the viewport needs no measuring.
import type { PilotSeries } from '../domain/pilot-series';
import { windowPlace, type WindowPlace } from '../domain/pilot-window';
import type { Kpi, Measurement, Pilot } from '../domain/types';
import { virtualWindow, type VirtualWindow } from '../domain/virtual-window';
import { measurementColumns, type MeasurementColumns } from './measurement-columns';

const NONE = new Uint32Array(0);

export const ROW_HEIGHT = 44;
export const HEADER_HEIGHT = 40;
const MAX_HEIGHT = 480;

export class MeasurementTableView {
  readonly #pilotOf: () => Pilot;
  readonly #seriesOf: () => PilotSeries;
  #chosenFilter = $state('');
  #newestFirst = $state(true);
  #scrollTop = $state(0);

  /** `series`: the series of `pilot`'s rows. */
  constructor(pilot: () => Pilot, series: () => PilotSeries) {
    this.#pilotOf = pilot;
    this.#seriesOf = series;
  }

  // Deriveds are lazy: they first run after the constructor has set the getters (read through methods).
  #series(): PilotSeries {
    return this.#seriesOf();
  }

  #pilot(): Pilot {
    return this.#pilotOf();
  }

  get newestFirst(): boolean {
    return this.#newestFirst;
  }

  readonly kpiById: Map<string, Kpi> = $derived(new Map(this.#pilot().kpis.map((k) => [k.id, k])));
  /** Column widths sized to the KPI names, figures and notes the pilot holds. */
  readonly columns: MeasurementColumns = $derived(measurementColumns(this.#pilot()));
  /** The KPI whose rows are shown, or '' for all (a removed KPI falls back to all). */
  readonly filter: string = $derived(this.kpiById.has(this.#chosenFilter) ? this.#chosenFilter : '');
  /** Row indices by date, oldest first. */
  readonly #list: ArrayLike<number> = $derived(this.filter ? (this.#series().byKpi.get(this.filter)?.rows ?? NONE) : this.#series().order);
  readonly count: number = $derived(this.#list.length);
  /** The scroller's height in pixels: every row up to a maximum. */
  readonly height: number = $derived(Math.min(MAX_HEIGHT, HEADER_HEIGHT + Math.max(1, this.count) * ROW_HEIGHT + 2));
  readonly window: VirtualWindow = $derived(
    virtualWindow({ scrollTop: this.#scrollTop, viewportHeight: this.height - HEADER_HEIGHT, rowHeight: ROW_HEIGHT, rowCount: this.count, overscan: 8 }),
  );
  /** The rows in view: k is the position in the shown order, index the row's number in the pilot's rows (only these are read as objects). */
  readonly visible: { k: number; index: number }[] = $derived.by(() => {
    const rows: { k: number; index: number }[] = [];
    const list = this.#list;
    for (let k = this.window.start; k < this.window.end; k++) rows.push({ k, index: this.#newestFirst ? list[this.count - 1 - k] : list[k] });
    return rows;
  });

  /** Where a row lies against the pilot window (SPEC §4: baseline and after are not judged). */
  place(row: Measurement): WindowPlace {
    return windowPlace(row.date, this.#pilot());
  }

  /** Shows one KPI's rows ('' for all), from the top. */
  chooseFilter(kpiId: string): void {
    this.#chosenFilter = kpiId;
    this.#scrollTop = 0;
  }

  /** Newest first ↔ oldest first, from the top. */
  toggleOrder(): void {
    this.#newestFirst = !this.#newestFirst;
    this.#scrollTop = 0;
  }

  scrolled(scrollTop: number): void {
    this.#scrollTop = scrollTop;
  }
}
