import { describe, expect, it } from 'vitest';
import { CONNECTION_LOST, PAGE_OUTDATED, STORAGE_FULL, writeFailureReason } from './storage-errors';

const named = (name: string, message = name, extra: object = {}) => Object.assign(new Error(message), { name, ...extra });

describe('writeFailureReason', () => {
  it('says in words what a full storage, a lost connection or an older page means, and what to do', () => {
    expect(writeFailureReason(named('QuotaExceededError'))).toBe(STORAGE_FULL);
    // A transaction aborted because the quota ran out: Dexie's AbortError with the cause inside.
    expect(writeFailureReason(named('AbortError', 'Transaction aborted', { inner: named('QuotaExceededError') }))).toBe(STORAGE_FULL);
    expect(writeFailureReason(named('DatabaseClosedError'))).toBe(CONNECTION_LOST);
    expect(writeFailureReason(named('OpenFailedError', 'x', { inner: named('OlderPageError') }))).toBe(PAGE_OUTDATED);
    expect(STORAGE_FULL).toMatch(/storage for this site is full: export a backup/);
  });

  it('passes any other message through as it is', () => {
    expect(writeFailureReason(new Error('The vendor "x" was removed in another tab.'))).toBe('The vendor "x" was removed in another tab.');
    expect(writeFailureReason('plain')).toBe('plain');
  });
});
