// Header mapping for the measurements CSV (SPEC §6: `date`, `kpi`, `value`, `n`, `note`, optional
// `vendor`; "a column-mapping step when headers differ from the expected names"). Partners' reports
// come from many tools and languages, so common synonyms (English, German, French, Spanish, Dutch)
// are mapped automatically; the user confirms or corrects the guess whenever it was not exact.

export const MEASUREMENT_COLUMNS = ['date', 'kpi', 'value', 'n', 'note', 'vendor'] as const;
export type MeasurementColumn = (typeof MEASUREMENT_COLUMNS)[number];

/** Without these a row means nothing; `n`, `note` and `vendor` are optional. */
export const REQUIRED_COLUMNS: readonly MeasurementColumn[] = ['date', 'kpi', 'value'];

/** Target column → index of the file's column that feeds it (null: not in the file). */
export type ColumnMapping = Record<MeasurementColumn, number | null>;

export const COLUMN_LABELS: Record<MeasurementColumn, string> = {
  date: 'Date',
  kpi: 'KPI',
  value: 'Value',
  n: 'Sample size (n)',
  note: 'Note',
  vendor: 'Vendor',
};

/** Normalised header spellings per target (see normaliseHeader). The target's own name comes first. */
const SYNONYMS: Record<MeasurementColumn, readonly string[]> = {
  date: ['date', 'day', 'datum', 'tag', 'stichtag', 'fecha', 'jour', 'dag', 'data', 'period', 'report date', 'measurement date'],
  kpi: ['kpi', 'kpi id', 'kpi name', 'kpi id or name', 'metric', 'measure', 'indicator', 'kennzahl', 'kennzahlen', 'metrik', 'indikator', 'indicateur', 'indicador', 'kpi code'],
  value: ['value', 'wert', 'messwert', 'ergebnis', 'result', 'score', 'valeur', 'valor', 'waarde', 'amount', 'actual'],
  n: ['n', 'sample', 'sample size', 'samples', 'count', 'responses', 'volume', 'anzahl', 'stichprobe', 'stichprobengrosse', 'fallzahl', 'taille', 'muestra', 'aantal'],
  note: ['note', 'notes', 'comment', 'comments', 'remark', 'remarks', 'notiz', 'notizen', 'bemerkung', 'bemerkungen', 'kommentar', 'anmerkung', 'hinweis', 'commentaire', 'nota', 'notas', 'opmerking'],
  vendor: ['vendor', 'vendor id', 'vendor name', 'partner', 'bpo', 'supplier', 'provider', 'outsourcer', 'anbieter', 'lieferant', 'dienstleister', 'fournisseur', 'proveedor', 'leverancier'],
};

/**
 * Lower case, accents and umlauts folded ("Stichprobengröße" → "stichprobengrosse"), a trailing unit
 * in brackets dropped ("Value (%)" → "value"), and runs of spaces, "_", "-" and "." made one space.
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s*[([][^)\]]*[)\]]\s*$/, '')
    .replace(/[\s_.\-/]+/g, ' ')
    .trim();
}

export function emptyMapping(): ColumnMapping {
  return { date: null, kpi: null, value: null, n: null, note: null, vendor: null };
}

/** Best guess: exact names first, then synonyms; each file column feeds at most one target. */
export function autoMapColumns(headers: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const claim = (target: MeasurementColumn, accept: (h: string) => boolean) => {
    if (mapping[target] !== null) return;
    const index = normalised.findIndex((h, i) => !used.has(i) && accept(h));
    if (index >= 0) {
      mapping[target] = index;
      used.add(index);
    }
  };
  for (const target of MEASUREMENT_COLUMNS) claim(target, (h) => h === target);
  for (const target of MEASUREMENT_COLUMNS) claim(target, (h) => SYNONYMS[target].includes(h));
  return mapping;
}

/** True when every mapped column carries exactly the expected name: no need to ask the user. */
export function isExactMapping(headers: readonly string[], mapping: ColumnMapping): boolean {
  if (missingColumns(mapping).length > 0) return false;
  return MEASUREMENT_COLUMNS.every((t) => mapping[t] === null || normaliseHeader(headers[mapping[t]!]) === t);
}

/** Required targets the mapping leaves empty. */
export function missingColumns(mapping: ColumnMapping): MeasurementColumn[] {
  return REQUIRED_COLUMNS.filter((t) => mapping[t] === null);
}

/** A file column chosen for two targets (the mapping UI allows it for a moment; import does not). */
export function duplicateColumns(mapping: ColumnMapping): MeasurementColumn[] {
  const seen = new Map<number, MeasurementColumn>();
  const dup: MeasurementColumn[] = [];
  for (const t of MEASUREMENT_COLUMNS) {
    const i = mapping[t];
    if (i === null) continue;
    if (seen.has(i)) dup.push(t);
    else seen.set(i, t);
  }
  return dup;
}

/** Why this mapping cannot be used yet, in words; null when it can. */
export function mappingProblem(headers: readonly string[], mapping: ColumnMapping): string | null {
  const missing = missingColumns(mapping);
  if (missing.length > 0) return `Choose the file's column for ${missing.map((t) => COLUMN_LABELS[t]).join(', ')}.`;
  const dup = duplicateColumns(mapping);
  if (dup.length > 0) return `The column "${headers[mapping[dup[0]]!]}" is chosen twice; each column can feed one field.`;
  return null;
}
