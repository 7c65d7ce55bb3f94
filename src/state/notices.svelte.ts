// App-wide messages: short confirmations, errors that say what and where, and the "reload" banner.
interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

class Notices {
  #items = $state<Notice[]>([]);
  #outdated = $state(false);
  #pendingWrites = $state(0);
  #next = 1;

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
  /** True when another tab upgraded the database: this tab must reload before it writes again. */
  get outdated(): boolean {
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
  markOutdated(): void {
    this.#outdated = true;
  }

  #push(kind: Notice['kind'], text: string, ms: number) {
    const id = this.#next++;
    this.#items = [...this.#items, { id, kind, text }];
    setTimeout(() => this.dismiss(id), ms);
  }

  reset(): void {
    this.#items = [];
    this.#outdated = false;
  }
}

export const notices = new Notices();

/** Runs a database write and turns a failure into a message, so an edit is never lost silently. */
export async function persist(what: string, write: () => Promise<unknown>): Promise<boolean> {
  notices.writeStarted();
  try {
    await write();
    return true;
  } catch (error) {
    notices.error(`Could not save ${what}: ${error instanceof Error ? error.message : String(error)}`);
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
