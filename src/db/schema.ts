// The IndexedDB layout, in one place. Storage names (database, tables, key paths) are persisted in
// users' browsers: do not rename or remove any of them without a new version and a migration below.
import type { Assessment, Measurement, Pilot, Score } from '../domain/types';

export const DB_NAME = 'bpo-workbench';

/** An assessment without its bulky children: those live in their own tables so that one edit writes one small record. */
export type AssessmentRecord = Omit<Assessment, 'scores' | 'pilots'>;

export interface ScoreRecord extends Score {
  assessmentId: string;
}

export interface PilotRecord extends Omit<Pilot, 'measurements'> {
  assessmentId: string;
  /** Position of the pilot in the assessment, so exports keep the user's order. */
  order: number;
}

/**
 * Measurements are stored in one block per (pilot, KPI): an IndexedDB write costs ~0.1 ms per record
 * (STACK.md), so 100,000 rows as 100,000 records would take ~10 s, as a handful of blocks a few ms.
 */
export interface MeasurementBlock {
  assessmentId: string;
  pilotId: string;
  kpiId: string;
  rows: Omit<Measurement, 'kpiId'>[];
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Each entry is one schema version; append, never edit a released one. */
export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      assessments: 'id, updatedAt',
      scores: '[assessmentId+vendorId+criterionId+evaluatorId], assessmentId',
      pilots: '[assessmentId+id], assessmentId',
      measurements: '[assessmentId+pilotId+kpiId], [assessmentId+pilotId], assessmentId',
      settings: 'key',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
