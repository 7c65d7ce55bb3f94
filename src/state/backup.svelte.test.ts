// Backups on fake-indexeddb: "Export everything" saves one file and remembers when, nothing stored is
// said plainly, and the reminder follows the stored facts.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { insertAssessment } from '../db/assessments-repo';
import { backupFacts } from '../db/backup-facts-repo';
import { makeAssessment } from '../domain/test-factories';
import { exportAssessmentFile } from './assessment-export';
import { BackupState } from './backup.svelte';
import { notices } from './notices.svelte';

const now = new Date('2026-11-22T10:00:00.000Z');

beforeEach(async () => {
  await Promise.all([db.assessments.clear(), db.scoreBlocks.clear(), db.pilots.clear(), db.measurementBlocks.clear(), db.settings.clear()]);
  notices.reset();
});

describe('BackupState', () => {
  it('says when there is nothing to back up, and saves no file', async () => {
    const save = vi.fn();
    expect(await new BackupState(now).exportEverything(save, now)).toBe(false);
    expect(save).not.toHaveBeenCalled();
    expect(notices.items.map((n) => n.text)).toEqual(['There is nothing to back up yet.']);
  });

  it('saves every assessment in one file and remembers the time for the reminder', async () => {
    await insertAssessment(makeAssessment({ id: 'a1', createdAt: '2026-10-01T00:00:00.000Z' }));
    await insertAssessment(makeAssessment({ id: 'a2', createdAt: '2026-10-02T00:00:00.000Z' }));
    const backup = new BackupState(now);
    const stop = backup.start();
    await vi.waitFor(() => expect(backup.reminder).toBe('never'));

    const save = vi.fn();
    expect(await backup.exportEverything(save, now)).toBe(true);
    expect(save).toHaveBeenCalledWith('bpo-workbench-backup-2026-11-22.json', expect.stringContaining('"bpo-workbench/backup"'));
    expect(JSON.parse(save.mock.calls[0][1] as string).assessments).toHaveLength(2);
    expect(notices.items.map((n) => n.text)).toEqual(['Exported 2 assessments to bpo-workbench-backup-2026-11-22.json. Keep it somewhere safe.']);
    await vi.waitFor(() => expect(backup.lastBackupAt).toBe('2026-11-22T10:00:00.000Z'));
    expect(backup.reminder).toBeNull();
    expect(backup.exporting).toBe(false);
    stop();
  });

  it('does not count one assessment\'s "Export JSON" as a backup: the reminder stays', async () => {
    const a1 = makeAssessment({ id: 'a1', createdAt: '2026-10-01T00:00:00.000Z' });
    await insertAssessment(a1);
    await insertAssessment(makeAssessment({ id: 'a2', createdAt: '2026-10-02T00:00:00.000Z' }));
    const backup = new BackupState(now);
    const stop = backup.start();
    await vi.waitFor(() => expect(backup.reminder).toBe('never'));

    const save = vi.fn();
    await exportAssessmentFile(a1, save, now);
    expect(save).toHaveBeenCalledOnce();
    // Any write the export started has landed once none is pending.
    await vi.waitFor(() => expect(notices.pendingWrites).toBe(0));
    expect(await backupFacts()).toMatchObject({ lastBackupAt: null });
    expect(backup.lastBackupAt).toBeNull();
    expect(backup.reminder).toBe('never');
    stop();
  });

  it('quiets the reminder when dismissed', async () => {
    await insertAssessment(makeAssessment({ id: 'a1', createdAt: '2026-10-01T00:00:00.000Z' }));
    const backup = new BackupState(now);
    const stop = backup.start();
    await vi.waitFor(() => expect(backup.reminder).toBe('never'));
    expect(await backup.dismissReminder(now)).toBe(true);
    await vi.waitFor(() => expect(backup.reminder).toBeNull());
    stop();
  });
});
