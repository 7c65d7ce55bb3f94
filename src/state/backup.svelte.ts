// Backups on the home screen. Everything lives in this browser only, and browsers may clear site data,
// so the app keeps the time of the last full backup ("Export everything"; one assessment's "Export
// JSON" is none), reminds the user gently when data changed since, and writes every assessment into
// one file on request. The home screen loads this once something is stored (home-backup.svelte.ts);
// the backup format loads when a backup is made.
import { backupFacts, dismissBackupReminder, recordBackup } from '../db/backup-facts-repo';
import { plural } from '../domain/format';
import { backupReminder, daysSince, type ReminderReason } from '../exchange/backup-reminder';
import { LiveValue } from './live-value.svelte';
import { notices, persist } from './notices.svelte';

/** Hands a generated file to the user (the browser download lives with the components). */
export type SaveFile = (fileName: string, text: string) => void;

/** The live backup facts of one screen: last full backup, the reminder, and "Export everything". */
export class BackupState {
  readonly #facts = new LiveValue(backupFacts);
  #exporting = $state(false);
  readonly #now: Date;
  readonly #reminder = $derived.by<ReminderReason | null>(() => {
    const facts = this.#facts.current;
    return facts ? backupReminder({ ...facts, now: this.#now }) : null;
  });
  readonly #days = $derived.by(() => {
    const last = this.#facts.current?.lastBackupAt;
    return last ? daysSince(last, this.#now) : 0;
  });

  /** `now` is when the screen opened: the reminder is decided once for it. */
  constructor(now: Date = new Date()) {
    this.#now = now;
  }

  /** Starts watching storage; returns the stop function (for an $effect). */
  start(): () => void {
    return this.#facts.start();
  }

  /** When "Export everything" last ran; null when never (or not read yet). */
  get lastBackupAt(): string | null {
    return this.#facts.current?.lastBackupAt ?? null;
  }
  /** Why to suggest a backup now, or null (see backupReminder in exchange/backup-reminder.ts). */
  get reminder(): ReminderReason | null {
    return this.#reminder;
  }
  /** Whole days since the last full backup (0 when never). */
  get daysSinceBackup(): number {
    return this.#days;
  }
  /** True while "Export everything" reads and writes. */
  get exporting(): boolean {
    return this.#exporting;
  }

  /** Quiets the reminder for its period (7 days). */
  dismissReminder(at: Date = new Date()): Promise<boolean> {
    return persist('the reminder choice', () => dismissBackupReminder(at.toISOString()));
  }

  /** Saves every stored assessment in one backup file; false when nothing was stored or reading failed (the user is told why). */
  async exportEverything(save: SaveFile, now: Date = new Date()): Promise<boolean> {
    this.#exporting = true;
    try {
      return await exportEverything(save, now);
    } finally {
      this.#exporting = false;
    }
  }
}

async function exportEverything(save: SaveFile, now: Date): Promise<boolean> {
  const exportedAt = now.toISOString();
  let assessments;
  try {
    // Whole-assessment reads load with the first backup, not with the reminder.
    const { loadAllAssessments } = await import('../db/backup-repo');
    assessments = await loadAllAssessments();
  } catch (error) {
    notices.error(`Could not read the assessments for the backup: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  if (assessments.length === 0) {
    notices.info('There is nothing to back up yet.');
    return false;
  }
  const [{ backupFileName, exportBackup }, { checkedBackupExport }] = await Promise.all([import('../exchange/backup'), import('../exchange/checked-export')]);
  const fileName = backupFileName(exportedAt);
  // Read back through the restore's reader first: a backup that cannot be restored is no backup.
  const checked = checkedBackupExport(exportBackup(assessments, exportedAt));
  if (!checked.ok) {
    notices.error(`Could not export ${fileName}. ${checked.message}`);
    return false;
  }
  save(fileName, checked.text);
  await persist('the time of this backup', () => recordBackup(exportedAt));
  notices.info(`Exported ${plural(assessments.length, 'assessment')} to ${fileName}. Keep it somewhere safe.`);
  return true;
}
