import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { setSetting } from '../db/settings-repo';
import { LiveValue } from './live-value.svelte';
import { parseRoute, routeHref } from './router.svelte';

async function until(condition: () => boolean, ms = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

afterEach(async () => {
  await db.settings.clear();
});

describe('LiveValue (liveQuery → runes)', () => {
  it('delivers the first value and then every change to the tables it read', async () => {
    const live = new LiveValue(async () => (await db.settings.get('greeting'))?.value ?? null);
    const stop = live.start();
    await until(() => live.loaded);
    expect(live.current).toBeNull();
    await setSetting('greeting', 'hello');
    await until(() => live.current === 'hello');
    await setSetting('greeting', 'again');
    await until(() => live.current === 'again');
    stop();
    await setSetting('greeting', 'after stop');
    await new Promise((r) => setTimeout(r, 50));
    expect(live.current).toBe('again');
  });

  it('reports a failing query as an error instead of hanging', async () => {
    const live = new LiveValue<number>(() => Promise.reject(new Error('broken')));
    const stop = live.start();
    await until(() => live.loaded);
    expect((live.error as Error).message).toBe('broken');
    stop();
  });
});

describe('routes', () => {
  it('reads and writes hash routes', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/about')).toEqual({ name: 'about' });
    expect(parseRoute('#/a/demo-small/results')).toEqual({ name: 'assessment', assessmentId: 'demo-small', screen: 'results' });
    expect(parseRoute('#/a/demo-small/nonsense')).toEqual({ name: 'assessment', assessmentId: 'demo-small', screen: 'checklist' });
    expect(routeHref({ name: 'assessment', assessmentId: 'a b', screen: 'scoring' })).toBe('#/a/a%20b/scoring');
    expect(parseRoute('#/a/demo-small/pilots/northwind-q1')).toEqual({ name: 'assessment', assessmentId: 'demo-small', screen: 'pilots', sub: 'northwind-q1' });
    expect(routeHref({ name: 'assessment', assessmentId: 'x', screen: 'pilots', sub: 'compare' })).toBe('#/a/x/pilots/compare');
  });
});
