// Header mapping for every CSV import (SPEC §6: "a column-mapping step when headers differ from the
// expected names"). Each kind of file (measurements, vendors, scoring sheet) describes its target
// columns in a ColumnSpec; the functions below guess, check and explain a mapping for any spec.
// Partners' and colleagues' files come from many tools and languages, so common synonyms (English,
// German, French, Spanish, Dutch) are mapped automatically; the user confirms or corrects the guess
// whenever it was not exact.

export interface ColumnSpec<C extends string = string> {
  /** Target columns, in the order the mapping step lists them. */
  columns: readonly C[];
  /** Each entry is needed; an array is a group of which one is enough (a vendor by id or by name). */
  required: readonly (C | readonly C[])[];
  labels: Record<C, string>;
  /** One line under each target in the mapping step. */
  hints: Record<C, string>;
  /** Normalised header spellings per target (see normaliseHeader); the target's own name is implied. */
  synonyms: Record<C, readonly string[]>;
}

/** Target column → index of the file's column that feeds it (null: not in the file). */
export type Mapping<C extends string = string> = Record<C, number | null>;

/**
 * Lower case, accents and umlauts folded ("Stichprobengröße" → "stichprobengrosse"), a trailing unit
 * in brackets dropped ("Value (%)" → "value", "score (0–5)" → "score"), and runs of spaces, "_", "-"
 * and "." made one space. CamelCase is split first, so our own "vendorId" header reads "vendor id".
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s*[([][^)\]]*[)\]]\s*$/, '')
    .replace(/[\s_.\-/]+/g, ' ')
    .trim();
}

function emptyMappingOf<C extends string>(spec: ColumnSpec<C>): Mapping<C> {
  return Object.fromEntries(spec.columns.map((c) => [c, null])) as Mapping<C>;
}

/** Best guess: exact names first, then synonyms; each file column feeds at most one target. */
export function autoMap<C extends string>(spec: ColumnSpec<C>, headers: readonly string[]): Mapping<C> {
  const mapping = emptyMappingOf(spec);
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const claim = (target: C, accept: (h: string) => boolean) => {
    if (mapping[target] !== null) return;
    const index = normalised.findIndex((h, i) => !used.has(i) && accept(h));
    if (index >= 0) {
      mapping[target] = index;
      used.add(index);
    }
  };
  for (const target of spec.columns) claim(target, (h) => h === normaliseHeader(target));
  for (const target of spec.columns) claim(target, (h) => spec.synonyms[target].includes(h));
  return mapping;
}

/** True when every mapped column carries exactly the expected name: no need to ask the user. */
export function isExact<C extends string>(spec: ColumnSpec<C>, headers: readonly string[], mapping: Mapping<C>): boolean {
  if (missingOf(spec, mapping).length > 0) return false;
  // A header used twice ("value,value") is never exact: the person chooses which column counts (a hostile file).
  const normalised = headers.map(normaliseHeader);
  return spec.columns.every(
    (t) => mapping[t] === null || (normalised[mapping[t]!] === normaliseHeader(t) && normalised.indexOf(normaliseHeader(t)) === normalised.lastIndexOf(normaliseHeader(t))),
  );
}

/** Required targets (or groups of targets) the mapping leaves empty. */
export function missingOf<C extends string>(spec: ColumnSpec<C>, mapping: Mapping<C>): (C | readonly C[])[] {
  return spec.required.filter((r) => (typeof r === 'string' ? mapping[r as C] === null : (r as readonly C[]).every((t) => mapping[t] === null)));
}

/** How a target is required, for its label in the mapping step: alone, as one of a group, or not. */
export function requirementOf<C extends string>(spec: ColumnSpec<C>, target: C): 'required' | readonly C[] | null {
  for (const r of spec.required) {
    if (r === target) return 'required';
    if (typeof r !== 'string' && (r as readonly C[]).includes(target)) return r as readonly C[];
  }
  return null;
}

