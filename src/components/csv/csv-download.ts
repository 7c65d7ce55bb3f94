// Saving a CSV export (exchange/csv/exports.ts) through the browser's download, with a confirmation.
import { downloadText } from '../download';
import { CSV_MIME } from '../../exchange/csv/write';
import { notices } from '../../state/notices.svelte';

/** `what` says what is in the file ("84 rows"), for the confirmation. */
export function downloadCsv(fileName: string, text: string, what?: string): void {
  downloadText(fileName, text, CSV_MIME);
  notices.info(`Exported ${fileName}${what ? ` (${what})` : ''}.`);
}
