// The single Dexie instance of the app. Everything that touches IndexedDB goes through the repositories
// that import this module.
import Dexie, { type Table } from 'dexie';
import {
  CURRENT_SCHEMA_VERSION,
  DB_NAME,
  SCHEMA_VERSIONS,
  type AssessmentRecord,
  type ContractBlock,
  type MeasurementBlock,
  type PilotRecord,
  type ScoreBlock,
  type SettingRecord,
} from './schema';

/** Opening was refused: the stored data were written by a newer version of the app. */
class OlderPageError extends Error {
  override name = 'OlderPageError';
}

export class WorkbenchDb extends Dexie {
  assessments!: Table<AssessmentRecord, string>;
  scoreBlocks!: Table<ScoreBlock, [string, string]>;
  pilots!: Table<PilotRecord, [string, string]>;
  measurementBlocks!: Table<MeasurementBlock, [string, string, string, number]>;
  contractBlocks!: Table<ContractBlock, [string, string, string, number]>;
  settings!: Table<SettingRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      // The migrations' code is loaded only by a browser holding an older layout, not on every start
      // (it would weigh on the first screen, SPEC §10); Dexie.waitFor keeps the upgrade transaction
      // open while it loads.
      if (upgrade) declared.upgrade((tx) => Dexie.waitFor(import('./migrations')).then(({ migrations }) => migrations[upgrade](tx)));
    }
    // Dexie 4 opens a database of a higher version than this code declares and lets it write: an old
    // page (a tab left open, a cached copy) would then write records in a layout it does not know.
    // IndexedDB versions are Dexie's times 10.
    this.on('ready', (opened) => {
      if ((opened as Dexie).backendDB().version / 10 <= CURRENT_SCHEMA_VERSION) return;
      opened.close({ disableAutoOpen: true });
      for (const listener of listeners) listener('older');
      throw new OlderPageError('This page is older than the data in this browser: reload to get the new version.');
    });
  }
}

type Listener = (reason: 'versionchange' | 'blocked' | 'older') => void;
const listeners = new Set<Listener>();

export const db = new WorkbenchDb();

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
