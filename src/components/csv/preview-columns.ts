// How a kind of CSV import shows its rows in the preview (the first rows to import), and the words it
// counts them with.

export interface PreviewColumn<Row> {
  label: string;
  /** Right-aligned, tabular figures. */
  num?: boolean;
  /** 'wrap' for long free text (notes), 'nowrap' for dates and codes. */
  layout?: 'wrap' | 'nowrap';
  text(row: Row): string;
  /** Shown as a badge (text, never colour alone) instead of plain text. */
  badge?(row: Row): { tone: 'ok' | 'neutral' | 'warn' | 'danger'; text: string } | null;
}

export interface Noun {
  one: string;
  many: string;
}
