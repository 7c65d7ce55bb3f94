// Background work that should not compete with what the person is doing (the service worker's first
// install downloads and stores every built file): it waits until the page has had a few seconds without
// input and without a write in flight. Started while a file was being imported, that install took the
// network, the disk and the second core from the import: a 10 MB assessment reached Results in 1.65 s
// instead of 1.05 s (SPEC §10).
import { notices } from './notices.svelte';

/** How long the page must be left alone: longer than an import or a screen takes to open. */
const QUIET_MS = 3000;
/** What counts as the person doing something. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'change', 'input', 'wheel'] as const;

/** Calls `then` once the page has had QUIET_MS without input and with no write in flight. */
export function whenQuiet(then: () => void, quietMs = QUIET_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(check, quietMs);
  };
  const check = () => {
    if (notices.pendingWrites > 0) return restart();
    for (const type of INPUT_EVENTS) removeEventListener(type, restart, true);
    then();
  };
  for (const type of INPUT_EVENTS) addEventListener(type, restart, { capture: true, passive: true });
  restart();
}
