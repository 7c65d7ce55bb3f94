// The home screen's backup facts load with their code when started, and not at all when never started.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { insertAssessment } from '../db/assessments-repo';
import { makeAssessment } from '../domain/test-factories';
import { HomeBackup } from './home-backup.svelte';

beforeEach(async () => {
  await Promise.all([db.assessments.clear(), db.scoreBlocks.clear(), db.pilots.clear(), db.measurementBlocks.clear(), db.settings.clear()]);
});

describe('HomeBackup', () => {
  it('has no facts until started, then the reminder follows what is stored', async () => {
    await insertAssessment(makeAssessment({ id: 'old', createdAt: '2020-01-01T00:00:00.000Z' }));
    const backup = new HomeBackup();
    expect(backup.current).toBeNull();
    const stop = backup.start();
    await vi.waitFor(() => expect(backup.current?.reminder).toBe('never'));
    expect(backup.current?.lastBackupAt).toBeNull();
    stop();
  });

  it('stopped before its code has loaded, it stays empty', async () => {
    const backup = new HomeBackup();
    backup.start()();
    // Once the module is in, the start's own wait for it has ended too.
    await import('./backup.svelte');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(backup.current).toBeNull();
  });
});
