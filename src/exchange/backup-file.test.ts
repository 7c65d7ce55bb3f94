import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../tests/fixtures/paths';
import type { Assessment } from '../domain/types';
import {
  BACKUP_FORMAT,
  backupFileName,
  checkBackupSize,
  exportBackup,
  MAX_BACKUP_BYTES,
  readBackupDocument,
  readBackupText,
  restorePlan,
  restoreSummary,
  toBackupEnvelope,
} from './backup-file';
import { exportAssessment } from './export';
import { importAssessmentText } from './import';
import { minimalDoc, smallDoc, type Json } from './test-documents';

const NOW = '2026-12-01T00:00:00.000Z';
const EXPORTED = '2026-11-30T10:00:00.000Z';

function example(): Assessment {
  const result = importAssessmentText(JSON.stringify(smallDoc()), { now: NOW });
  if (!result.ok) throw new Error('the worked example does not import');
  return result.assessment;
}

function minimal(): Assessment {
  const result = importAssessmentText(JSON.stringify(minimalDoc()), { now: NOW });
  if (!result.ok) throw new Error('the minimal document does not import');
  return result.assessment;
}

/** A backup document of the worked example and the minimal assessment, as a mutable object. */
function backupDoc(): Json {
  return JSON.parse(exportBackup([example(), minimal()], EXPORTED));
}

function messages(raw: unknown): string[] {
  const result = readBackupDocument(raw, { now: NOW });
  return result.ok ? [] : result.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
}

describe('exportBackup', () => {
  it('writes the envelope with each assessment exactly as the single-file export does', () => {
    const a = example();
    const b = minimal();
    const doc = JSON.parse(exportBackup([a, b], EXPORTED));
    expect(Object.keys(doc)).toEqual(['format', 'version', 'exportedAt', 'assessments']);
    expect(doc).toMatchObject({ format: BACKUP_FORMAT, version: 2, exportedAt: EXPORTED });
    // The minimal one has createdAt = the exportedAt of its file (2026-11-22), the example 2026-11-01: oldest first.
    expect(doc.assessments.map((x: Json) => x.id)).toEqual(['demo-small', 'a1']);
    expect(doc.assessments[0]).toEqual(JSON.parse(exportAssessment(a, EXPORTED)).assessment);
    expect(doc.assessments[1]).toEqual(JSON.parse(exportAssessment(b, EXPORTED)).assessment);
  });

  it('lists assessments in the same order whatever order they come in', () => {
    const [a, b] = [example(), minimal()];
    expect(toBackupEnvelope([b, a], EXPORTED)).toEqual(toBackupEnvelope([a, b], EXPORTED));
  });

  it('names the file by the day of export', () => {
    expect(backupFileName('2026-11-22T09:00:00.000Z')).toBe('bpo-workbench-backup-2026-11-22.json');
  });
});

