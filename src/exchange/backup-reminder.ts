// The gentle backup reminder (browsers may evict site data): whether to suggest "Export everything"
// now, and why. Apart from the backup format (backup-file.ts) because the home screen decides it on every
// visit, and the format (with the importer and exporter it builds on) loads only when a backup is made
// or restored. Pure: tested with injected dates.

const BACKUP_REMINDER_DAYS = 7;
/**
 * domain/dates.ts DAY_MS, written here on purpose: the reminder is part of every returning visit's
 * first screen, and importing the dates module would fetch its chunk too (0.7 kB gzip over SPEC §10's
 * 60 kB first screen, tests/e2e/first-screen.spec.ts); backup-reminder.test.ts checks the two agree.
 */
const DAY_MS = 86_400_000;

export interface ReminderFacts {
  now: Date;
  /** When "Export everything" last ran (a full backup; one assessment's "Export JSON" is none); null when never. */
  lastBackupAt: string | null;
  /** When the reminder was last dismissed; a dismissal quiets it for BACKUP_REMINDER_DAYS. */
  dismissedAt: string | null;
  assessments: readonly { createdAt: string; updatedAt: string }[];
}

export type ReminderReason = 'never' | 'stale';

/**
 * Whether to suggest a backup, and why: 'never' when there was never a full backup and the oldest
 * assessment is more than 7 days old; 'stale' when the last full backup is more than 7 days old and
 * some assessment changed after it. null otherwise (no data, recently backed up or dismissed, nothing new).
 */
export function backupReminder(f: ReminderFacts): ReminderReason | null {
  if (f.assessments.length === 0) return null;
  const now = f.now.getTime();
  const olderThanLimit = (iso: string) => now - Date.parse(iso) > BACKUP_REMINDER_DAYS * DAY_MS;
  if (f.dismissedAt !== null && !olderThanLimit(f.dismissedAt)) return null;
  if (f.lastBackupAt === null) {
    const oldest = f.assessments.reduce((min, a) => Math.min(min, Date.parse(a.createdAt) || Infinity), Infinity);
    return Number.isFinite(oldest) && now - oldest > BACKUP_REMINDER_DAYS * DAY_MS ? 'never' : null;
  }
  const last = Date.parse(f.lastBackupAt);
  if (!Number.isFinite(last)) return 'never';
  if (!olderThanLimit(f.lastBackupAt)) return null;
  return f.assessments.some((a) => Date.parse(a.updatedAt) > last) ? 'stale' : null;
}

/** Whole days since an instant, for "your last backup was 12 days ago". */
export function daysSince(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS));
}
