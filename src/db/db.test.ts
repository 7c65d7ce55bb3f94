import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { db, onDatabaseOutdated, WorkbenchDb } from './db';
import { CURRENT_SCHEMA_VERSION, CURRENT_STORES, DB_NAME, SCHEMA_VERSIONS } from './schema';

describe('database schema', () => {
  it('lists schema versions in increasing order, ending at the current one', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(versions[versions.length - 1]);
  });

  it('opens with every table of the current version', async () => {
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(CURRENT_STORES).sort());
  });

  it('closes for good and tells the app when another tab opens a newer schema', async () => {
    await db.open();
    const heard: string[] = [];
    const stop = onDatabaseOutdated((reason) => heard.push(reason));
    const newer = new Dexie(DB_NAME);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...CURRENT_STORES, extra: 'id' });
    await newer.open();
    expect(heard).toEqual(['versionchange']);
    expect(db.isOpen()).toBe(false);
    // No silent reopen with stale code: queries now fail instead of running against the new layout.
    await expect(db.assessments.count()).rejects.toThrow();
    stop();
    newer.close();
    await Dexie.delete(DB_NAME);
  });

  it('refuses to open data written by a newer version of the app, and tells the app', async () => {
    const name = 'newer-data-test';
    const newer = new Dexie(name);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...CURRENT_STORES, extra: 'id' });
    await newer.open();
    newer.close();
    const heard: string[] = [];
    const stop = onDatabaseOutdated((reason) => heard.push(reason));
    const old = new WorkbenchDb(name);
    await expect(old.open()).rejects.toThrow('This page is older than the data in this browser: reload to get the new version.');
    await expect(old.assessments.put({ id: 'x' } as never)).rejects.toThrow();
    expect(heard).toEqual(['older']);
    stop();
    await Dexie.delete(name);
  });
});
