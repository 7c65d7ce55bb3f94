// The measurements kind of the shared CSV import (csv-import-flow.svelte.ts; SPEC §6 "Measurements"):
// rows are checked in the worker against the pilot's KPIs, vendor and window; the preview says which
// of them duplicate rows already stored (same KPI and date, domain/measurement-duplicates.ts) and the
// person chooses what happens to those: skipped (the default), replacing the stored ones, or kept as
// well. The write is one transaction, all or nothing: a plain append (session.appendMeasurements, with
// the blocks the worker built, so saving a million rows is a write and little more) unless stored rows
// are replaced (session.updatePilot with a pure edit of the pilot). The rows stay columns throughout
// (domain/pilot-rows.ts): no object is made per row.
import { importMeasurements, planImport, type DuplicatePolicy, type ImportPlan } from '../domain/measurement-duplicates';
import { duplicatesOutcomeText } from '../domain/measurement-duplicates-text';
import { pilotRows } from '../domain/pilot-rows';
import type { KpiRows, Measurement, Pilot, PilotRows } from '../domain/types';
import { MEASUREMENT_SPEC } from '../exchange/csv/columns';
import type { AssessmentSession } from './assessment-session.svelte';
import { CsvImportFlow } from './csv-import-flow.svelte';
import type { CsvCommitOutcome } from './csv-import-kind';
import { PlannedCsvImport } from './planned-csv-import.svelte';
import { joinedInTasks } from './rows-joined-in-tasks';

interface Planned {
  stored: PilotRows;
  rows: readonly KpiRows[];
  policy: DuplicatePolicy;
  plan: ImportPlan;
}

/** The import of a measurements CSV into `pilot()`, read when a file is chosen and when it is saved. */
export class MeasurementCsvImport extends PlannedCsvImport<Measurement, ImportPlan> {
  readonly flow: CsvImportFlow<Measurement>;
  readonly #session: AssessmentSession;
  readonly #pilotOf: () => Pilot;
  /** The last plan made: the preview's is reused by the commit while the rows on both sides are the same. */
  #planned: Planned | null = null;

  constructor(session: AssessmentSession, pilot: () => Pilot) {
    super();
    this.#session = session;
    this.#pilotOf = pilot;
    this.flow = new CsvImportFlow<Measurement>({
      spec: MEASUREMENT_SPEC,
      job: () => {
        const p = pilot();
        const vendor = session.assessment?.vendors.find((v) => v.id === p.vendorId);
        return {
          kind: 'measurements',
          target: {
            kpis: p.kpis.map((k) => ({ id: k.id, name: k.name, proportion: k.proportion })),
            vendor: vendor ? { id: vendor.id, name: vendor.name } : null,
            window: { start: p.start, end: p.end },
          },
        };
      },
      commit: (_rows, kpiRows) => this.#commit(kpiRows),
    });
  }

  protected override planFor(policy: DuplicatePolicy): ImportPlan | null {
    const stored = this.#stored();
    return stored ? this.#planFor(stored, this.flow.kpiRows, policy) : null;
  }

  /** The session's rows of the pilot: the ones a write starts from. */
  #stored(): PilotRows | undefined {
    return this.#session.pilot(this.#pilotOf().id)?.measurements;
  }

  #planFor(stored: PilotRows, rows: readonly KpiRows[], policy: DuplicatePolicy): ImportPlan {
    const last = this.#planned;
    if (last && last.stored === stored && last.rows === rows && last.policy === policy) return last.plan;
    const plan = planImport(stored, pilotRows(rows), policy);
    this.#planned = { stored, rows, policy, plan };
    return plan;
  }

  async #commit(rows: readonly KpiRows[]): Promise<CsvCommitOutcome> {
    const pilotId = this.#pilotOf().id;
    const stored = this.#stored();
    if (!stored) return { saved: false };
    const policy = this.policy;
    const plan = this.#planFor(stored, rows, policy);
    let saved = true;
    const incoming = pilotRows(rows);
    if (plan.remove.size > 0) {
      // Applied to the pilot as stored when written: a pure edit, never this screen's copy written back.
      saved = await this.#session.updatePilot(pilotId, (p) => importMeasurements(p, incoming, policy));
    } else if (plan.counts.added > 0) {
      // The fast path: the worker's blocks go to storage as they are, the skipped rows left out as they
      // are appended. The write starts at once; the screen's copy is joined meanwhile, a slice of rows
      // per task (a million rows joined at once were long tasks, each join writing fresh memory, and the
      // page must not block for over 100 ms), and shown when joined: IndexedDB commits while it is built.
      const kpiOrder = this.#pilotOf().kpis.map((k) => k.id);
      const joined = joinedInTasks(stored, incoming, kpiOrder, plan.skip);
      saved = await this.#session.appendMeasurements(pilotId, incoming, plan.skip, { from: stored, to: joined });
    }
    this.#planned = null;
    if (!saved) return { saved: false };
    return { saved: true, imported: plan.counts.added, also: duplicatesOutcomeText(plan, policy) || undefined };
  }
}
