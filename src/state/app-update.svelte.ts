// Offline use and quiet updates. The service worker Workbox generates (vite.config.ts) precaches every
// built file, so after one visit the app opens with no network. A new deployment installs beside the
// running one and waits: the app shows "A new version is ready — Reload" and never reloads by itself;
// Reload hands over to the new version only once no write of this tab is in flight (notices.pendingWrites),
// then reloads. Registration is this module's own code (the app's script), never an inline script.
import { notices } from './notices.svelte';
import { whenQuiet } from './when-quiet';

/** Where offline use stands: 'unsupported' (no service workers here, or refused), 'installing' (first visit), 'ready'. */
type OfflineStatus = 'unsupported' | 'installing' | 'ready';

/** What this module needs of the browser; a fake in tests. */
export interface UpdateHost {
  serviceWorker: ServiceWorkerContainer | undefined;
  /** Reloads the page (location.reload in the browser). */
  reload(): void;
  /** Writes of this tab not yet committed. */
  pendingWrites(): number;
  /** Waits a little before looking again whether a write is still in flight. */
  later(then: () => void): void;
  /** Calls `then` once the person has left the page alone for a moment (when-quiet.ts). */
  whenQuiet(then: () => void): void;
}

const browserHost: UpdateHost = {
  serviceWorker: typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
  reload: () => location.reload(),
  pendingWrites: () => notices.pendingWrites,
  later: (then) => setTimeout(then, 100),
  whenQuiet,
};

/** An hour: a tab left open all day still learns of a new deployment. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export class AppUpdate {
  #offline = $state<OfflineStatus>('installing');
  #waiting = $state.raw<ServiceWorker | null>(null);
  #applying = $state(false);
  readonly #host: UpdateHost;
  #started = false;

  constructor(host: UpdateHost = browserHost) {
    this.#host = host;
    if (!host.serviceWorker) this.#offline = 'unsupported';
  }

  get offline(): OfflineStatus {
    return this.#offline;
  }
  /** A new version is installed and waiting for the user's Reload. */
  get updateReady(): boolean {
    return this.#waiting !== null;
  }
  /** Reload was chosen: waiting for writes in flight, then for the new version to take over. */
  get applying(): boolean {
    return this.#applying;
  }

  /**
   * Registers the service worker (scriptUrl relative to the page) once the page is quiet: a first
   * install downloads every built file, and must not slow what the person is doing; a failure leaves
   * the app online-only.
   */
  async start(scriptUrl = './sw.js'): Promise<void> {
    const container = this.#host.serviceWorker;
    if (!container || this.#started) return;
    this.#started = true;
    await new Promise<void>((resolve) => this.#host.whenQuiet(resolve));
    let registration: ServiceWorkerRegistration | undefined;
    try {
      registration = await container.register(scriptUrl, { scope: './' });
    } catch {
      // e.g. a browser that refuses service workers for this site
    }
    if (!registration) {
      this.#offline = 'unsupported'; // a blocked registration may also resolve with nothing
      return;
    }
    if (registration.waiting && container.controller) this.#waiting = registration.waiting;
    registration.addEventListener('updatefound', () => this.#watch(registration.installing));
    this.#watch(registration.installing);
    void container.ready.then(() => {
      this.#offline = 'ready';
    });
    // Browsers look for a new version on each visit; a tab kept open looks when shown again and hourly.
    const check = () => void registration.update().catch(() => undefined);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
    setInterval(check, UPDATE_CHECK_MS);
  }

  /** An installing worker: once installed, it is a new version waiting if another one runs this page. */
  #watch(worker: ServiceWorker | null): void {
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && this.#host.serviceWorker?.controller) this.#waiting = worker;
    });
  }

  /** Reload onto the new version: after the writes in flight, never in the middle of one. */
  reloadToUpdate(): void {
    const waiting = this.#waiting;
    const container = this.#host.serviceWorker;
    if (!waiting || !container || this.#applying) return;
    this.#applying = true;
    const handOver = () => {
      if (this.#host.pendingWrites() > 0) return this.#host.later(handOver);
      container.addEventListener('controllerchange', () => this.#host.reload(), { once: true });
      waiting.postMessage({ type: 'SKIP_WAITING' }); // Workbox's generated worker then takes over
    };
    handOver();
  }
}

export const appUpdate = new AppUpdate();
