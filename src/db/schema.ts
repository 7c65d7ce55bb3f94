// The IndexedDB layout, in one place. Storage names (database, tables, key paths) are persisted in
// users' browsers: do not rename or remove any of them without a new version and a migration below.
import type { Contract } from '../domain/contract/contract-types';
import type { Assessment, KpiRows, Pilot } from '../domain/types';
export type { ScoreBlock } from './format/score-blocks';

export const DB_NAME = 'bpo-workbench';

/** An assessment without its bulky children: those live in their own tables so that one edit writes one small record. */
export type AssessmentRecord = Omit<Assessment, 'scores' | 'pilots' | 'contracts'> & {
  /** Absent on records written before contracts existed (schema version 5). */
  contracts?: ContractRecord[];
  /** Changes with every write (revision.ts); absent on records written before it existed. Never exported. */
  revision?: string;
};

/**
 * A contract's terms, service levels and reviews ride in its assessment's record (they are small and
 * edited with it); its results, which run to tens of thousands of rows (daily results of 30 service
 * levels over 3 years), are ContractBlocks.
 */
export type ContractRecord = Omit<Contract, 'measurements'>;

/**
 * A contract's results in the pilots' block layout (MeasurementBlock below): one service level's rows as
 * columns, `kpiId` holding the service level's id, cut into blocks of at most BLOCK_ROWS rows.
 */
export interface ContractBlock extends KpiRows {
  assessmentId: string;
  contractId: string;
  part: number;
}

export interface PilotRecord extends Omit<Pilot, 'measurements'> {
  assessmentId: string;
  /** Position of the pilot in the assessment, so exports keep the user's order. */
  order: number;
}

/**
 * Measurements are stored in blocks per (pilot, KPI), a KPI's rows cut into blocks of at most
 * format/measurement-blocks.ts BLOCK_ROWS rows, numbered by `part` in row order: an IndexedDB write
 * costs ~0.1 ms per record, so 100,000 rows as 100,000 records would take ~10 s, as a handful of blocks a few ms.
 * A block holds its rows as columns, not as row objects: IndexedDB copies every record on the main
 * thread with the structured clone algorithm, which visits each object and property (25,000 row
 * objects took 50–65 ms per block), while a typed array is copied as one buffer; and it copies a
 * record whole, as it is put and as it is read (~25–30 ms per MB), so a block of a million-row
 * import's KPI was a long task of its own until blocks were bounded (schema version 4; an import must
 * not block the page: no task over 100 ms, SPEC §10). Strings are kept once each in a small dictionary
 * per block, so a date or note reads back exactly as it was written. The columns are the domain's
 * KpiRows (domain/pilot-rows.ts): a pilot's rows are its blocks, joined per KPI when read.
 */
export interface MeasurementBlock extends KpiRows {
  assessmentId: string;
  pilotId: string;
  /** The block's place among its KPI's blocks: 0, 1, … in the order of the rows. */
  part: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * Each entry is one schema version; append, never edit a released one. `upgrade` names the migration
 * (migrations.ts) that moves the data of the version before into this one; a browser several versions
 * behind runs every step in the one upgrade transaction, so it is upgraded whole or not at all.
 */
export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string | null>; upgrade?: 'scoresToBlocks' | 'measurementsToBlocks' }[] = [
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
  {
    // Scores move to one block per (assessment, vendor): format/score-blocks.ts.
    version: 2,
    stores: { scoreBlocks: '[assessmentId+vendorId], assessmentId' },
    upgrade: 'scoresToBlocks',
  },
  {
    // Dexie can only read a table in an upgrade if a later version deletes it.
    version: 3,
    stores: { scores: null },
  },
  {
    // A KPI's measurements move from one block to blocks of bounded size (MeasurementBlock): a new
    // table, as IndexedDB cannot change a table's key; the old one is read in the upgrade, then deleted.
    version: 4,
    stores: { measurements: null, measurementBlocks: '[assessmentId+pilotId+kpiId+part], [assessmentId+pilotId], assessmentId' },
    upgrade: 'measurementsToBlocks',
  },
  {
    // Contracts (SPEC §11): their results in blocks; nothing to move, as no earlier version had any.
    version: 5,
    stores: { contractBlocks: '[assessmentId+contractId+kpiId+part], [assessmentId+contractId], assessmentId' },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/** The tables of the current version: each version lists only what it adds, changes or (null) deletes. */
export const CURRENT_STORES: Record<string, string> = Object.fromEntries(
  Object.entries(Object.assign({}, ...SCHEMA_VERSIONS.map((v) => v.stores)) as Record<string, string | null>).filter(
    (entry): entry is [string, string] => entry[1] !== null,
  ),
);
