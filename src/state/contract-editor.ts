// Edits of one contract's service levels and terms (SPEC §11), each applied to the contract as stored
// (the session applies the same edit to storage in one transaction), so another tab's edit of something
// else in the contract is kept. Removing a service level that has results asks first.
import { addServiceLevel, editServiceLevel, editTerms, moveServiceLevel, removeServiceLevel, type Edited, type TermsPatch } from '../domain/contract/contract-edits';
import type { Contract, ServiceLevel } from '../domain/contract/contract-types';
import { plural } from '../domain/format';
import type { AssessmentSession } from './assessment-session.svelte';
import { confirmAction } from './confirm.svelte';

export class ContractEditor {
  readonly #session: AssessmentSession;
  readonly #contractId: string;

  constructor(session: AssessmentSession, contractId: string) {
    this.#session = session;
    this.#contractId = contractId;
  }

  get contract(): Contract | undefined {
    return this.#session.contract(this.#contractId);
  }

  /** Why the edit cannot be saved, or null. */
  check(edit: (c: Contract) => Edited<Contract>): string | null {
    const contract = this.contract;
    if (!contract) return 'This contract was deleted meanwhile.';
    const result = edit(contract);
    return result.ok ? null : result.error;
  }

  /** Applies `edit` to the contract, here and as stored; an edit that no longer fits what is stored leaves it as it is. */
  async #apply(edit: (c: Contract) => Edited<Contract> | Contract): Promise<boolean> {
    if (this.check((c) => asEdited(edit(c))) !== null) return false;
    return this.#session.updateContracts((all) =>
      all.map((c) => {
        if (c.id !== this.#contractId) return c;
        const result = asEdited(edit(c));
        return result.ok ? result.value : c;
      }),
    );
  }

  saveLevel(id: string, patch: Partial<Omit<ServiceLevel, 'id'>>): Promise<boolean> {
    return this.#apply((c) => editServiceLevel(c, id, patch));
  }
  addLevel(level: ServiceLevel): Promise<boolean> {
    return this.#apply((c) => addServiceLevel(c, level));
  }
  moveLevel(id: string, by: -1 | 1): Promise<boolean> {
    return this.#apply((c) => moveServiceLevel(c, id, by));
  }
  saveTerms(patch: TermsPatch): Promise<boolean> {
    return this.#apply((c) => editTerms(c, patch));
  }

  /** Removes a service level; with results, only once the user confirms (they go with it). */
  async removeLevel(id: string): Promise<boolean> {
    const contract = this.contract;
    const level = contract?.serviceLevels.find((s) => s.id === id);
    if (!contract || !level) return false;
    const rows = contract.measurements.filter((m) => m.serviceLevelId === id).length;
    if (rows > 0) {
      const ok = await confirmAction({
        title: `Remove ${level.name}?`,
        message: `Its ${plural(rows, 'result')} go with it, and every month is judged again without it.`,
        confirmLabel: 'Remove service level',
        danger: true,
      });
      if (!ok) return false;
    }
    return this.#apply((c) => removeServiceLevel(c, id));
  }
}

function asEdited(result: Edited<Contract> | Contract): Edited<Contract> {
  return 'ok' in result ? result : { ok: true, value: result };
}
