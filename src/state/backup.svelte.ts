// Backups on the home screen. Everything lives in this browser only, and browsers may clear site data,
// so the app keeps the time of the last full backup ("Export everything"; one assessment's "Export
// JSON" is none), reminds the user gently when data changed since, and writes every assessment into
// one file on request. The home screen loads this once something is stored (home-backup.svelte.ts);
// the backup format loads when a backup is made.
import { backupFacts, dismissBackupReminder } from '../db/backup-facts-repo';
import { backupReminder, daysSince, type ReminderReason } from '../exchange/backup-reminder';
import { LiveValue } from './live-value.svelte';
import { persist } from './notices.svelte';
import type { SaveFile } from './backup-export';

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
      // The backup's own code loads with the first backup, not with the reminder (SPEC §10).
      const { exportEverything } = await import('./backup-export');
      return await exportEverything(save, now);
    } finally {
      this.#exporting = false;
    }
  }
}
