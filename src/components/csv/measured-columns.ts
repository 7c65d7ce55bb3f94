// The preview's columns for measured rows (a pilot's measurements, a contract's results: SPEC §6 and
// §11 share the columns): the date, what was measured, the value, n and the note, and a badge saying
// where the date falls (the pilot's window, the contract's term).
import { formatCount, formatDay, formatNumber } from '../../domain/format';
import type { PreviewColumn } from './preview-columns';

interface MeasuredRow {
  date: string;
  value: number;
  n?: number;
  note?: string;
}

export function measuredColumns<Row extends MeasuredRow>(
  measured: Pick<PreviewColumn<Row>, 'label' | 'text'>,
  place: { label: string; badge: NonNullable<PreviewColumn<Row>['badge']> },
): PreviewColumn<Row>[] {
  return [
    { label: 'Date', layout: 'nowrap', text: (r) => formatDay(r.date) },
    measured,
    { label: 'Value', num: true, text: (r) => formatNumber(r.value, 4) },
    { label: 'n', num: true, text: (r) => (r.n === undefined ? '—' : formatCount(r.n)) },
    { label: 'Note', layout: 'wrap', text: (r) => r.note ?? '' },
    { label: place.label, text: () => '', badge: place.badge },
  ];
}
