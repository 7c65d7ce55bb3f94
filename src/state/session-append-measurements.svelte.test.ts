// appendMeasurements with the screen's copy still being joined (a large CSV import): the rows go to
// storage at once, the screen shows them once the join is done, and a failed write puts it back.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { insertAssessment, loadAssessment } from '../db/assessments-repo';
import { appendPilotRows, rowsFromMeasurements } from '../domain/pilot-rows-build';
import { makeStoredSample } from '../domain/test-factories';
import type { PilotRows } from '../domain/types';
import { AssessmentSession } from './assessment-session.svelte';

async function until(condition: () => boolean | Promise<boolean>, ms = 4000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

const added = rowsFromMeasurements([
  { kpiId: 'csat', date: '2027-01-04', value: 86, n: 40 },
  { kpiId: 'csat', date: '2027-01-05', value: 88, n: 50 },
]);

async function openSession(): Promise<{ session: AssessmentSession; stop: () => void; stored: PilotRows }> {
  const session = new AssessmentSession('a1');
  const stop = session.start();
  await until(() => session.loaded);
  return { session, stop, stored: session.pilot('p1')!.measurements };
}

const storedCount = async () => (await loadAssessment('a1'))?.pilots[0].measurements.count ?? -1;

beforeEach(async () => {
  await db.delete();
  await db.open();
  await insertAssessment(makeStoredSample());
});

describe('AssessmentSession.appendMeasurements while the screen’s rows are joined', () => {
  it('stores the rows before the join is done, then shows the joined rows', async () => {
    const { session, stop, stored } = await openSession();
    let finishJoin!: (rows: PilotRows) => void;
    const joined = new Promise<PilotRows>((resolve) => (finishJoin = resolve));
    const saving = session.appendMeasurements('p1', added, undefined, { from: stored, to: joined });
    // The write does not wait for the screen's copy: storage has the three rows while it is joined.
    await until(async () => (await storedCount()) === 3);
    expect(session.pilot('p1')!.measurements.count).toBe(1);
    const copy = appendPilotRows(stored, added, ['csat']);
    finishJoin(copy);
    expect(await saving).toBe(true);
    expect(session.pilot('p1')!.measurements).toBe(copy);
    stop();
  });

  it('puts the screen back when the write fails, the join done or not', async () => {
    const { session, stop } = await openSession();
    const failing = vi.spyOn(db.measurementBlocks, 'put').mockRejectedValue(new Error('QuotaExceededError'));
    for (const joinFirst of [true, false]) {
      const stored = session.pilot('p1')!.measurements;
      let finishJoin!: (rows: PilotRows) => void;
      const joined = new Promise<PilotRows>((resolve) => (finishJoin = resolve));
      if (joinFirst) finishJoin(appendPilotRows(stored, added, ['csat']));
      const saving = session.appendMeasurements('p1', added, undefined, { from: stored, to: joined });
      // The write fails while the rows are still being joined: reported once they are shown, never lost.
      if (!joinFirst) setTimeout(() => finishJoin(appendPilotRows(stored, added, ['csat'])), 50);
      expect(await saving).toBe(false);
      await until(() => session.pilot('p1')!.measurements.count === 1);
      expect(await storedCount()).toBe(1);
    }
    failing.mockRestore();
    stop();
  });
});
