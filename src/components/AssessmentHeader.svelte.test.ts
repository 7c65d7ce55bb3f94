// @vitest-environment jsdom
// The header's save state never says "All changes saved" after a failed write: it says "Not saved",
// what and why, until a later write succeeds (on a real session, Dexie on fake-indexeddb). Its controls
// are the file actions only: who is scoring is chosen on the Scoring screen ("Who is scoring now").
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import AssessmentHeader from './AssessmentHeader.svelte';
import { workedExample } from '../domain/worked-example';
import { removeVendor } from '../domain/roster-edits';
import { AssessmentSession } from '../state/assessment-session.svelte';
import { notices } from '../state/notices.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession } from '../state/session-view-test-support';

cleanUpSessionViewsAfterEach();

describe('AssessmentHeader save state', () => {
  it('says "Not saved" with the reason after a refused write, puts the screen back, and clears on the next save', async () => {
    notices.reset();
    const a = { ...workedExample(), id: 'header-save-state' };
    const session = await renderWithSession(AssessmentHeader, a);
    const state = () => screen.getByRole('status').textContent ?? '';
    expect(state()).toMatch(/^All changes saved/);

    // Another tab removes Fabrikam; this tab has not heard of it yet and scores it.
    const other = new AssessmentSession(a.id);
    const stop = other.start();
    await vi.waitFor(() => expect(other.assessment).toBeDefined());
    await other.update((x) => removeVendor(x, 'fabrikam'));
    stop();
    expect(await session.setScore('fabrikam', 'tech-integration', 4)).toBe(false);

    await vi.waitFor(() => expect(state()).toBe('Not saved: the score. The vendor “Fabrikam Support” was removed in another tab. Dismiss'));
    await vi.waitFor(() => expect(session.assessment?.vendors.map((v) => v.id)).toEqual(['northwind', 'contoso']));
    expect(await session.setScore('northwind', 'tech-integration', 4)).toBe(true);
    await vi.waitFor(() => expect(state()).toMatch(/^All changes saved/));

    notices.writeFailed('the score. Reason.');
    await vi.waitFor(() => expect(state()).toMatch(/^Not saved/));
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(state()).toMatch(/^All changes saved/);
  });

  it('offers Import evaluator file and Export JSON, and no second evaluator selector', async () => {
    await renderWithSession(AssessmentHeader, { ...workedExample(), id: 'header-controls' });
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeTruthy();
    expect(screen.getByLabelText(/Import evaluator file/)).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(document.body.textContent).not.toContain('Scoring as');
  });
});
