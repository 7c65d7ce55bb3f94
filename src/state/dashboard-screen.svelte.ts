// The executive dashboard (SPEC §11): every contract of every assessment, kept in step with storage (an
// edit here or in another tab shows at once, as the home list does), grouped and ordered by the pure
// dashboard rules. "Today" decides which months are reported and which contracts are live.
import { listContractHolders } from '../db/contract-overview-repo';
import { localToday } from '../domain/dates';
import { dashboardContracts, type DashboardContracts } from '../domain/contract/dashboard-rows';
import { LiveValue } from './live-value.svelte';
import { writeFailureReason } from './storage-errors';

const NONE: DashboardContracts = { live: [], upcoming: [], ended: [] };

export class DashboardState {
  readonly #holders = new LiveValue(() => listContractHolders());
  readonly #today: () => string;
  #showEnded = $state(false);

  constructor(today: () => string = () => localToday()) {
    this.#today = today;
  }

  /** Starts watching storage; returns the stop function, so it can be returned from an $effect. */
  start(): () => void {
    return this.#holders.start();
  }

  get loaded(): boolean {
    return this.#holders.loaded;
  }
  /** Why storage could not be read, or null. */
  get failure(): string | null {
    return this.#holders.error === undefined ? null : writeFailureReason(this.#holders.error);
  }

  readonly contracts: DashboardContracts = $derived.by(() => {
    const holders = this.#holders.current;
    return holders ? dashboardContracts(holders, this.#today()) : NONE;
  });
  readonly empty = $derived(this.contracts.live.length + this.contracts.upcoming.length + this.contracts.ended.length === 0);

  get showEnded(): boolean {
    return this.#showEnded;
  }
  toggleEnded(): void {
    this.#showEnded = !this.#showEnded;
  }
}
