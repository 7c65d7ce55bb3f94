// Another tab opened a newer database schema: db/db.ts closes this tab's connection for good, and the
// app shows the "reload" banner (notices.outdated) instead of writing with stale code.
import { onDatabaseOutdated } from '../db/db';
import { notices } from './notices.svelte';

/** Call once at startup; returns the stop function (for an $effect). */
export function watchDatabaseOutdated(): () => void {
  return onDatabaseOutdated(() => notices.markOutdated());
}
