// Backup and restore of every assessment in one file. The envelope mirrors the single assessment file
// (a typed envelope with the version): `{ format: 'bpo-workbench/backup', version: 2, exportedAt, assessments }`,
// where each item is exactly the `assessment` field of an assessment file of the current version (backup
// version 1 held version-1 assessments; version 2 holds version-2 ones, with their contracts, SPEC §11). Reading goes through the
// same stages and the same validator as an import (SPEC §5), assessment by assessment, so an error
// names its place in the backup's own terms: `assessments[2].scores[12].value: 7 is outside the scale 0–5`.
// Pure: no storage, no DOM. The restore plan is decided here and tested with injected dates (the
// reminder rule is backup-reminder.ts).
import { plural } from '../domain/format';
import type { Assessment } from '../domain/types';
import { toEnvelope } from './export';
import { FORMAT, type ImportError } from './envelope';
import { importAssessmentDocument, parseJsonText } from './import';
import { describe, isDateTime, isJsonObject, ownField } from './reader';

export const BACKUP_FORMAT = 'bpo-workbench/backup';
/** The backup version this app writes, and the newest it can read. */
export const BACKUP_VERSION = 2;
/** Which assessment format version each backup version holds (its items go through that version's migrations). */
const ASSESSMENT_VERSION_OF: Readonly<Record<number, number>> = { 1: 1, 2: 2 };
/**
 * Largest backup the app opens (200 MB): a backup holds many assessments, so it may be larger than
 * one assessment file (50 MB), but JSON.parse of more would stall the page for seconds.
 */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

const NOT_A_BACKUP = `This is not a BPO workbench backup file (no "format": ${JSON.stringify(BACKUP_FORMAT)})`;

/** Oldest first (then by id), so two backups of the same data list it in the same order. */
function backupOrder(assessments: readonly Assessment[]): Assessment[] {
  return [...assessments].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The backup as a plain object; each item is built by the single-file exporter, so it is canonical too. */
export function toBackupEnvelope(assessments: readonly Assessment[], exportedAt: string) {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    assessments: backupOrder(assessments).map((a) => toEnvelope(a, exportedAt).assessment),
  };
}

export function exportBackup(assessments: readonly Assessment[], exportedAt: string): string {
  return JSON.stringify(toBackupEnvelope(assessments, exportedAt), null, 2);
}

/** "bpo-workbench-backup-2026-11-22.json". */
export function backupFileName(exportedAt: string): string {
  return `bpo-workbench-backup-${exportedAt.slice(0, 10)}.json`;
}

export type BackupReadResult =
  | { ok: true; exportedAt: string | null; assessments: Assessment[] }
  | { ok: false; errors: ImportError[] };

function fail(path: string, message: string): BackupReadResult {
  return { ok: false, errors: [{ path, message }] };
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

/** Checked before the file is read at all. */
export function checkBackupSize(bytes: number): ImportError | null {
  if (bytes <= MAX_BACKUP_BYTES) return null;
  return {
    path: '',
    message: `The file is too large (${megabytes(bytes)} MB); the largest backup this app opens is ${megabytes(MAX_BACKUP_BYTES)} MB.`,
  };
}

/** `assessment.scores[3]` of the single-file validator → `assessments[2].scores[3]` of the backup. */
function inBackup(error: ImportError, index: number): ImportError {
  const at = `assessments[${index}]`;
  const { path } = error;
  if (path === '' || path === 'assessment') return { path: at, message: error.message };
  if (path.startsWith('assessment.') || path.startsWith('assessment[')) return { path: at + path.slice('assessment'.length), message: error.message };
  return { path: `${at}.${path}`, message: error.message };
}

/** Stage 1–2: our backup envelope, and a version this app reads. */
function recognise(raw: unknown): { version: number; items: unknown[]; exportedAt: string | null } | BackupReadResult {
  if (!isJsonObject(raw)) return fail('', NOT_A_BACKUP);
  const format = ownField(raw, 'format');
  if (format === FORMAT) {
    return fail('', 'This is a single assessment file, not a backup: open it with “Import JSON file” instead.');
  }
  if (format === undefined) return fail('', NOT_A_BACKUP);
  if (format !== BACKUP_FORMAT) {
    return fail('', `This is not a BPO workbench backup file: its "format" is ${describe(format)}, not ${JSON.stringify(BACKUP_FORMAT)}`);
  }
  const version = ownField(raw, 'version');
  if (version === undefined) return fail('version', 'is required (the backup version, e.g. 1)');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('version', `must be a whole number from 1 (got ${describe(version)})`);
  }
  if (version > BACKUP_VERSION) {
    return fail(
      '',
      `This backup was made by a newer version of the app (backup version ${version}); this app reads version ${BACKUP_VERSION}. Update the app to restore it.`,
    );
  }
  if (ASSESSMENT_VERSION_OF[version] === undefined) {
    return fail('', `This backup uses backup version ${version}, which this app can no longer read.`);
  }
  const exportedAt = ownField(raw, 'exportedAt');
  if (exportedAt !== undefined && (typeof exportedAt !== 'string' || !isDateTime(exportedAt))) {
    return fail('exportedAt', `must be a date and time such as "2026-11-22T09:00:00Z" (got ${describe(exportedAt)})`);
  }
  const items = ownField(raw, 'assessments');
  if (items === undefined) return fail('assessments', 'is required (the list of assessments in the backup)');
  if (!Array.isArray(items)) return fail('assessments', `must be a list of assessments (got ${describe(items)})`);
  if (items.length === 0) return fail('assessments', 'is empty: this backup holds no assessment to restore');
  return { version, items, exportedAt: (exportedAt as string | undefined) ?? null };
}

