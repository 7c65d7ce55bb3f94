// The edits of one open pilot other than its measurements: its settings (SPEC §2 Pilot, checked by
// domain/pilot-draft.ts), its KPIs (SPEC §2 KPI, domain/pilot-edits.ts and kpi-validation.ts), the
// decision log (domain/decision-log.ts) and deleting it. Each goes through session.updatePilot, so the
// decision updates at once and the change is stored; an invalid edit is never saved.
import type { DecisionDraft } from '../domain/decision-log';
import { recordDecision } from '../domain/decision-log';
import { plural } from '../domain/format';
import { kpiFromLibrary } from '../domain/kpi-library';
import { parseKpiNumber } from '../domain/kpi-validation';
import type { PilotEvaluation } from '../domain/pilot';
import { editPilotSettings, MAX_LINE, nameForVendor, settingsOf, type PilotSettings } from '../domain/pilot-draft';
import { addKpi, customKpi, kpiRemovalMessage, removeKpi, replaceKpi, type KpiRowStats } from '../domain/pilot-edits';
import type { Kpi, Pilot } from '../domain/types';
import { changedFields } from '../domain/same-data';
import type { AssessmentSession } from './assessment-session.svelte';
import { confirmAction } from './confirm.svelte';
import { notices } from './notices.svelte';
import { router } from './router.svelte';

export class PilotEditor {
  readonly #session: AssessmentSession;
  readonly #pilot: () => Pilot;

  constructor(session: AssessmentSession, pilot: () => Pilot) {
    this.#session = session;
    this.#pilot = pilot;
  }

  #update(edit: (p: Pilot) => Pilot): Promise<boolean> {
    return this.#session.updatePilot(this.#pilot().id, edit);
  }

  #vendorIds(): string[] {
    return (this.#session.assessment?.vendors ?? []).map((v) => v.id);
  }

  /** Why these settings cannot be saved, or null. */
  settingsError(patch: Partial<PilotSettings>): string | null {
    const result = editPilotSettings(settingsOf(this.#pilot()), patch, this.#vendorIds());
    return result.ok ? null : result.error;
  }

  /** Why typed GO / NO-GO text cannot be saved, or null. `badInput`: the browser's validity flag. */
  lineError(key: 'goScore' | 'noGoScore', text: string, badInput: boolean): string | null {
    const parsed = parseKpiNumber(text, badInput);
    return 'error' in parsed ? `Enter a number from 0 to ${MAX_LINE}.` : this.settingsError({ [key]: parsed.value });
  }

  /** A new vendor takes a default name along (unique among the other pilots); a name the user wrote stays. */
  #withVendorName(patch: Partial<PilotSettings>): Partial<PilotSettings> {
    const pilot = this.#pilot();
    const vendors = this.#session.assessment?.vendors ?? [];
    const to = vendors.find((v) => v.id === patch.vendorId);
    if (!to || patch.name !== undefined || patch.vendorId === pilot.vendorId) return patch;
    const from = vendors.find((v) => v.id === pilot.vendorId);
    const others = (this.#session.assessment?.pilots ?? []).filter((p) => p.id !== pilot.id).map((p) => p.name);
    const name = nameForVendor(pilot.name, from, to, others);
    return name === pilot.name ? patch : { ...patch, name };
  }

  /** Saves valid settings; an invalid patch saves nothing and returns why (its field shows it), else null. */
  saveSettings(edit: Partial<PilotSettings>): string | null {
    const patch = this.#withVendorName(edit);
    const result = editPilotSettings(settingsOf(this.#pilot()), patch, this.#vendorIds());
    if (!result.ok) return result.error;
    // Only the fields this edit changed go to storage: another tab's change of another field stays.
    const changed = Object.fromEntries(Object.keys(patch).map((key) => [key, result.settings[key as keyof PilotSettings]]));
    void this.#update((p) => ({ ...p, ...changed }));
    return null;
  }

  /** Deletes the pilot after a confirmation that names what goes with it, then shows the list. */
  async remove(): Promise<void> {
    const pilot = this.#pilot();
    const ok = await confirmAction({
      title: `Delete the pilot “${pilot.name}”?`,
      message: `This deletes its ${plural(pilot.kpis.length, 'KPI')}, ${plural(pilot.measurements.count, 'measurement')} and ${plural(pilot.decisions.length, 'logged decision')}. This cannot be undone; export the assessment first to keep a copy.`,
      confirmLabel: 'Delete pilot',
      danger: true,
    });
    const session = this.#session;
    if (ok && (await session.removePilot(pilot.id))) router.go({ name: 'assessment', assessmentId: session.id, screen: 'pilots' });
  }

  /**
   * Saves an edited KPI. Only the fields that differ from the KPI on screen go to storage, applied to
   * the stored KPI: another tab's change of another field of it stays.
   */
  saveKpi(kpi: Kpi): void {
    const before = this.#pilot().kpis.find((k) => k.id === kpi.id);
    const changed = before ? changedFields(before, kpi) : kpi;
    void this.#update((p) => {
      const stored = p.kpis.find((k) => k.id === kpi.id);
      return stored ? replaceKpi(p, { ...stored, ...changed }) : p;
    });
  }

  /** Removes a KPI and its measurements after a confirmation that names them (`stats`: its row counts). */
  async removeKpi(kpi: Kpi, stats: KpiRowStats | undefined): Promise<void> {
    const ok = await confirmAction({
      title: `Remove the KPI “${kpi.name}”?`,
      message: kpiRemovalMessage(kpi, stats),
      confirmLabel: 'Remove KPI',
      danger: true,
    });
    if (ok) await this.#update((p) => removeKpi(p, kpi.id));
  }

  /** Adds a library KPI, tracked only (weight 0), and says how to make it count. */
  async addLibraryKpi(id: string): Promise<boolean> {
    const kpi = kpiFromLibrary(id);
    const added = await this.#update((p) => addKpi(p, kpi));
    if (added) notices.info(`Added ${kpi.name} (tracked, weight 0). Give it a weight to count it in the scorecard, or make it a gate.`);
    return added;
  }

  /** Adds a KPI defined from scratch (already checked); its id comes from its name. */
  addCustomKpi(fields: Omit<Kpi, 'id'>): Promise<boolean> {
    const kpi = customKpi(fields, this.#pilot());
    return this.#update((p) => addKpi(p, kpi));
  }

  /** Logs a decision, or a correction of the entry recorded at `corrects`, with what the data says now. */
  recordDecision(draft: DecisionDraft, evaluation: PilotEvaluation, corrects?: string): Promise<boolean> {
    const now = new Date();
    return this.#update((p) => recordDecision(p, draft, evaluation, now, corrects));
  }
}
