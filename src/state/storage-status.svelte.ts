// Whether the browser keeps our data when it runs short of space, and how much we use. Browsers may
// evict a site's IndexedDB unless it is granted persistent storage, so we ask once real data exists.
import { getSetting, setSetting } from '../db/settings-repo';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';

type PersistOutcome = 'granted' | 'denied' | 'unsupported' | 'not-asked';

class StorageStatus {
  #outcome = $state<PersistOutcome>('not-asked');
  #usageBytes = $state<number | null>(null);
  #quotaBytes = $state<number | null>(null);

  get outcome(): PersistOutcome {
    return this.#outcome;
  }
  get usageBytes(): number | null {
    return this.#usageBytes;
  }
  get quotaBytes(): number | null {
    return this.#quotaBytes;
  }
  /** The IndexedDB schema version this app opens (shown on the About screen). */
  get schemaVersion(): number {
    return CURRENT_SCHEMA_VERSION;
  }

  async refresh(): Promise<void> {
    if (!navigator.storage?.persisted) {
      this.#outcome = 'unsupported';
      return;
    }
    const persisted = await navigator.storage.persisted();
    // Unreadable when the data are newer than this page (the reload banner says so): shown as not asked.
    const asked = await getSetting<boolean>('persistAsked', false).catch(() => false);
    this.#outcome = persisted ? 'granted' : asked ? 'denied' : 'not-asked';
    const estimate = await navigator.storage.estimate?.();
    this.#usageBytes = estimate?.usage ?? null;
    this.#quotaBytes = estimate?.quota ?? null;
  }
}

export const storageStatus = new StorageStatus();

let asking: Promise<void> | undefined;

/** Asks for persistent storage once per browser profile (not on every edit). */
export function requestPersistentStorage(): Promise<void> {
  asking ??= (async () => {
    if (!navigator.storage?.persist) return;
    if (await getSetting<boolean>('persistAsked', false)) return;
    await navigator.storage.persist();
    await setSetting('persistAsked', true);
    await storageStatus.refresh();
  })().catch(() => undefined);
  return asking;
}
