// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { AppUpdate, type UpdateHost } from './app-update.svelte';

/** A service worker that can be moved through its states. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  messages: unknown[] = [];
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  update = async () => undefined;
  /** A new version found: it starts installing. */
  found(worker: FakeWorker): void {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

function fakeHost(options: { controlled: boolean; pending?: () => number }) {
  const registration = new FakeRegistration();
  const container = Object.assign(new EventTarget(), {
    controller: options.controlled ? new FakeWorker() : null,
    ready: Promise.resolve(registration),
    register: async () => registration,
  });
  const reloads: number[] = [];
  const waits: (() => void)[] = [];
  const host: UpdateHost = {
    serviceWorker: container as unknown as ServiceWorkerContainer,
    reload: () => reloads.push(1),
    pendingWrites: options.pending ?? (() => 0),
    later: (then) => waits.push(then),
    whenQuiet: (then) => then(),
  };
  return { host, container, registration, reloads, waits };
}

describe('offline use and updates', () => {
  it('registers the service worker only once the page is quiet (its first install downloads every file)', async () => {
    const { host, container } = fakeHost({ controlled: false });
    const quiet: (() => void)[] = [];
    const registered = vi.fn(container.register);
    const update = new AppUpdate({ ...host, serviceWorker: { ...container, register: registered } as unknown as ServiceWorkerContainer, whenQuiet: (then) => quiet.push(then) });
    const started = update.start();
    await Promise.resolve();
    expect(registered).not.toHaveBeenCalled();
    quiet.forEach((then) => then());
    await started;
    expect(registered).toHaveBeenCalledOnce();
  });

  it('says the app is available offline once its service worker is ready, and unsupported without one', async () => {
    const { host } = fakeHost({ controlled: false });
    const update = new AppUpdate(host);
    expect(update.offline).toBe('installing');
    await update.start();
    await Promise.resolve();
    expect(update.offline).toBe('ready');
    expect(new AppUpdate({ ...host, serviceWorker: undefined }).offline).toBe('unsupported');
    const refused = new AppUpdate({ ...host, serviceWorker: { register: async () => Promise.reject(new Error('blocked')) } as unknown as ServiceWorkerContainer });
    await refused.start();
    expect(refused.offline).toBe('unsupported');
    const blocked = new AppUpdate({ ...host, serviceWorker: { register: async () => undefined } as unknown as ServiceWorkerContainer });
    await blocked.start();
    expect(blocked.offline).toBe('unsupported');
  });

  it('offers a new version only when one installs beside the running one, never on the first install', async () => {
    const first = fakeHost({ controlled: false });
    const fresh = new AppUpdate(first.host);
    await fresh.start();
    const worker = new FakeWorker();
    first.registration.found(worker);
    worker.become('installed');
    expect(fresh.updateReady).toBe(false); // nothing ran before: this is the first version, not an update

    const running = fakeHost({ controlled: true });
    const update = new AppUpdate(running.host);
    await update.start();
    const next = new FakeWorker();
    running.registration.found(next);
    expect(update.updateReady).toBe(false);
    next.become('installed');
    expect(update.updateReady).toBe(true);
    expect(running.reloads).toEqual([]); // it never reloads by itself
  });

  it('finds a version already waiting when the page opens', async () => {
    const running = fakeHost({ controlled: true });
    running.registration.waiting = new FakeWorker();
    const update = new AppUpdate(running.host);
    await update.start();
    expect(update.updateReady).toBe(true);
  });

  it('reloads onto the new version only after the writes in flight, then once it has taken over', async () => {
    let pending = 1;
    const running = fakeHost({ controlled: true, pending: () => pending });
    running.registration.waiting = new FakeWorker();
    const waiting = running.registration.waiting;
    const update = new AppUpdate(running.host);
    await update.start();
    update.reloadToUpdate();
    expect(update.applying).toBe(true);
    expect(waiting.messages).toEqual([]); // a write is in flight: nothing is handed over yet
    expect(running.waits).toHaveLength(1);
    pending = 0;
    running.waits[0]();
    expect(waiting.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(running.reloads).toEqual([]); // the new version has not taken over yet
    running.container.dispatchEvent(new Event('controllerchange'));
    expect(running.reloads).toEqual([1]);
    update.reloadToUpdate(); // a second click does nothing more
    expect(waiting.messages).toHaveLength(1);
  });
});
