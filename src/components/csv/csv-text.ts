// Words for the CSV import screens.
import { formatCount, formatFixed } from '../../domain/format';
import type { CsvDialect } from '../../state/csv-import-flow.svelte';

/** "Semicolon-separated with decimal commas, Windows line endings, UTF-8 with BOM". */
export function dialectText(d: CsvDialect): string {
  const parts = [d.delimiter === ';' ? 'Semicolon-separated with decimal commas' : 'Comma-separated'];
  const endings = { crlf: 'Windows line endings', lf: 'Unix line endings', cr: 'old Mac line endings', mixed: 'mixed line endings', none: '' }[d.lineEndings];
  if (endings) parts.push(endings);
  parts.push(d.bom ? 'UTF-8 with BOM' : 'UTF-8');
  return parts.join(', ');
}

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? `${formatFixed(mb, 0)} MB` : mb >= 0.1 ? `${formatFixed(mb, 1)} MB` : `${formatCount(Math.max(1, Math.round(bytes / 1024)))} kB`;
}
