// @vitest-environment jsdom
// InlineText: a required text (a name, SPEC §2) of only spaces is refused in words and the field stays
// open; the assessment header's name edit relies on it (on a real session, Dexie on fake-indexeddb).
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import AssessmentHeader from './AssessmentHeader.svelte';
import InlineText from './InlineText.svelte';
import { workedExample } from '../domain/worked-example';
import { cleanUpSessionViewsAfterEach, renderWithSession, storedAssessment } from '../state/session-view-test-support';

cleanUpSessionViewsAfterEach();

async function edit(label: string, text: string, key = 'Enter'): Promise<HTMLInputElement> {
  const field = screen.getByRole<HTMLInputElement>('textbox', { name: label });
  await fireEvent.input(field, { target: { value: text } });
  await fireEvent.keyDown(field, { key });
  return field;
}

describe('InlineText', () => {
  it('refuses a required text of spaces with a message, keeps the field open, and saves once fixed', async () => {
    const onsave = vi.fn();
    render(InlineText, { value: 'Security', label: 'Category name', onsave });
    await fireEvent.click(screen.getByRole('button', { name: 'Category name: Security. Edit' }));
    const field = await edit('Category name', '   ');
    expect(screen.getByRole('alert').textContent).toBe('Category name cannot be blank.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    await fireEvent.blur(field);
    expect(screen.getByRole('textbox', { name: 'Category name' })).toBe(field);
    expect(onsave).not.toHaveBeenCalled();
    await edit('Category name', '  Security posture ');
    expect(onsave).toHaveBeenCalledWith('Security posture');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('shows the reason onsave gives for refusing, and lets an optional text be cleared', async () => {
    render(InlineText, { value: 'Ana', label: 'Evaluator name', onsave: () => 'Use at most 100 characters.' });
    await fireEvent.click(screen.getByRole('button', { name: 'Evaluator name: Ana. Edit' }));
    await edit('Evaluator name', 'Anna');
    expect(screen.getByRole('alert').textContent).toBe('Use at most 100 characters.');
    await edit('Evaluator name', 'Anna', 'Escape');
    expect(screen.getByRole('button', { name: 'Evaluator name: Ana. Edit' })).toBeTruthy();

    const onsave = vi.fn();
    render(InlineText, { value: 'BPO', label: 'Sector', allowEmpty: true, onsave });
    await fireEvent.click(screen.getByRole('button', { name: 'Sector: BPO. Edit' }));
    await edit('Sector', '   ');
    expect(onsave).toHaveBeenCalledWith('');
  });

  it('the assessment header refuses a blank assessment name and stores nothing', async () => {
    await renderWithSession(AssessmentHeader, { ...workedExample(), id: 'inline-text-header' });
    const name = workedExample().name;
    await fireEvent.click(screen.getByRole('button', { name: `Assessment name: ${name}. Edit` }));
    await edit('Assessment name', '    ');
    expect(screen.getByRole('alert').textContent).toBe('Assessment name cannot be blank.');
    expect((await storedAssessment('inline-text-header'))!.name).toBe(name);
    await edit('Assessment name', ' Contact centre 2027 ');
    await vi.waitFor(async () => expect((await storedAssessment('inline-text-header'))!.name).toBe('Contact centre 2027'));
  });
});