describe('readBackupText', () => {
  it('reads back what was exported: export → read → export gives the same text', () => {
    const text = exportBackup([example(), minimal()], EXPORTED);
    const result = readBackupText(text, { now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.exportedAt).toBe(EXPORTED);
    expect(result.assessments.map((a) => a.name)).toEqual(['Tier-1 support outsourcing (worked example)', 'Minimal']);
    expect(exportBackup(result.assessments, EXPORTED)).toBe(text);
  });

  it('names the place of an error inside the backup, for every broken assessment', () => {
    const doc = backupDoc();
    doc.assessments[0].scores[12].value = 7;
    doc.assessments[1].scale.max = 'five';
    expect(messages(doc)).toEqual([
      'assessments[0].scores[12].value: 7 is outside the scale 0–5',
      'assessments[1].scale.max: must be a number',
    ]);
  });

  it('reports an item that is not an assessment at all by its index', () => {
    const doc = backupDoc();
    doc.assessments.push('hello');
    expect(messages(doc)).toEqual(['assessments[2]: must be an object']);
  });

  it('refuses two assessments with the same id', () => {
    const doc = backupDoc();
    doc.assessments.push(structuredClone(doc.assessments[0]));
    expect(messages(doc)).toEqual(['assessments[2].id: "demo-small" is used twice in this backup (also by assessments[0])']);
  });

  it('refuses a backup from a newer version of the app, before looking at its content', () => {
    const doc = backupDoc();
    doc.version = 3;
    doc.assessments = 'whatever a future version writes';
    expect(messages(doc)).toEqual([
      'This backup was made by a newer version of the app (backup version 3); this app reads version 2. Update the app to restore it.',
    ]);
  });

  it('keeps every contract through a backup and a restore (SPEC §11)', () => {
    const withContracts = importAssessmentText(readFixture('examples/contract-assessment.json'), { now: NOW });
    if (!withContracts.ok) throw new Error('the contract example does not import');
    const text = exportBackup([withContracts.assessment, minimal()], EXPORTED);
    expect(JSON.parse(text).assessments[0].contracts).toHaveLength(1);
    const result = readBackupText(text, { now: NOW });
    expect(result.ok && result.assessments.map((a) => a.contracts)).toEqual([withContracts.assessment.contracts, []]);
  });

  it('restores a version-1 backup, whose assessments had no contracts yet', () => {
    const v1 = JSON.parse(readFileSync(new URL('./fixtures/assessment-v1.json', import.meta.url), 'utf8'));
    const result = readBackupDocument({ format: BACKUP_FORMAT, version: 1, exportedAt: EXPORTED, assessments: [v1.assessment] }, { now: NOW });
    expect(result.ok && result.assessments.map((a) => [a.id, a.contracts])).toEqual([['demo-small', []]]);
  });

  it('recognises what the file is and says so', () => {
    expect(messages(smallDoc())).toEqual(['This is a single assessment file, not a backup: open it with “Import JSON file” instead.']);
    expect(messages({ type: 'excalidraw' })[0]).toBe('This is not a BPO workbench backup file (no "format": "bpo-workbench/backup")');
    expect(messages([1, 2])[0]).toMatch(/^This is not a BPO workbench backup file/);
    expect(messages({ format: 'other/thing' })[0]).toBe(
      'This is not a BPO workbench backup file: its "format" is "other/thing", not "bpo-workbench/backup"',
    );
    expect(messages({ format: BACKUP_FORMAT })).toEqual(['version: is required (the backup version, e.g. 1)']);
    expect(messages({ format: BACKUP_FORMAT, version: '1' })).toEqual(['version: must be a whole number from 1 (got "1")']);
    expect(messages({ format: BACKUP_FORMAT, version: 1 })).toEqual(['assessments: is required (the list of assessments in the backup)']);
    expect(messages({ format: BACKUP_FORMAT, version: 1, assessments: {} })).toEqual(['assessments: must be a list of assessments (got an object)']);
    expect(messages({ format: BACKUP_FORMAT, version: 1, assessments: [] })).toEqual([
      'assessments: is empty: this backup holds no assessment to restore',
    ]);
    expect(messages({ format: BACKUP_FORMAT, version: 1, exportedAt: 'yesterday', assessments: [] })).toEqual([
      'exportedAt: must be a date and time such as "2026-11-22T09:00:00Z" (got "yesterday")',
    ]);
  });

  it('turns broken JSON into a message instead of throwing', () => {
    const text = exportBackup([minimal()], EXPORTED);
    const result = readBackupText(text.slice(0, text.length / 2));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0].message).toMatch(/truncated/);
  });

  it('never lets __proto__ keys reach an object', () => {
    const text = exportBackup([minimal()], EXPORTED).replace('"format"', '"__proto__": { "polluted": 1 }, "format"');
    const result = readBackupText(text.replace('"name": "Minimal"', '"name": "Minimal", "__proto__": { "polluted": 2 }'));
    expect(result.ok).toBe(true);
    expect(({} as Json).polluted).toBeUndefined();
    expect(result.ok && Object.getPrototypeOf(result.assessments[0])).toBe(Object.prototype);
  });

  it('refuses a file above the size limit up front', () => {
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeNull();
    expect(checkBackupSize(MAX_BACKUP_BYTES + 1)?.message).toBe(
      'The file is too large (200 MB); the largest backup this app opens is 200 MB.',
    );
  });
});

describe('restorePlan', () => {
  const stored = [
    { id: 'demo-small', name: 'Tier-1 (renamed here)', updatedAt: '2026-11-25T12:00:00.000Z' },
    { id: 'other', name: 'Not in the backup', updatedAt: '2026-11-01T00:00:00.000Z' },
  ];

  it('adds new ids and replaces stored ones, with both names and dates', () => {
    const a = example(); // updatedAt 2026-11-20T17:30 in the file
    const b = minimal();
    const plan = restorePlan([a, b], stored);
    expect(plan.add.map((x) => x.id)).toEqual(['a1']);
    expect(plan.replace).toEqual([
      {
        id: 'demo-small',
        storedName: 'Tier-1 (renamed here)',
        fileName: 'Tier-1 support outsourcing (worked example)',
        storedUpdatedAt: '2026-11-25T12:00:00.000Z',
        fileUpdatedAt: '2026-11-20T17:30:00.000Z',
        newer: 'stored',
      },
    ]);
    expect(restoreSummary(plan)).toBe('Restoring adds 1 assessment and replaces 1 assessment.');
  });

  it('says which copy changed last', () => {
    const a = example();
    const newer = (updatedAt: string) => restorePlan([a], [{ ...stored[0], updatedAt }]).replace[0].newer;
    expect(newer('2026-11-01T00:00:00.000Z')).toBe('file');
    expect(newer('2026-11-20T18:30:00.000+01:00')).toBe('same');
    expect(newer('2026-11-21T00:00:00.000Z')).toBe('stored');
  });

  it('counts additions only when nothing is stored', () => {
    expect(restoreSummary(restorePlan([example(), minimal()], []))).toBe('Restoring adds 2 assessments.');
  });
});
