// @vitest-environment jsdom
// The merge summary on a real session (Dexie on fake-indexeddb): exact counts, Undo merge in one step,
// a warning when the assessment changed after the merge, and closing keeps the merge.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import MergeBanner from './MergeBanner.svelte';
import { db } from '../../db/db';
import { insertAssessment, loadAssessment } from '../../db/assessments-repo';
import { getMergeUndo, writeMerge } from '../../db/import-repo';
import { mergeEvaluators } from '../../domain/merge';
import { AssessmentSession } from '../../state/assessment-session.svelte';
import { confirmState } from '../../state/confirm.svelte';
import { workedExample } from '../../domain/worked-example';

const stops: (() => void)[] = [];

beforeEach(async () => {
  await db.delete();
  await db.open();
  const stored = workedExample();
  await insertAssessment(stored);
  const file = workedExample();
  file.evaluators.push({ id: 'chloe', name: 'Chloé (Security)' });
  file.scores.push({ vendorId: 'contoso', criterionId: 'fit-philosophy', evaluatorId: 'chloe', value: 2, updatedAt: '2026-11-29T00:00:00.000Z' });
  const merged = mergeEvaluators(stored, file, '2026-11-30T00:00:00.000Z');
  if (!merged.ok) throw new Error(merged.reason);
  await writeMerge(merged.assessment, { assessmentId: stored.id, fileName: 'chloe.json', mergedAt: merged.assessment.updatedAt, summary: merged.summary, before: stored });
});

afterEach(() => {
  cleanup();
  while (stops.length) stops.pop()!();
  confirmState.answer(false);
});

async function open() {
  const session = new AssessmentSession('demo-small');
  stops.push(session.start());
  await vi.waitFor(() => expect(session.assessment?.evaluators).toHaveLength(3));
  render(MergeBanner, { props: { session } });
  const region = await screen.findByRole('region', { name: 'Merged chloe.json' });
  return { session, region };
}

describe('MergeBanner', () => {
  it('shows exactly what changed and undoes the merge in one step', async () => {
    const { session, region } = await open();
    expect(within(region).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1 evaluator added (Chloé (Security))',
      '1 score added',
      "0 scores updated (the file's was more recent)",
      '0 scores kept because the stored one is as recent or newer',
      '13 scores already the same',
    ]);
    expect(region.textContent).not.toContain('Changed since the merge');
    await fireEvent.click(within(region).getByRole('button', { name: 'Undo merge' }));
    await vi.waitFor(() => expect(session.assessment?.evaluators).toHaveLength(2));
    expect((await loadAssessment('demo-small'))?.scores).toHaveLength(13);
    expect(await getMergeUndo('demo-small')).toBeUndefined();
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'Merged chloe.json' })).toBeNull());
  });

  it('warns before undoing when the assessment changed after the merge, and cancelling keeps everything', async () => {
    const { session, region } = await open();
    await session.setScore('fabrikam', 'tech-integration', 3);
    await vi.waitFor(() => expect(region.textContent).toContain('Changed since the merge'));
    await fireEvent.click(within(region).getByRole('button', { name: 'Undo merge' }));
    await vi.waitFor(() => expect(confirmState.request?.message).toContain('those later changes are lost too'));
    confirmState.answer(false);
    await new Promise((r) => setTimeout(r, 20));
    expect((await loadAssessment('demo-small'))?.evaluators).toHaveLength(3);
    expect(await getMergeUndo('demo-small')).toBeDefined();
  });

  it('"Keep merge and close" forgets the undo and keeps the merged assessment', async () => {
    const { region } = await open();
    await fireEvent.click(within(region).getByRole('button', { name: 'Keep merge and close' }));
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'Merged chloe.json' })).toBeNull());
    expect(await getMergeUndo('demo-small')).toBeUndefined();
    expect((await loadAssessment('demo-small'))?.evaluators).toHaveLength(3);
  });
});
