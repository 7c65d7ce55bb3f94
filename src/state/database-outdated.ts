// The data in this browser are newer than this page's code: another tab opened a newer schema (db/db.ts
// then closes this tab's connection for good), or this page is an old copy opening newer data (db.ts
// refuses to open). The app shows the "reload" banner (notices.outdated) instead of writing with stale code.
import { onDatabaseOutdated } from '../db/db';
import { notices } from './notices.svelte';
import { PAGE_OUTDATED } from './storage-errors';

const UPDATED_ELSEWHERE = 'This app was updated in another tab. Reload this page before you continue, so nothing is saved by an older version.';

/** Call once at startup; returns the stop function (for an $effect). */
export function watchDatabaseOutdated(): () => void {
  return onDatabaseOutdated((reason) => {
    if (reason === 'older') notices.markOutdated(PAGE_OUTDATED);
    else if (reason === 'versionchange') notices.markOutdated(UPDATED_ELSEWHERE);
  });
}
