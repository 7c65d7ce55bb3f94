// "Export JSON" of the open assessment: its v1 file (SPEC §5), named after it. The backup reminder
// counts it as a backup, since the file restores the assessment whole.
import type { Assessment } from '../domain/types';
import { exportAssessment, exportFileName } from '../exchange/export';
import { recordExport, type SaveFile } from './backup.svelte';
import { notices } from './notices.svelte';

export function exportAssessmentFile(a: Assessment, save: SaveFile, now: Date = new Date()): void {
  const exportedAt = now.toISOString();
  const fileName = exportFileName(a);
  save(fileName, exportAssessment(a, exportedAt));
  notices.info(`Exported ${fileName}.`);
  void recordExport(exportedAt);
}
