// "Export JSON" of the open assessment: its v1 file (SPEC §5), named after it. It is not a backup for
// the reminder (backup.svelte.ts): one assessment's file leaves every other assessment without a copy.
import type { Assessment } from '../domain/types';
import { exportAssessment, exportFileName } from '../exchange/export';
import type { SaveFile } from './backup.svelte';
import { notices } from './notices.svelte';

export function exportAssessmentFile(a: Assessment, save: SaveFile, now: Date = new Date()): void {
  const exportedAt = now.toISOString();
  const fileName = exportFileName(a);
  save(fileName, exportAssessment(a, exportedAt));
  notices.info(`Exported ${fileName}.`);
}
