// App-wide messages: short confirmations, errors that say what and where, and the "reload" banner.
import { writeFailureReason } from './storage-errors';

interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

class Notices {
  #items = $state<Notice[]>([]);
  #outdated = $state<string | null>(null);
  #pendingWrites = $state(0);
  #unsaved = $state<string | null>(null);
  #next = 1;

  /**
   * What the last failed write was and why ("the score. Your browser's storage … is full: …"), until a
   * later write succeeds or the user dismisses it: the header then says "Not saved: …".
   */
  get unsaved(): string | null {
    return this.#unsaved;
  }
  writeFailed(reason: string): void {
    this.#unsaved = reason;
  }
  writeSucceeded(): void {
    this.#unsaved = null;
  }
  dismissUnsaved(): void {
    this.#unsaved = null;
  }

  /** Writes started but not yet committed: the screen shows "Saving…" and leaving the page warns. */
  get pendingWrites(): number {
    return this.#pendingWrites;
  }
  writeStarted(): void {
    this.#pendingWrites++;
  }
  writeEnded(): void {
    this.#pendingWrites = Math.max(0, this.#pendingWrites - 1);
  }

  get items(): Notice[] {
    return this.#items;
  }
  /** Set when this tab must reload before it writes again (the data are newer than its code), with why. */
  get outdated(): string | null {
    return this.#outdated;
  }

  info(text: string): void {
    this.#push('info', text, 5000);
  }
  error(text: string): void {
    this.#push('error', text, 12000);
  }
  dismiss(id: number): void {
    this.#items = this.#items.filter((n) => n.id !== id);
  }
  markOutdated(message: string): void {
    this.#outdated = message;
  }

  #push(kind: Notice['kind'], text: string, ms: number) {
    const id = this.#next++;
    this.#items = [...this.#items, { id, kind, text }];
    setTimeout(() => this.dismiss(id), ms);
  }

  reset(): void {
    this.#items = [];
    this.#outdated = null;
    this.#unsaved = null;
  }
}

export const notices = new Notices();

/**
 * Runs a database write and turns a failure into a message that says why and what to do, so an edit
 * is never lost silently; the header says "Not saved" until a later write succeeds.
 */
export async function persist(what: string, write: () => Promise<unknown>): Promise<boolean> {
  notices.writeStarted();
  try {
    await write();
    notices.writeSucceeded();
    return true;
  } catch (error) {
    reportWriteFailure(what, error);
    return false;
  } finally {
    notices.writeEnded();
  }
}

/** Warns before the page is closed or reloaded while an edit is still being written (it would be lost). */
export function warnOnUnsavedLeave(): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (notices.pendingWrites > 0) event.preventDefault();
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}

export function reportWriteFailure(what: string, error: unknown): void {
  const reason = writeFailureReason(error);
  notices.writeFailed(`${what}. ${reason}`);
  notices.error(`Could not save ${what}. ${reason}`);
}
