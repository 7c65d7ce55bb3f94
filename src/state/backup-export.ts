// "Export everything" (SPEC §5 backups): every stored assessment in one file, read back through the
// restore's reader before it is handed over, and the time of the backup recorded. Loaded on first use.
import { recordBackup } from '../db/backup-facts-repo';
import { plural } from '../domain/format';
import { notices, persist } from './notices.svelte';

/** Hands a generated file to the user (the browser download lives with the components); JSON unless `type` says otherwise. */
export type SaveFile = (fileName: string, text: string, type?: string) => void;

/** Saves every stored assessment in one backup file; false when nothing was stored or reading failed (the user is told why). */
export async function exportEverything(save: SaveFile, now: Date): Promise<boolean> {
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
  const [{ backupFileName, exportBackup }, { checkedBackupExport }] = await Promise.all([import('../exchange/backup-file'), import('../exchange/checked-export')]);
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
