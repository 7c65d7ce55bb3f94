// @vitest-environment jsdom
// jsdom: the failed-import drill follows the route (location.hash).
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
import type { Assessment } from '../domain/types';
import { exportAssessment } from '../exchange/export';
import { AssessmentSession } from './assessment-session.svelte';
import { HomeState } from './home.svelte';
import { notices } from './notices.svelte';
import { router } from './router.svelte';
import { prefetchAssessment, primeAssessment, takePrimed } from './primed-assessments';

const never = () => Promise.resolve(null);
const AT = '2026-12-01T00:00:00.000Z';
/** The same assessment: what an export of it says, to the byte. */
const same = (a: Assessment | undefined, b: Assessment | undefined) => expect(exportAssessment(a!, AT)).toBe(exportAssessment(b!, AT));
const stops: (() => void)[] = [];

/** The next insert of a whole assessment waits until released (then writes) or failed (then rejects). */
function holdInsert(): { release: () => void; fail: (error: Error) => void } {
  const insert = repo.insertRecords;
  let release!: () => void;
  let fail!: (error: Error) => void;
  const gate = new Promise<void>((resolve, reject) => ((release = resolve), (fail = reject)));
  vi.spyOn(repo, 'insertRecords').mockImplementationOnce(async (records) => {
    await gate;
    return insert(records);
  });
  return { release, fail };
}

async function open(id: string): Promise<AssessmentSession> {
  const session = new AssessmentSession(id);
  stops.push(session.start());
  await vi.waitFor(() => expect(session.loaded).toBe(true));
  return session;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  notices.reset();
  void takePrimed('demo-small')?.catch(() => undefined);
});
afterEach(() => {
  while (stops.length) stops.pop()!();
  vi.restoreAllMocks();
});

describe('primed assessment reads', () => {
  it('opens a new import on what was written, with the figures a read of storage gives, without reading it back', async () => {
    const file = new File([exportAssessment(workedExample(), AT)], 'example.json');
    expect(await new HomeState().importPicked(file, never)).toEqual({ id: 'demo-small', screen: 'results' });
    const read = vi.spyOn(repo, 'loadAssessmentAt');
    const session = await open('demo-small');
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
    const stored = (await repo.loadAssessment('demo-small'))!;
    same(session.assessment, stored);
    expect(session.ranking).toEqual(rankVendors(stored));
    expect(session.calibration).toEqual(calibrate(stored));
    expect(session.pilotEvaluations.map((e) => e.decision)).toEqual(['go']);
  });

  it('lets the next screen load once the worker has started on the file, before the import ends', async () => {
    const file = new File([exportAssessment(workedExample(), AT)], 'example.json');
    const steps: string[] = [];
    const importing = new HomeState().importPicked(file, never, () => steps.push('worker reading'));
    steps.push(`opened ${(await importing)?.id}`);
    expect(steps).toEqual(['worker reading', 'opened demo-small']);
  });

  it('opens a new import while it is still being written, and neither reads it back nor shows it missing meanwhile', async () => {
    const write = holdInsert();
    const file = new File([exportAssessment(workedExample(), AT)], 'example.json');
    await new HomeState().importPicked(file, never);
    const read = vi.spyOn(repo, 'loadAssessmentAt');
    const session = await open('demo-small');
    const shown = session.assessment;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await repo.assessmentExists('demo-small')).toBe(false);
    expect(session.assessment).toBe(shown);
    write.release();
    await vi.waitFor(() => expect(notices.items.map((n) => n.text)).toContain('Imported example.json.'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).not.toHaveBeenCalled();
    expect(session.assessment).toBe(shown);
    same(session.assessment, await repo.loadAssessment('demo-small'));
  });

  it('goes back to the list when a new import cannot be stored, says why, and stores nothing', async () => {
    const stopListening = router.listen();
    try {
      const write = holdInsert();
      const file = new File([exportAssessment(workedExample(), AT)], 'example.json');
      const opened = await new HomeState().importPicked(file, never);
      router.go({ name: 'assessment', assessmentId: opened!.id, screen: opened!.screen });
      await vi.waitFor(() => expect(router.route.name).toBe('assessment'));
      write.fail(new Error('The disk is full.'));
      await vi.waitFor(() => expect(router.route.name).toBe('home'));
      expect(notices.items.map((n) => n.text).join('\n')).toMatch(/^Could not save example\.json\./);
      expect(await repo.assessmentExists('demo-small')).toBe(false);
    } finally {
      stopListening();
    }
  });

  it('opens on a read begun before the screen (a reload), once: the next screen reads storage itself', async () => {
    await repo.insertAssessment(workedExample());
    prefetchAssessment('demo-small');
    const read = vi.spyOn(repo, 'loadAssessmentAt');
    const first = await open('demo-small');
    expect(read).not.toHaveBeenCalled();
    same(first.assessment, await repo.loadAssessment('demo-small'));
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
    same(session.assessment, await repo.loadAssessment('demo-small'));
  });
});