/** A file column chosen for two targets (the mapping UI allows it for a moment; import does not). */
function duplicatesOf<C extends string>(spec: ColumnSpec<C>, mapping: Mapping<C>): C[] {
  const seen = new Map<number, C>();
  const dup: C[] = [];
  for (const t of spec.columns) {
    const i = mapping[t];
    if (i === null) continue;
    if (seen.has(i)) dup.push(t);
    else seen.set(i, t);
  }
  return dup;
}

/** Why this mapping cannot be used yet, in words; null when it can. */
export function problemOf<C extends string>(spec: ColumnSpec<C>, headers: readonly string[], mapping: Mapping<C>): string | null {
  const missing = missingOf(spec, mapping);
  if (missing.length > 0) {
    const names = missing.map((r) => (typeof r === 'string' ? spec.labels[r as C] : (r as readonly C[]).map((t) => spec.labels[t]).join(' or ')));
    return `Choose the file's column for ${names.join(', ')}.`;
  }
  const dup = duplicatesOf(spec, mapping);
  if (dup.length > 0) return `The column "${headers[mapping[dup[0]]!]}" is chosen twice; each column can feed one field.`;
  return null;
}

// ——— Measurements (SPEC §6: `date`, `kpi`, `value`, `n`, `note`, optional `vendor`) ———

export const MEASUREMENT_COLUMNS = ['date', 'kpi', 'value', 'n', 'note', 'vendor'] as const;
export type MeasurementColumn = (typeof MEASUREMENT_COLUMNS)[number];
export type ColumnMapping = Mapping<MeasurementColumn>;

/** Without these a row means nothing; `n`, `note` and `vendor` are optional. */
const REQUIRED_COLUMNS: readonly MeasurementColumn[] = ['date', 'kpi', 'value'];

const COLUMN_LABELS: Record<MeasurementColumn, string> = {
  date: 'Date',
  kpi: 'KPI',
  value: 'Value',
  n: 'Sample size (n)',
  note: 'Note',
  vendor: 'Vendor',
};

export const MEASUREMENT_SPEC: ColumnSpec<MeasurementColumn> = {
  columns: MEASUREMENT_COLUMNS,
  required: REQUIRED_COLUMNS,
  labels: COLUMN_LABELS,
  hints: {
    date: 'YYYY-MM-DD (or DD.MM.YYYY)',
    kpi: 'a KPI id or its exact name',
    value: 'a number',
    n: 'optional: how many were sampled',
    note: 'optional',
    vendor: 'optional: rows of other vendors are skipped',
  },
  synonyms: {
    date: ['date', 'day', 'datum', 'tag', 'stichtag', 'fecha', 'jour', 'dag', 'data', 'period', 'report date', 'measurement date'],
    kpi: ['kpi', 'kpi id', 'kpi name', 'kpi id or name', 'metric', 'measure', 'indicator', 'kennzahl', 'kennzahlen', 'metrik', 'indikator', 'indicateur', 'indicador', 'kpi code'],
    value: ['value', 'wert', 'messwert', 'ergebnis', 'result', 'score', 'valeur', 'valor', 'waarde', 'amount', 'actual'],
    n: ['n', 'sample', 'sample size', 'samples', 'count', 'responses', 'volume', 'anzahl', 'stichprobe', 'stichprobengrosse', 'fallzahl', 'taille', 'muestra', 'aantal'],
    note: ['note', 'notes', 'comment', 'comments', 'remark', 'remarks', 'notiz', 'notizen', 'bemerkung', 'bemerkungen', 'kommentar', 'anmerkung', 'hinweis', 'commentaire', 'nota', 'notas', 'opmerking'],
    vendor: ['vendor', 'vendor id', 'vendor name', 'partner', 'bpo', 'supplier', 'provider', 'outsourcer', 'anbieter', 'lieferant', 'dienstleister', 'fournisseur', 'proveedor', 'leverancier'],
  },
};
