// An assessment's screen opens on a read begun before it (a reload's prefetch, a JSON import's own
// records) with the same figures as a read of its own, and reads storage again whenever that read is
// not what is stored (SPEC §10 performance; §5 import).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import * as repo from '../db/assessments-repo';
import { updateAssessment } from '../db/assessment-edits-repo';
import { newStamp } from '../db/revision';
import { calibrate } from '../domain/calibration';
import { rankVendors } from '../domain/scoring';
import { workedExample } from '../domain/worked-example';
import { exportAssessment } from '../exchange/export';
import { AssessmentSession } from './assessment-session.svelte';
import { HomeState } from './home.svelte';
import { prefetchAssessment, primeAssessment, takePrimed } from './primed-assessments';

const never = () => Promise.resolve(null);
const stops: (() => void)[] = [];

async function open(id: string): Promise<AssessmentSession> {
  const session = new AssessmentSession(id);
  stops.push(session.start());
  await vi.waitFor(() => expect(session.loaded).toBe(true));
  return session;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => {
  while (stops.length) stops.pop()!();
  vi.restoreAllMocks();
});

describe('primed assessment reads', () => {
  it('opens a new import on what was written, with the figures a read of storage gives, without reading it back', async () => {
    const file = new File([exportAssessment(workedExample(), '2026-12-01T00:00:00.000Z')], 'example.json');
    expect(await new HomeState().importPicked(file, never)).toEqual({ id: 'demo-small', screen: 'results' });
    const read = vi.spyOn(repo, 'loadAssessmentAt');
    const session = await open('demo-small');
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
    const stored = (await repo.loadAssessment('demo-small'))!;
    expect(session.assessment).toEqual(stored);
    expect(session.ranking).toEqual(rankVendors(stored));
    expect(session.calibration).toEqual(calibrate(stored));
    expect(session.pilotEvaluations.map((e) => e.decision)).toEqual(['go']);
  });

  it('opens on a read begun before the screen (a reload), once: the next screen reads storage itself', async () => {
    await repo.insertAssessment(workedExample());
    prefetchAssessment('demo-small');
    const read = vi.spyOn(repo, 'loadAssessmentAt');
    const first = await open('demo-small');
    expect(read).not.toHaveBeenCalled();
    expect(first.assessment).toEqual(await repo.loadAssessment('demo-small'));
    expect(takePrimed('demo-small')).toBeUndefined();
    await open('demo-small');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads storage again when the read it was given is older than what is stored', async () => {
    await repo.insertAssessment(workedExample());
    const older = await repo.loadAssessmentAt('demo-small');
    await updateAssessment('demo-small', (a) => ({ ...a, name: 'Renamed in another tab' }), newStamp());
    primeAssessment('demo-small', Promise.resolve(older));
    const session = await open('demo-small');
    await vi.waitFor(() => expect(session.assessment?.name).toBe('Renamed in another tab'));
  });

  it('reads storage itself when the read it was given failed', async () => {
    await repo.insertAssessment(workedExample());
    primeAssessment('demo-small', Promise.reject(new Error('the read failed')));
    const session = await open('demo-small');
    expect(session.loadError).toBeUndefined();
    expect(session.assessment).toEqual(await repo.loadAssessment('demo-small'));
  });
});
