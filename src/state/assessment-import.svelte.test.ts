// The import clash end to end below the UI (SPEC §5): HomeState.importFile on fake-indexeddb,
// with the dialog's answer and the Replace confirmation played by the test.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { insertAssessment, loadAssessment } from '../db/assessments-repo';
import { listAssessments } from '../db/assessment-list-repo';
import { getMergeUndo, undoMerge } from '../db/import-repo';
import { exportAssessment } from '../exchange/export';
import { workedExample } from '../domain/worked-example';
import type { Assessment } from '../domain/types';
import { HomeState } from './home.svelte';
import { confirmState } from './confirm.svelte';
import { notices } from './notices.svelte';
import type { Clash, ClashChoice } from './clash-prompt.svelte';

const fileOf = (a: Assessment, name = 'colleague.json') => new File([exportAssessment(a, '2026-11-30T00:00:00.000Z')], name, { type: 'application/json' });

/** The colleague's version: Ben changed one score, Chloé joined with one score. */
function colleagueVersion(): Assessment {
  const a = workedExample();
  a.name = 'Colleague name (must not win a merge)';
  a.evaluators.push({ id: 'chloe', name: 'Chloé (Security)' });
  a.scores = a.scores.map((s) => (s.vendorId === 'contoso' && s.criterionId === 'sec-attestation' && s.evaluatorId === 'ben' ? { ...s, value: 4, updatedAt: '2026-11-29T10:00:00.000Z' } : s));
  a.scores.push({ vendorId: 'contoso', criterionId: 'fit-philosophy', evaluatorId: 'chloe', value: 2, updatedAt: '2026-11-29T10:05:00.000Z' });
  return a;
}

let asked: Clash[] = [];
const answer = (choice: ClashChoice | null) => async (clash: Clash) => {
  asked.push(clash);
  return choice;
};

/** Answers the Replace confirmation as soon as it is asked, keeping its message. */
function confirmWith(ok: boolean): { message: () => string | undefined } {
  let message: string | undefined;
  const timer = setInterval(() => {
    if (confirmState.request) {
      message = confirmState.request.message;
      confirmState.answer(ok);
      clearInterval(timer);
    }
  }, 1);
  return { message: () => message };
}

async function everything() {
  return { a: await db.assessments.toArray(), s: await db.scoreBlocks.orderBy(':id').toArray(), p: await db.pilots.toArray(), m: await db.measurementBlocks.toArray() };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  await insertAssessment(workedExample());
  asked = [];
  notices.reset();
});

