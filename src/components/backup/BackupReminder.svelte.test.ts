// @vitest-environment jsdom
// The backup reminder and the backup section say what they track: full backups ("Export everything"),
// which one assessment's "Export JSON" is not (Dexie on fake-indexeddb).
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import BackupReminder from './BackupReminder.svelte';
import BackupSection from './BackupSection.svelte';
import { makeAssessment } from '../../domain/test-factories';
import { exportAssessmentFile } from '../../state/assessment-export';
import { DAY_MS } from '../../domain/dates';
import { BackupState } from '../../state/backup.svelte';
import { notices } from '../../state/notices.svelte';
import { cleanUpSessionViewsAfterEach, openSession } from '../../state/session-view-test-support';

cleanUpSessionViewsAfterEach();

describe('BackupReminder and BackupSection', () => {
  it('speak of full backups, and stay after one assessment is exported', async () => {
    const a = makeAssessment({ id: 'old', createdAt: new Date(Date.now() - 30 * DAY_MS).toISOString() });
    await openSession(a);
    const backup = new BackupState();
    const stop = backup.start();
    render(BackupReminder, { backup });
    render(BackupSection, { hasData: true, backup });
    const reminder = await screen.findByRole('complementary', { name: 'Time for a backup' });
    expect(reminder.textContent).toContain('You have no full backup of your assessments yet.');
    expect(reminder.textContent).toContain('keep a copy of all of it with “Export everything” (exporting one assessment does not count).');
    const section = screen.getByRole('region', { name: 'Backup and restore' });
    expect(section.textContent).toContain('No full backup yet.');

    await exportAssessmentFile(a, vi.fn());
    await vi.waitFor(() => expect(notices.pendingWrites).toBe(0));
    expect(screen.getByRole('complementary', { name: 'Time for a backup' })).toBe(reminder);
    expect(section.textContent).toContain('No full backup yet.');

    expect(await new BackupState().exportEverything(vi.fn())).toBe(true);
    await vi.waitFor(() => expect(section.textContent).toContain('Last full backup: '));
    await vi.waitFor(() => expect(screen.queryByRole('complementary', { name: 'Time for a backup' })).toBeNull());
    stop();
  });
});
