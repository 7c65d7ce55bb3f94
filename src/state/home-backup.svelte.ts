// The home screen's backup facts (backup.svelte.ts: last full backup, the reminder, "Export everything"),
// loaded with their storage code only once something is stored: with nothing stored there is nothing to
// back up or remind of, so a first visit's screen does without that code.
import type { BackupState } from './backup.svelte';

export class HomeBackup {
  #backup = $state.raw<BackupState | null>(null);

  /** The backup facts once loaded; null before. */
  get current(): BackupState | null {
    return this.#backup;
  }

  /** Loads the backup code and watches the facts; returns the stop function (for an $effect). */
  start(): () => void {
    let stop: (() => void) | undefined;
    let alive = true;
    void import('./backup.svelte').then(({ BackupState }) => {
      if (!alive) return;
      this.#backup ??= new BackupState();
      stop = this.#backup.start();
    });
    return () => {
      alive = false;
      stop?.();
    };
  }
}