describe('HomeState.importFile', () => {
  it('a new id is simply inserted, without a dialog', async () => {
    const a = workedExample();
    a.id = 'fresh-one';
    const home = new HomeState();
    const outcome = await home.importFile(fileOf(a), answer('merge'));
    expect(outcome).toMatchObject({ kind: 'inserted', id: 'fresh-one', screen: 'results' });
    expect(outcome.kind === 'inserted' && (await outcome.written)).toBe(true);
    expect(asked).toHaveLength(0);
  });

  it('a clash asks, with the merge preview, and Merge evaluators merges and keeps an undo', async () => {
    const home = new HomeState();
    const outcome = await home.importFile(fileOf(colleagueVersion()), answer('merge'));
    expect(asked[0].merge).toMatchObject({ ok: true, changed: true, summary: { scoresAdded: 1, scoresUpdated: 1, scoresUnchanged: 12 } });
    expect(outcome).toMatchObject({ kind: 'merged', id: 'demo-small', changed: true });
    const stored = (await loadAssessment('demo-small'))!;
    expect(stored.name).toBe('Tier-1 support outsourcing (worked example)');
    expect(stored.evaluators.map((e) => e.name)).toEqual(['Ana (Procurement)', 'Ben (CX)', 'Chloé (Security)']);
    expect(stored.scores).toHaveLength(14);
    expect(stored.scores.find((s) => s.vendorId === 'contoso' && s.criterionId === 'sec-attestation' && s.evaluatorId === 'ben')?.value).toBe(4);
    expect(notices.items.map((n) => n.text)).toContain('Merged colleague.json: 1 evaluator and 1 score added, 1 score updated.');
    const undo = (await getMergeUndo('demo-small'))!;
    expect(undo.fileName).toBe('colleague.json');
    expect(undo.before.scores).toHaveLength(13);
    // Undo: back to the worked example, in one step.
    expect(await undoMerge('demo-small', '2026-12-01T00:00:00.000Z')).toBe(true);
    // Compared as canonical exports: storage returns scores in key order.
    const restored = (await loadAssessment('demo-small'))!;
    expect(exportAssessment({ ...restored, updatedAt: 'x' }, 'x')).toBe(exportAssessment({ ...workedExample(), updatedAt: 'x' }, 'x'));
    expect(await getMergeUndo('demo-small')).toBeUndefined();
  });

  it('Import as a copy adds the file under a new id named "… (copy)" and leaves the stored one alone', async () => {
    const before = await loadAssessment('demo-small');
    const home = new HomeState();
    const outcome = await home.importFile(fileOf(colleagueVersion()), answer('copy'));
    if (outcome.kind !== 'copied') throw new Error(outcome.kind);
    expect(outcome.id).not.toBe('demo-small');
    const copy = (await loadAssessment(outcome.id))!;
    expect(copy.name).toBe('Colleague name (must not win a merge) (copy)');
    expect(copy.scores).toHaveLength(14);
    expect(await loadAssessment('demo-small')).toEqual(before);
    expect(await listAssessments()).toHaveLength(2);
  });

  it('Replace asks to confirm, naming what is lost, then replaces the stored one by the file', async () => {
    const file = colleagueVersion();
    file.evaluators = file.evaluators.filter((e) => e.id !== 'ana');
    file.scores = file.scores.filter((s) => s.evaluatorId !== 'ana');
    const confirm = confirmWith(true);
    const outcome = await new HomeState().importFile(fileOf(file), answer('replace'));
    expect(outcome).toEqual({ kind: 'replaced', id: 'demo-small' });
    expect(confirm.message()).toContain('You will lose: evaluator “Ana (Procurement)”; 10 scores that the file lacks or scores differently.');
    const stored = (await loadAssessment('demo-small'))!;
    expect(stored.name).toBe('Colleague name (must not win a merge)');
    expect(stored.evaluators.map((e) => e.id)).toEqual(['ben', 'chloe']);
    expect(stored.scores).toHaveLength(5);
    expect(await listAssessments()).toHaveLength(1);
  });

  it('Replace cancelled at the confirmation, or the dialog cancelled, changes nothing', async () => {
    const before = await everything();
    confirmWith(false);
    expect(await new HomeState().importFile(fileOf(colleagueVersion()), answer('replace'))).toEqual({ kind: 'none' });
    expect(await new HomeState().importFile(fileOf(colleagueVersion()), answer(null))).toEqual({ kind: 'none' });
    expect(await everything()).toEqual(before);
    expect(await getMergeUndo('demo-small')).toBeUndefined();
  });

  it('a broken file is refused with what and where, before any dialog, and changes nothing', async () => {
    const before = await everything();
    const broken = JSON.parse(exportAssessment(colleagueVersion(), 'x'));
    broken.assessment.scores[3].value = 9;
    const outcome = await new HomeState().importFile(new File([JSON.stringify(broken)], 'broken.json'), answer('merge'));
    expect(outcome.kind).toBe('errors');
    expect(outcome.kind === 'errors' && outcome.errors).toContain('assessment.scores[3].value: 9 is outside the scale 0–5');
    expect(asked).toHaveLength(0);
    expect(await everything()).toEqual(before);
  });

  it('a merge with nothing new writes nothing and keeps no undo', async () => {
    const before = await everything();
    const outcome = await new HomeState().importFile(fileOf(workedExample()), answer('merge'));
    expect(outcome).toMatchObject({ kind: 'merged', changed: false, summary: { scoresUnchanged: 13 } });
    expect(await everything()).toEqual(before);
    expect(await getMergeUndo('demo-small')).toBeUndefined();
  });
});
