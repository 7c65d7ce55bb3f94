// Champion vs challenger (SPEC §1: a pilot with one or more shortlisted partners): which pilots are put
// side by side, which one is the champion, their comparison (domain/pilot-comparison.ts), and the pilot
// whose KPIs a new pilot copies.
import { comparePilots, type KpiComparisonRow, type PilotComparison } from '../domain/pilot-comparison';
import type { Assessment, Pilot } from '../domain/types';
import type { AssessmentSession } from './assessment-session.svelte';

/** More columns than this stop being readable side by side. */
export const MAX_COMPARED = 4;

export class PilotComparisonView {
  readonly #session: AssessmentSession;
  // null = the default choice (the first MAX_COMPARED pilots); ids of deleted pilots drop out by themselves.
  #picked = $state.raw<string[] | null>(null);
  #championPick = $state<string | null>(null);
  #copySourceId = $state<string | null>(null);

  constructor(session: AssessmentSession) {
    this.#session = session;
  }

  // Deriveds are lazy: they first run after the constructor has set #session (read through a method).
  #assessment(): Assessment | undefined {
    return this.#session.assessment;
  }

  readonly pilots: Pilot[] = $derived(this.#assessment()?.pilots ?? []);
  readonly vendorNames: Map<string, string> = $derived(new Map((this.#assessment()?.vendors ?? []).map((v) => [v.id, v.name])));

  /** Ids of the pilots compared, in the assessment's order. */
  readonly chosen: string[] = $derived(
    this.#picked === null ? this.pilots.slice(0, MAX_COMPARED).map((p) => p.id) : this.pilots.filter((p) => this.#picked!.includes(p.id)).map((p) => p.id),
  );
  readonly championId: string | undefined = $derived(this.#championPick !== null && this.chosen.includes(this.#championPick) ? this.#championPick : this.chosen[0]);
  /** Champion first, then the challengers in the assessment's order. */
  readonly ordered: Pilot[] = $derived(
    [this.championId, ...this.chosen.filter((id) => id !== this.championId)].flatMap((id) => this.pilots.filter((p) => p.id === id)),
  );
  /** Null until two pilots are chosen. */
  readonly comparison: PilotComparison | null = $derived(this.ordered.length >= 2 ? comparePilots(this.ordered) : null);
  /** KPIs defined differently between the compared pilots: not like for like. */
  readonly mismatched: KpiComparisonRow[] = $derived(this.comparison ? this.comparison.rows.filter((r) => r.mismatch.length > 0) : []);
  /** The pilot whose KPIs the "New pilot with the same KPIs" form copies, while it is open. */
  readonly copySource: Pilot | undefined = $derived(this.#copySourceId === null ? undefined : this.pilots.find((p) => p.id === this.#copySourceId));

  choose(ids: string[]): void {
    this.#picked = ids;
  }

  chooseChampion(id: string): void {
    this.#championPick = id;
  }

  startCopy(pilotId: string): void {
    this.#copySourceId = pilotId;
  }

  cancelCopy(): void {
    this.#copySourceId = null;
  }
}
