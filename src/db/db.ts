// The single Dexie instance of the app. Everything that touches IndexedDB goes through the repositories
// that import this module.
import Dexie, { type Table } from 'dexie';
import {
  DB_NAME,
  SCHEMA_VERSIONS,
  type AssessmentRecord,
  type MeasurementBlock,
  type PilotRecord,
  type ScoreRecord,
  type SettingRecord,
} from './schema';

class WorkbenchDb extends Dexie {
  assessments!: Table<AssessmentRecord, string>;
  scores!: Table<ScoreRecord, [string, string, string, string]>;
  pilots!: Table<PilotRecord, [string, string]>;
  measurements!: Table<MeasurementBlock, [string, string, string]>;
  settings!: Table<SettingRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}

export const db = new WorkbenchDb();

type Listener = (reason: 'versionchange' | 'blocked') => void;
const listeners = new Set<Listener>();

/**
 * Another tab opened a newer schema. Dexie would close this connection and silently reopen it on the
 * next query, running stale code against a new layout, so we close it for good and tell
 * the user to reload instead.
 */
db.on('versionchange', () => {
  db.close({ disableAutoOpen: true });
  for (const listener of listeners) listener('versionchange');
  return false;
});
db.on('blocked', () => {
  for (const listener of listeners) listener('blocked');
});

export function onDatabaseOutdated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
