// @vitest-environment jsdom
// The checklist editor on a real AssessmentSession (Dexie on fake-indexeddb): weights and their live
// shares, invalid numbers that never reach storage, must-haves, removal with and without scores, the
// scale and its rubric, and the empty state.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import ChecklistView from './ChecklistView.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession, storedAssessment } from '../state/session-view-test-support';
import { AssessmentSession } from '../state/assessment-session.svelte';
import { confirmState } from '../state/confirm.svelte';
import { makeAssessment, makeCategory, makeCriterion, makeMustHave, makeVendor } from '../domain/test-factories';
import type { Assessment } from '../domain/types';

cleanUpSessionViewsAfterEach();

let nextId = 1;

/** Security posture 50 (audits 3, encryption 1) and Culture 50 (fit 1); audits has 3 scores by 2 evaluators. */
function example(partial: Partial<Assessment> = {}): Assessment {
  return makeAssessment({
    id: `checklist-test-${nextId++}`,
    categories: [
      {
        ...makeCategory('security', 50, [
          { ...makeMustHave('audits', 3, 3), name: 'Independent audits' },
          makeCriterion('encryption', 1, { name: 'Encryption at rest' }),
        ]),
        name: 'Security posture',
      },
      { ...makeCategory('culture', 50, [makeCriterion('fit', 1, { name: 'Cultural fit' })]), name: 'Culture' },
    ],
    vendors: [makeVendor('northwind', 'Northwind Contact'), makeVendor('contoso', 'Contoso CX')],
    evaluators: [
      { id: 'e1', name: 'Ana' },
      { id: 'e2', name: 'Ben' },
    ],
    scores: [
      { vendorId: 'northwind', criterionId: 'audits', evaluatorId: 'e1', value: 4 },
      { vendorId: 'northwind', criterionId: 'audits', evaluatorId: 'e2', value: 1 },
      { vendorId: 'contoso', criterionId: 'audits', evaluatorId: 'e2', value: 2 },
    ],
    ...partial,
  });
}

function open(a: Assessment): Promise<AssessmentSession> {
  return renderWithSession(ChecklistView, a);
}

const category = (name: RegExp) => screen.getByRole('region', { name });
const criterionRow = (name: string) => screen.getByRole('button', { name: `Criterion name: ${name}. Edit` }).closest('li')!;
/** The "NN % of total" figure in a category's header. */
const categoryShare = (name: RegExp) => within(category(name)).getByText('of total').previousElementSibling!.textContent;
const stored = async (id: string) => (await storedAssessment(id))!;

