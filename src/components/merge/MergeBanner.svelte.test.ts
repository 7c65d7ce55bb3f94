// @vitest-environment jsdom
// The merge summary on a real session (Dexie on fake-indexeddb): exact counts, Undo merge in one step,
// a warning when the assessment changed after the merge, and closing keeps the merge.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import MergeBanner from './MergeBanner.svelte';
import { workedExample } from '../../domain/worked-example';
import { describeClash, resolveClash } from '../../state/assessment-import.svelte';
import { confirmState } from '../../state/confirm.svelte';
import { storedMergeUndo } from '../../state/merge-test-support';
import { sessionContext } from '../../state/session-context';
import { cleanUpSessionViewsAfterEach, openSession, storedAssessment } from '../../state/session-view-test-support';

cleanUpSessionViewsAfterEach();

/** The worked example stored afresh, then Chloé's file merged into it as the import clash's "Merge evaluators" does. */
async function open() {
  const stored = workedExample();
  const session = await openSession(stored);
  const file = workedExample();
  file.evaluators.push({ id: 'chloe', name: 'Chloé (Security)' });
  file.scores.push({ vendorId: 'contoso', criterionId: 'fit-philosophy', evaluatorId: 'chloe', value: 2, updatedAt: '2026-11-29T00:00:00.000Z' });
  const outcome = await resolveClash(describeClash('chloe.json', stored, file, '2026-11-30T00:00:00.000Z'), 'merge');
  if (outcome.kind !== 'merged') throw new Error('the merge was not stored');
  await vi.waitFor(() => expect(session.assessment?.evaluators).toHaveLength(3));
  render(MergeBanner, { context: sessionContext(session) });
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
    // Chloé's one score is on the disqualified Contoso CX: the lead is as before.
    expect(within(region).getByText(/^Ranking:/).parentElement!.textContent).toBe('Ranking: Northwind Contact still leads, by 3.9 points over Fabrikam Support, as before the merge.');
    expect(region.textContent).not.toContain('Changed since the merge');
    await fireEvent.click(within(region).getByRole('button', { name: 'Undo merge' }));
    await vi.waitFor(() => expect(session.assessment?.evaluators).toHaveLength(2));
    expect((await storedAssessment('demo-small'))?.scores).toHaveLength(13);
    expect(await storedMergeUndo('demo-small')).toBeUndefined();
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
    expect((await storedAssessment('demo-small'))?.evaluators).toHaveLength(3);
    expect(await storedMergeUndo('demo-small')).toBeDefined();
  });

  it('"Keep merge and close" forgets the undo and keeps the merged assessment', async () => {
    const { region } = await open();
    await fireEvent.click(within(region).getByRole('button', { name: 'Keep merge and close' }));
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'Merged chloe.json' })).toBeNull());
    expect(await storedMergeUndo('demo-small')).toBeUndefined();
    expect((await storedAssessment('demo-small'))?.evaluators).toHaveLength(3);
  });
});
