// The home list's actions on fake-indexeddb: a copy is announced, a deletion is confirmed first with
// everything it takes, and a bad file's errors stay on screen until dismissed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { insertAssessment } from '../db/assessments-repo';
import { listAssessments } from '../db/assessment-list-repo';
import { workedExample } from '../domain/worked-example';
import { exportEvaluatorPackage } from '../exchange/evaluator-package';
import { exportAssessment } from '../exchange/export';
import { confirmState } from './confirm.svelte';
import { HomeState } from './home.svelte';
import { notices } from './notices.svelte';

const never = () => Promise.resolve(null);

beforeEach(async () => {
  await Promise.all([db.assessments.clear(), db.scoreBlocks.clear(), db.pilots.clear(), db.measurementBlocks.clear(), db.settings.clear()]);
  notices.reset();
});

describe('HomeState', () => {
  it('copies an assessment under a new id and says so', async () => {
    await insertAssessment(workedExample());
    const id = await new HomeState().duplicate('demo-small');
    expect(id).toBeDefined();
    expect((await listAssessments()).map((a) => a.name).sort()).toEqual([workedExample().name, `${workedExample().name} (copy)`].sort());
    expect(notices.items.map((n) => n.text)).toContain(`Copied “${workedExample().name}”.`);
  });

  it('deletes only after the confirmation that names what goes with it', async () => {
    await insertAssessment(workedExample());
    const home = new HomeState();
    const asking = home.confirmRemove('demo-small', 'Worked example');
    await vi.waitFor(() => expect(confirmState.request?.title).toBe('Delete “Worked example”?'));
    expect(confirmState.request?.message).toMatch(/^This deletes 3 vendors, \d+ scores from \d+ evaluators?, \d+ criteria and \d+ pilots? from this browser\./);
    confirmState.answer(false);
    await asking;
    expect(await listAssessments()).toHaveLength(1);

    const again = home.confirmRemove('demo-small', 'Worked example');
    await vi.waitFor(() => expect(confirmState.request).not.toBeNull());
    confirmState.answer(true);
    await again;
    expect(await listAssessments()).toEqual([]);
  });

  it('keeps a bad file’s errors until dismissed and opens nothing', async () => {
    const home = new HomeState();
    expect(await home.importPicked(new File(['{'], 'broken.json'), never)).toBeUndefined();
    expect(home.importErrors).toContain('broken.json was not imported; nothing was changed.');
    home.dismissImportErrors();
    expect(home.importErrors).toBeNull();
  });

  it('opens an evaluator’s package on the scoring grid, and any other new assessment on Results', async () => {
    const home = new HomeState();
    const pkg = exportEvaluatorPackage(workedExample(), 'ben', '2026-12-01T00:00:00.000Z');
    expect(await home.importPicked(new File([pkg], 'for-ben.json'), never)).toEqual({ id: 'demo-small', screen: 'scoring' });
    const other = exportAssessment({ ...workedExample(), id: 'another' }, '2026-12-01T00:00:00.000Z');
    expect(await home.importPicked(new File([other], 'other.json'), never)).toEqual({ id: 'another', screen: 'results' });
  });
});
