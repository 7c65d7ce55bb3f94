// @vitest-environment jsdom
// Renaming from the home list: Enter saves a name, refuses one of only spaces in words, Escape keeps the old one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import AssessmentRow from './AssessmentRow.svelte';

afterEach(cleanup);

function renderRow(isPackage = false) {
  const onrename = vi.fn();
  const table = document.createElement('table');
  const body = document.createElement('tbody');
  table.append(body);
  document.body.append(table);
  render(AssessmentRow, {
    target: body,
    props: { item: { id: 'a1', name: 'Q1 sourcing', vendorCount: 3, updatedAt: '2026-11-01T00:00:00.000Z', isPackage }, updated: '1 Nov', onrename, onduplicate: vi.fn(), ondelete: vi.fn() },
  });
  return onrename;
}

describe('AssessmentRow rename', () => {
  it('refuses a blank name in place, saves a real one', async () => {
    const onrename = renderRow();
    await fireEvent.click(screen.getByRole('button', { name: 'Rename Q1 sourcing' }));
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'New name for Q1 sourcing' });
    await fireEvent.input(field, { target: { value: '   ' } });
    await fireEvent.keyDown(field, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe('The name cannot be blank: type one, or press Escape to keep “Q1 sourcing”.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onrename).not.toHaveBeenCalled();
    await fireEvent.input(field, { target: { value: ' Q1 sourcing 2027 ' } });
    await fireEvent.keyDown(field, { key: 'Enter' });
    expect(onrename).toHaveBeenCalledWith('Q1 sourcing 2027');
  });
});

describe('AssessmentRow link', () => {
  it('opens an assessment on Results, and an evaluator package on its scoring grid', () => {
    renderRow();
    expect(screen.getByRole('link', { name: 'Q1 sourcing' }).getAttribute('href')).toBe('#/a/a1/results');
    cleanup();
    renderRow(true);
    expect(screen.getByRole('link', { name: 'Q1 sourcing' }).getAttribute('href')).toBe('#/a/a1/scoring');
  });
});
