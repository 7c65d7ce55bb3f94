// Restoring from a backup: read and validate the whole file, show what it would add or replace, and
// only after the user confirms write everything in one transaction. A broken file stops at the first
// step with every error listed; stored data is never touched before the confirmation.
import { restoreAssessments, storedSummaries } from '../db/backup-repo';
import { plural } from '../domain/format';
import type { Assessment } from '../domain/types';
import type { RestorePlan } from '../exchange/backup-file';
import { notices, persist } from './notices.svelte';

type RestoreStep = 'idle' | 'reading' | 'preview' | 'writing';

const backupModule = () => import('../exchange/backup-file');

export class RestoreFlow {
  #step = $state<RestoreStep>('idle');
  #errors = $state.raw<string[] | null>(null);
  #plan = $state.raw<RestorePlan | null>(null);
  #summary = $state('');
  #fileName = $state('');
  #exportedAt = $state<string | null>(null);
  /** Set when the stored assessments changed between the preview and the confirmation. */
  #changed = $state(false);
  #assessments: Assessment[] = [];

  get step(): RestoreStep {
    return this.#step;
  }
  /** The file's problems, first line saying nothing was changed; null when there are none. */
  get errors(): string[] | null {
    return this.#errors;
  }
  get plan(): RestorePlan | null {
    return this.#plan;
  }
  /** "Restoring adds 2 assessments and replaces 1 assessment." */
  get summary(): string {
    return this.#summary;
  }
  get fileName(): string {
    return this.#fileName;
  }
  get exportedAt(): string | null {
    return this.#exportedAt;
  }
  get changed(): boolean {
    return this.#changed;
  }

  /** Reads and validates the file, then shows the plan (or the errors). Writes nothing. */
  async pick(file: File, now: Date = new Date()): Promise<void> {
    this.reset();
    this.#step = 'reading';
    this.#fileName = file.name;
    try {
      const { checkBackupSize, readBackupText, restorePlan, restoreSummary } = await backupModule();
      const { errorLines } = await import('../exchange/envelope');
      const tooLarge = checkBackupSize(file.size);
      const result = tooLarge ? { ok: false as const, errors: [tooLarge] } : readBackupText(await file.text(), { now: now.toISOString() });
      if (!result.ok) {
        this.#fail([`${file.name} was not restored; nothing was changed.`, ...errorLines(result.errors)]);
        return;
      }
      this.#assessments = result.assessments;
      this.#exportedAt = result.exportedAt;
      this.#plan = restorePlan(result.assessments, await storedSummaries());
      this.#summary = restoreSummary(this.#plan);
      this.#step = 'preview';
    } catch (error) {
      // An unreadable file (permissions, removed while reading) or storage that cannot be read.
      this.#fail([`${file.name} could not be read; nothing was changed.`, error instanceof Error ? error.message : String(error)]);
    }
  }

  #fail(lines: string[]): void {
    this.#errors = lines;
    this.#plan = null;
    this.#assessments = [];
    this.#step = 'idle';
  }

  /**
   * Writes the previewed backup in one transaction. When another tab changed which assessments exist
   * since the preview, the preview is refreshed and nothing is written: the user confirms again.
   */
  async confirm(): Promise<boolean> {
    const shown = this.#plan;
    if (this.#step !== 'preview' || !shown) return false;
    const { restorePlan, restoreSummary } = await backupModule();
    const fresh = restorePlan(this.#assessments, await storedSummaries());
    const ids = (p: RestorePlan) => p.replace.map((r) => r.id).join('\n');
    if (ids(fresh) !== ids(shown)) {
      this.#plan = fresh;
      this.#summary = restoreSummary(fresh);
      this.#changed = true;
      return false;
    }
    this.#step = 'writing';
    const ok = await persist('the restored assessments', () => restoreAssessments(this.#assessments));
    if (ok) {
      const parts = [`${fresh.add.length} added`, `${fresh.replace.length} replaced`];
      notices.info(`Restored ${plural(this.#assessments.length, 'assessment')} from ${this.#fileName}: ${parts.join(', ')}.`);
      this.reset();
    } else {
      this.#step = 'preview';
    }
    return ok;
  }

  cancel(): void {
    this.reset();
  }

  dismissErrors(): void {
    this.#errors = null;
  }

  reset(): void {
    this.#step = 'idle';
    this.#errors = null;
    this.#plan = null;
    this.#summary = '';
    this.#fileName = '';
    this.#exportedAt = null;
    this.#changed = false;
    this.#assessments = [];
  }
}
