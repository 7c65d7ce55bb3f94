// Saving a CSV export through the browser's download, with a confirmation (state/csv-downloads.ts).
// Kept for the Results screen's exports until they save through state/csv-downloads.ts as well.
import { downloadText } from '../download';
import { saveCsv } from '../../state/csv-downloads';

/** `what` says what is in the file ("84 rows"), for the confirmation. */
export function downloadCsv(fileName: string, text: string, what?: string): void {
  saveCsv(downloadText, fileName, text, what);
}
