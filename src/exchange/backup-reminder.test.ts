import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../domain/dates';
import { backupReminder, daysSince, type ReminderFacts } from './backup-reminder';

describe('backupReminder', () => {
  const day = (d: number, h = 12) => new Date(Date.UTC(2026, 11, d, h)).toISOString();
  const facts = (partial: Partial<ReminderFacts>): ReminderFacts => ({
    now: new Date(day(20)),
    lastBackupAt: null,
    dismissedAt: null,
    assessments: [{ createdAt: day(1), updatedAt: day(19) }],
    ...partial,
  });

  it('stays quiet without data', () => {
    expect(backupReminder(facts({ assessments: [] }))).toBeNull();
  });

  it('when never exported: only once the oldest assessment is more than 7 days old', () => {
    expect(backupReminder(facts({}))).toBe('never');
    expect(backupReminder(facts({ assessments: [{ createdAt: day(13, 13), updatedAt: day(19) }] }))).toBeNull();
    expect(backupReminder(facts({ assessments: [{ createdAt: day(13, 11), updatedAt: day(19) }] }))).toBe('never');
    // One old assessment among new ones is enough.
    expect(backupReminder(facts({ assessments: [{ createdAt: day(18), updatedAt: day(18) }, { createdAt: day(2), updatedAt: day(2) }] }))).toBe('never');
  });

  it('after an export: only when it is more than 7 days old and something changed since', () => {
    expect(backupReminder(facts({ lastBackupAt: day(12) }))).toBe('stale');
    expect(backupReminder(facts({ lastBackupAt: day(14) }))).toBeNull(); // 6 days ago
    expect(backupReminder(facts({ lastBackupAt: day(13, 12) }))).toBeNull(); // exactly 7 days
    expect(backupReminder(facts({ lastBackupAt: day(13, 11) }))).toBe('stale');
    // Old export, but nothing changed after it: the backup still holds everything.
    expect(backupReminder(facts({ lastBackupAt: day(12), assessments: [{ createdAt: day(1), updatedAt: day(11) }] }))).toBeNull();
  });

  it('a dismissal quiets it for 7 days', () => {
    expect(backupReminder(facts({ lastBackupAt: day(1), dismissedAt: day(15) }))).toBeNull();
    expect(backupReminder(facts({ lastBackupAt: day(1), dismissedAt: day(12) }))).toBe('stale');
    expect(backupReminder(facts({ dismissedAt: day(19) }))).toBeNull();
  });

  it('counts whole days since an instant', () => {
    expect(daysSince(day(12), new Date(day(20)))).toBe(8);
    expect(daysSince(day(20, 11), new Date(day(20)))).toBe(0);
    // Its own day length (kept off the first screen) is the dates module's.
    expect(daysSince(day(1), new Date(Date.parse(day(1)) + 7 * DAY_MS))).toBe(7);
    expect(daysSince(day(1), new Date(Date.parse(day(1)) + 7 * DAY_MS - 1))).toBe(6);
  });
});
