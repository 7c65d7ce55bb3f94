// What a failed write tells the user: what was not saved, why in words, and what to do. Browsers and
// Dexie report storage failures by error name, sometimes wrapped (a transaction aborted because the
// quota ran out is an AbortError whose inner error is the QuotaExceededError), so the whole chain is read.

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, message, inner, cause } = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    if (typeof message === 'string' && /QuotaExceeded/i.test(message)) names.push('QuotaExceededError');
    e = inner ?? cause;
  }
  return names;
}

export const STORAGE_FULL =
  "Your browser's storage for this site is full: export a backup (Storage & about), then delete old assessments you no longer need, and try again.";
export const CONNECTION_LOST =
  'This tab lost its connection to the stored data (the app was updated, or its data cleared, in another tab): reload the page to go on.';
export const PAGE_OUTDATED = 'This page is older than the data in this browser: reload to get the new version.';

/** Why a write failed, in words, with what to do. */
export function writeFailureReason(error: unknown): string {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return STORAGE_FULL;
  if (names.includes('VersionError') || names.includes('OlderPageError')) return PAGE_OUTDATED;
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) return CONNECTION_LOST;
  return error instanceof Error ? error.message : String(error);
}
