// What the backup reminder needs (last full backup, last dismissal, when assessments changed), apart
// from backup-repo.ts: a returning visit's home screen reads these facts without loading the code that
// reads and writes whole assessments.
import { db } from './db';
import { getSetting, setSetting } from './settings-repo';

/** Settings keys; persisted in users' browsers, do not rename. */
const LAST_BACKUP_KEY = 'lastBackupAt';
const REMINDER_DISMISSED_KEY = 'backupReminderDismissedAt';

interface BackupFacts {
  lastBackupAt: string | null;
  dismissedAt: string | null;
  assessments: { createdAt: string; updatedAt: string }[];
}

/** What the backup reminder rule needs; read inside a live query, so it follows every change. */
export async function backupFacts(): Promise<BackupFacts> {
  const [lastBackupAt, dismissedAt, records] = await Promise.all([
    getSetting<string | null>(LAST_BACKUP_KEY, null),
    getSetting<string | null>(REMINDER_DISMISSED_KEY, null),
    db.assessments.toArray(),
  ]);
  return { lastBackupAt, dismissedAt, assessments: records.map((a) => ({ createdAt: a.createdAt, updatedAt: a.updatedAt })) };
}

export async function recordBackup(at: string): Promise<void> {
  await setSetting(LAST_BACKUP_KEY, at);
}

export async function dismissBackupReminder(at: string): Promise<void> {
  await setSetting(REMINDER_DISMISSED_KEY, at);
}
