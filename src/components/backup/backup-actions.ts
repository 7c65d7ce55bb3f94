// "Export everything" (issue 4 item 6): every stored assessment in one backup file, then the export
// time is remembered for the backup reminder. The exchange code loads on demand, as the importer does,
// so the home screen's first bundle stays small.
import { loadAllAssessments, recordBackup } from '../../db/backup-repo';
import { downloadText } from '../download';
import { notices, persist } from '../../state/notices.svelte';

/** Downloads the backup; false when nothing was stored or reading failed (the user is told why). */
export async function exportEverything(now: Date = new Date()): Promise<boolean> {
  const exportedAt = now.toISOString();
  let assessments;
  try {
    assessments = await loadAllAssessments();
  } catch (error) {
    notices.error(`Could not read the assessments for the backup: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  if (assessments.length === 0) {
    notices.info('There is nothing to back up yet.');
    return false;
  }
  const { backupFileName, exportBackup } = await import('../../exchange/backup');
  const fileName = backupFileName(exportedAt);
  downloadText(fileName, exportBackup(assessments, exportedAt));
  await persist('the time of this backup', () => recordBackup(exportedAt));
  notices.info(`Exported ${assessments.length} ${assessments.length === 1 ? 'assessment' : 'assessments'} to ${fileName}. Keep it somewhere safe.`);
  return true;
}
