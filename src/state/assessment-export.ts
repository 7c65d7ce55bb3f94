// "Export JSON" of the open assessment: its v1 file (SPEC §5), named after it. It is not a backup for
// the reminder (backup.svelte.ts): one assessment's file leaves every other assessment without a copy.
// The file is read back through the importer before it is handed out (exchange/checked-export.ts),
// loaded on demand so the first screen does not carry the importer.
import type { Assessment } from '../domain/types';
import { exportAssessment, exportFileName } from '../exchange/export';
import type { SaveFile } from './backup-export';
import { notices } from './notices.svelte';

/** Saves the file; false (the user told why) when the importer would refuse it. */
export async function exportAssessmentFile(a: Assessment, save: SaveFile, now: Date = new Date()): Promise<boolean> {
  const fileName = exportFileName(a);
  const { checkedAssessmentExport } = await import('../exchange/checked-export');
  const checked = checkedAssessmentExport(exportAssessment(a, now.toISOString()));
  if (!checked.ok) {
    notices.error(`Could not export ${fileName}. ${checked.message}`);
    return false;
  }
  save(fileName, checked.text);
  notices.info(`Exported ${fileName}.`);
  return true;
}
