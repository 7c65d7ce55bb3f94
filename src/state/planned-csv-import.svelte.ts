// What the CSV imports of measured rows share (a pilot's measurements, measurement-csv-import.svelte.ts;
// a contract's results, contract-csv-import.svelte.ts): the person's choice for rows already stored
// (skip them, the default for each file; replace the stored ones; keep both: domain/measurement-
// duplicates.ts), and the plan of what the import would store under that choice, made against the rows
// stored now so that the preview and the Import button say what a confirmation will do.
import { untrack } from 'svelte';
import type { DuplicatePolicy } from '../domain/measurement-duplicates';
import type { CsvImportFlow } from './csv-import-flow.svelte';

export abstract class PlannedCsvImport<Row, Plan extends { counts: { added: number } }> {
  abstract readonly flow: CsvImportFlow<Row>;
  #policy = $state<DuplicatePolicy>('skip');
  /** The plan shown last: still shown while saving, when the stored rows change under it. */
  #shown: Plan | null = null;

  /** What happens to rows whose KPI (or service level) and date are already stored. */
  get policy(): DuplicatePolicy {
    return this.#policy;
  }

  choosePolicy(policy: DuplicatePolicy): void {
    this.#policy = policy;
  }

  /** Reads a file; each file starts from the default, skipping rows already stored. */
  choose(file: File): Promise<void> {
    this.#policy = 'skip';
    return this.flow.choose(file);
  }

  /** The plan for the rows read under `policy`, against the rows stored now; null when their owner is gone. */
  protected abstract planFor(policy: DuplicatePolicy): Plan | null;

  /** What the rows read would add and remove under the chosen policy: null before the preview. */
  readonly plan: Plan | null = $derived.by(() => {
    const kind = this.flow.step.kind;
    if (kind === 'saving') return untrack(() => this.#shown);
    if (kind !== 'preview') return null;
    return (this.#shown = this.planFor(this.#policy));
  });

  /** How many rows the import would store (the Import button's count). */
  readonly toImport: number = $derived.by(() => this.plan?.counts.added ?? this.flow.counts.rows);
}