export interface BackupReadOptions {
  /** Time given to createdAt/updatedAt missing from an item when the backup has no exportedAt either. */
  now?: string;
}

/**
 * From an already parsed value: recognise, refuse newer, then each item through the assessment import
 * pipeline (migrate → validate → defaults). Every error of every item is reported; nothing is returned
 * unless all items are valid and their ids are unique.
 */
export function readBackupDocument(raw: unknown, options: BackupReadOptions = {}): BackupReadResult {
  const recognised = recognise(raw);
  if ('ok' in recognised) return recognised;
  const { version, items, exportedAt } = recognised;
  const errors: ImportError[] = [];
  const assessments: Assessment[] = [];
  const firstIndexOf = new Map<string, number>();
  items.forEach((item, i) => {
    // A synthetic single-file envelope around the item: the same migrations and validator as an import.
    const doc = { format: FORMAT, version: ASSESSMENT_VERSION_OF[version], ...(exportedAt ? { exportedAt } : {}), assessment: item };
    const result = importAssessmentDocument(doc, options);
    if (!result.ok) {
      errors.push(...result.errors.map((e) => inBackup(e, i)));
      return;
    }
    const { id } = result.assessment;
    const first = firstIndexOf.get(id);
    if (first !== undefined) errors.push({ path: `assessments[${i}].id`, message: `"${id}" is used twice in this backup (also by assessments[${first}])` });
    else firstIndexOf.set(id, i);
    assessments.push(result.assessment);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, exportedAt, assessments };
}

/** The whole read of a backup file's text; never throws. */
export function readBackupText(text: string, options: BackupReadOptions = {}): BackupReadResult {
  const tooLarge = checkBackupSize(text.length);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  return readBackupDocument(parsed.value, options);
}

// ---------------------------------------------------------------------------------------------------
// What a restore would do, shown before anything is written.

export interface StoredSummary {
  id: string;
  name: string;
  updatedAt: string;
}

export interface RestoreReplacement {
  id: string;
  storedName: string;
  fileName: string;
  storedUpdatedAt: string;
  fileUpdatedAt: string;
  /** Which copy changed last: 'stored' means edits made after the backup would be lost. */
  newer: 'file' | 'stored' | 'same';
}

export interface RestorePlan {
  add: Assessment[];
  replace: RestoreReplacement[];
}

/** Items whose id is not stored are added; the others replace the stored assessment of that id. */
export function restorePlan(incoming: readonly Assessment[], stored: readonly StoredSummary[]): RestorePlan {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const plan: RestorePlan = { add: [], replace: [] };
  for (const a of incoming) {
    const existing = byId.get(a.id);
    if (!existing) {
      plan.add.push(a);
      continue;
    }
    const file = Date.parse(a.updatedAt);
    const kept = Date.parse(existing.updatedAt);
    plan.replace.push({
      id: a.id,
      storedName: existing.name,
      fileName: a.name,
      storedUpdatedAt: existing.updatedAt,
      fileUpdatedAt: a.updatedAt,
      newer: file > kept ? 'file' : file < kept ? 'stored' : 'same',
    });
  }
  return plan;
}

/** "Restoring adds 2 assessments and replaces 1." */
export function restoreSummary(plan: RestorePlan): string {
  const parts: string[] = [];
  if (plan.add.length > 0) parts.push(`adds ${plural(plan.add.length, 'assessment')}`);
  if (plan.replace.length > 0) parts.push(`replaces ${plural(plan.replace.length, 'assessment')}`);
  return `Restoring ${parts.join(' and ')}.`;
}