describe('ChecklistView', () => {
  it('shows the summary and every share: category of total, criterion of category, effective overall', async () => {
    await open(example());
    expect(screen.getByText('2 categories, 3 criteria, 1 must-have')).toBeTruthy();
    expect(categoryShare(/Security posture/)).toBe('50.0 %');
    const audits = within(criterionRow('Independent audits'));
    expect(audits.getByText('75.0 %')).toBeTruthy(); // 3 of 4 inside the category
    expect(audits.getByText('37.5 %')).toBeTruthy(); // 0.5 × 0.75 overall
  });

  it('edits a category weight: shares update at once and the weight is stored', async () => {
    const a = example();
    await open(a);
    const weight = screen.getByRole('spinbutton', { name: 'Weight of Culture' });
    await fireEvent.input(weight, { target: { value: '150' } });
    expect(categoryShare(/Security posture/)).toBe('25.0 %');
    expect(categoryShare(/Culture/)).toBe('75.0 %');
    expect(within(criterionRow('Independent audits')).getByText('18.8 %')).toBeTruthy(); // 0.25 × 0.75
    await vi.waitFor(async () => expect((await stored(a.id)).categories[1].weight).toBe(150));
  });

  it('edits a criterion weight: its share of the category and of the whole update', async () => {
    await open(example());
    await fireEvent.input(screen.getByRole('spinbutton', { name: 'Weight of Encryption at rest' }), { target: { value: '3' } });
    const encryption = within(criterionRow('Encryption at rest'));
    expect(encryption.getAllByText('50.0 %')).toHaveLength(1);
    expect(encryption.getByText('25.0 %')).toBeTruthy();
  });

  it('never commits an invalid weight: aria-invalid with a message, storage and shares unchanged', async () => {
    const a = example();
    const session = await open(a);
    const weight = screen.getByRole('spinbutton', { name: 'Weight of Culture' });
    await fireEvent.input(weight, { target: { value: '-5' } });
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/A weight cannot be negative\./)).toBeTruthy();
    expect(weight.getAttribute('aria-describedby')).toBeTruthy();
    expect(session.assessment!.categories[1].weight).toBe(50);
    expect(categoryShare(/Security posture/)).toBe('50.0 %');
    await fireEvent.input(weight, { target: { value: '' } });
    expect(screen.getByText(/Enter a weight of 0 or more\./)).toBeTruthy();
    await fireEvent.input(weight, { target: { value: '30' } });
    expect(weight.getAttribute('aria-invalid')).toBeNull();
    expect(categoryShare(/Security posture/)).toBe('62.5 %');
    await vi.waitFor(async () => expect((await stored(a.id)).categories[1].weight).toBe(30));
  });

  it('toggles must-have and validates its minimum inside the scale', async () => {
    const a = example();
    await open(a);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Must-have: Cultural fit' }));
    await vi.waitFor(async () => expect((await stored(a.id)).categories[1].criteria[0]).toMatchObject({ mustHave: true, minScore: 3 }));
    expect(screen.getByText('2 categories, 3 criteria, 2 must-haves')).toBeTruthy();
    const min = screen.getByRole('spinbutton', { name: 'Minimum score for Cultural fit' });
    await fireEvent.input(min, { target: { value: '7' } });
    expect(min.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/7 is outside the scale 0–5\./)).toBeTruthy();
    await fireEvent.input(min, { target: { value: '4' } });
    expect(within(criterionRow('Cultural fit')).getByText('Exceeds expectations')).toBeTruthy();
    await vi.waitFor(async () => expect((await stored(a.id)).categories[1].criteria[0].minScore).toBe(4));
  });

  it('asks before removing a scored criterion, naming the scores; removes an unscored one at once', async () => {
    const a = example();
    await open(a);
    await fireEvent.click(screen.getByRole('button', { name: 'Remove Independent audits' }));
    expect(confirmState.request?.message).toBe('Remove “Independent audits”? 3 scores by 2 evaluators for this criterion will be deleted.');
    confirmState.answer(false);
    await tick();
    expect((await stored(a.id)).categories[0].criteria).toHaveLength(2);
    await fireEvent.click(screen.getByRole('button', { name: 'Remove Independent audits' }));
    confirmState.answer(true);
    await vi.waitFor(async () => {
      const next = await stored(a.id);
      expect(next.categories[0].criteria.map((c) => c.id)).toEqual(['encryption']);
      expect(next.scores).toEqual([]);
    });

    await fireEvent.click(screen.getByRole('button', { name: 'Remove Cultural fit' }));
    expect(confirmState.request).toBeNull();
    await vi.waitFor(async () => expect((await stored(a.id)).categories[1].criteria).toEqual([]));
  });

  it('reorders categories and criteria with named move buttons', async () => {
    const a = example();
    await open(a);
    expect((screen.getByRole('button', { name: 'Move Security posture up' }) as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Move Security posture down' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Move Encryption at rest up' }));
    await vi.waitFor(async () => {
      const next = await stored(a.id);
      expect(next.categories.map((k) => k.id)).toEqual(['culture', 'security']);
      expect(next.categories[1].criteria.map((c) => c.id)).toEqual(['encryption', 'audits']);
    });
  });

  it('adds and renames categories and criteria', async () => {
    const a = example();
    await open(a);
    await fireEvent.input(screen.getByRole('textbox', { name: 'New criterion in Culture' }), { target: { value: 'Language coverage' } });
    await fireEvent.click(within(category(/Culture/)).getByRole('button', { name: 'Add criterion' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Category name: Culture. Edit' }));
    const name = screen.getByRole('textbox', { name: 'Category name' });
    await fireEvent.input(name, { target: { value: 'Culture & language' } });
    await fireEvent.keyDown(name, { key: 'Enter' });
    await vi.waitFor(async () => {
      const culture = (await stored(a.id)).categories[1];
      expect(culture.name).toBe('Culture & language');
      expect(culture.criteria.map((c) => c.name)).toEqual(['Cultural fit', 'Language coverage']);
    });
  });

  it('shows the rubric for the scale and refuses a scale that would orphan scores', async () => {
    const a = example();
    await open(a);
    const rubric = screen.getByRole('list', { name: 'Rubric for the scale 0–5' });
    const levels = within(rubric).getAllByRole('listitem').map((li) => `${li.querySelector('.value')!.textContent} ${li.querySelector('strong')!.textContent}`);
    expect(levels).toEqual(['0 Absent', '1 Weak', '2 Below expectations', '3 Meets expectations', '4 Exceeds expectations', '5 Outstanding']);
    await fireEvent.input(screen.getByRole('spinbutton', { name: 'Highest score' }), { target: { value: '3' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Apply scale' }));
    expect(screen.getByRole('alert').textContent).toBe('1 existing score would fall outside 0–3; change or clear them first.');
    expect((await stored(a.id)).scale).toEqual({ min: 0, max: 5 });

    await fireEvent.input(screen.getByRole('spinbutton', { name: 'Highest score' }), { target: { value: '10' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Apply scale' }));
    await vi.waitFor(async () => expect((await stored(a.id)).scale).toEqual({ min: 0, max: 10 }));
    expect(screen.getByRole('list', { name: 'Rubric for the scale 0–10' })).toBeTruthy();
  });

  it('shows an empty state that adds the first category', async () => {
    const a = makeAssessment({ id: `checklist-test-${nextId++}` });
    await open(a);
    expect(screen.getByText('0 categories, 0 criteria, 0 must-haves')).toBeTruthy();
    expect(screen.getByText('No categories yet')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Add a category' }));
    expect(screen.getByText('Type a name first.')).toBeTruthy();
    await fireEvent.input(screen.getByRole('textbox', { name: 'New category name' }), { target: { value: 'Security posture' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add a category' }));
    await vi.waitFor(async () => expect((await stored(a.id)).categories.map((k) => k.name)).toEqual(['Security posture']));
    expect(screen.getByText('1 category, 0 criteria, 0 must-haves')).toBeTruthy();
    expect(categoryShare(/Security posture/)).toBe('100 %');
  });
});
