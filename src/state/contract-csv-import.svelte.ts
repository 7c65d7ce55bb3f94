// The contract-results kind of the shared CSV import (csv-import-flow.svelte.ts): a contract's monthly
// results (SPEC §11, the columns of SPEC §6 "Measurements" with a service level for the KPI) are read
// and checked in the CSV worker against the contract's service levels, previewed with the rows dated
// outside the term (stored, never judged), and rows whose service level and date are already stored
// are skipped unless the person chooses otherwise (domain/contract/result-duplicates.ts, the pilot
// import's rules and words). The write is one transaction, all or nothing
// (session.changeContractResults), applied to the rows as stored at that moment.
import { importResults, planResultImport, type ResultImportCounts } from '../domain/contract/result-duplicates';
import { isOutsideTerm } from '../domain/contract/results-entry';
import type { Contract, ContractMeasurement } from '../domain/contract/contract-types';
import type { DuplicatePolicy } from '../domain/measurement-duplicates';
import { duplicatesOutcomeText } from '../domain/measurement-duplicates-text';
import { CONTRACT_RESULT_SPEC } from '../exchange/csv/contract-result-rows';
import type { AssessmentSession } from './assessment-session.svelte';
import { CsvImportFlow } from './csv-import-flow.svelte';
import type { CsvCommitOutcome } from './csv-import-kind';
import { PlannedCsvImport } from './planned-csv-import.svelte';

/** What the import of the rows read would do to the contract's rows under the chosen policy. */
interface ResultImportPlan {
  counts: ResultImportCounts;
}

const THING = 'service level';

/** The import of a results CSV into the contract `contractId()` of the session. */
export class ContractCsvImport extends PlannedCsvImport<ContractMeasurement, ResultImportPlan> {
  readonly flow: CsvImportFlow<ContractMeasurement>;
  readonly #session: AssessmentSession;
  readonly #contractId: () => string;

  constructor(session: AssessmentSession, contractId: () => string) {
    super();
    this.#session = session;
    this.#contractId = contractId;
    this.flow = new CsvImportFlow<ContractMeasurement>({
      spec: CONTRACT_RESULT_SPEC,
      job: () => ({
        kind: 'contract-results',
        target: { serviceLevels: (this.contract?.serviceLevels ?? []).map((s) => ({ id: s.id, name: s.name, proportion: s.proportion })) },
      }),
      commit: (rows) => this.#commit(rows),
    });
  }

  /** The contract as the session has it now; undefined once deleted. */
  get contract(): Contract | undefined {
    return this.#session.contract(this.#contractId());
  }

  protected override planFor(policy: DuplicatePolicy): ResultImportPlan | null {
    const stored = this.contract?.measurements;
    return stored ? { counts: planResultImport(stored, this.flow.rows, policy) } : null;
  }

  /** Rows read that are dated outside the contract's term: stored, never judged (SPEC §11). */
  readonly outsideTerm: number = $derived.by(() => {
    const contract = this.contract;
    if (!this.plan || !contract) return 0;
    return this.flow.rows.reduce((sum, row) => sum + (isOutsideTerm(contract, row.date) ? 1 : 0), 0);
  });

  /** True when `date` is before the contract's start or after its term (the preview's badge). */
  outside(date: string): boolean {
    const contract = this.contract;
    return contract !== undefined && isOutsideTerm(contract, date);
  }

  async #commit(rows: readonly ContractMeasurement[]): Promise<CsvCommitOutcome> {
    const stored = this.contract?.measurements;
    if (!stored) return { saved: false };
    const policy = this.policy;
    const counts = planResultImport(stored, rows, policy);
    const also = duplicatesOutcomeText({ counts }, policy, THING) || undefined;
    if (counts.added === 0 && counts.removed === 0) return { saved: true, imported: 0, also };
    // The same pure change is applied to the rows as stored when written: rows another tab added stay.
    const saved = await this.#session.changeContractResults(this.#contractId(), (current) => importResults(current, rows, policy));
    return saved ? { saved: true, imported: counts.added, also } : { saved: false };
  }
}
