// @vitest-environment jsdom
// The scoring screen on a real AssessmentSession (Dexie on fake-indexeddb): keyboard navigation in the
// grid, typing and clearing a score (checked in storage and on screen), the note editor, evaluators.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/svelte';
import ScoringView from './ScoringView.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession, storedAssessment } from '../state/session-view-test-support';
import { AssessmentSession } from '../state/assessment-session.svelte';
import { makeAssessment, makeCategory, makeCriterion, makeMustHave, makeVendor } from '../domain/test-factories';
import type { Assessment } from '../domain/types';
import { workedExample } from '../domain/worked-example';
import { evaluatorPackageAssessment } from '../state/imported-example-test-support';

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

cleanUpSessionViewsAfterEach();

let nextId = 1;

/** Security (a must-have and a criterion with guidance) and Culture; two vendors; two evaluators who disagree on one cell. */
function example(partial: Partial<Assessment> = {}): Assessment {
  return makeAssessment({
    id: `scoring-test-${nextId++}`,
    categories: [
      {
        ...makeCategory('security', 50, [
          { ...makeMustHave('audits', 3), name: 'Independent audits' },
          makeCriterion('encryption', 1, { name: 'Encryption at rest', guidance: 'AES-256 with customer-managed keys.' }),
        ]),
        name: 'Security',
      },
      { ...makeCategory('culture', 30, [makeCriterion('fit', 1, { name: 'Cultural fit' })]), name: 'Culture' },
    ],
    vendors: [makeVendor('northwind', 'Northwind Contact'), makeVendor('contoso', 'Contoso CX')],
    evaluators: [
      { id: 'e1', name: 'Ana Buyer', role: 'Procurement' },
      { id: 'e2', name: 'Ben Security' },
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
  return renderWithSession(ScoringView, a);
}

const grid = () => screen.getByRole('grid');
const cell = (name: RegExp) => within(grid()).getByRole('gridcell', { name });

async function storedValue(id: string, vendorId: string, criterionId: string, evaluatorId = 'e1') {
  const a = await storedAssessment(id);
  return a?.scores.find((s) => s.vendorId === vendorId && s.criterionId === criterionId && s.evaluatorId === evaluatorId);
}

describe('ScoringView', () => {
  it('renders criteria as rows under their categories, vendors as columns, with one tabbable cell', async () => {
    await open(example());
    const cells = within(grid()).getAllByRole('gridcell');
    expect(cells).toHaveLength(6);
    expect(cells.filter((c) => c.tabIndex === 0)).toHaveLength(1);
    expect(cells[0]).toHaveProperty('tabIndex', 0);
    expect(cells[0].getAttribute('aria-label')).toBe('Northwind Contact, Independent audits: 4, Exceeds expectations');
    expect(within(grid()).getByRole('rowheader', { name: /Independent audits.*Must-have ≥ 3/ })).toBeTruthy();
    expect(within(grid()).getByRole('columnheader', { name: /Northwind Contact.*1 of 3 criteria scored/ })).toBeTruthy();
    expect(within(grid()).getByRole('columnheader', { name: /Contoso CX.*0 of 3 criteria scored/ })).toBeTruthy();
    expect(grid().querySelectorAll('th[scope="rowgroup"]')).toHaveLength(2);
  });

  it('moves with the arrows (skipping category rows), stores a typed digit, clears it with Backspace', async () => {
    const session = await open(example());
    const start = cell(/^Northwind Contact, Independent audits/);
    start.focus();
    await fireEvent.keyDown(start, { key: 'ArrowRight' });
    const right = cell(/^Contoso CX, Independent audits/);
    expect(document.activeElement).toBe(right);
    await fireEvent.keyDown(right, { key: 'ArrowDown' });
    await fireEvent.keyDown(cell(/^Contoso CX, Encryption at rest/), { key: 'ArrowDown' });
    // From the last security criterion, ArrowDown lands on the first culture criterion, not on "Culture".
    const target = cell(/^Contoso CX, Cultural fit/);
    expect(document.activeElement).toBe(target);
    expect(target.tabIndex).toBe(0);
    expect(start.tabIndex).toBe(-1);

    await fireEvent.keyDown(target, { key: '3' });
    await vi.waitFor(async () => expect((await storedValue(session.id, 'contoso', 'fit'))?.value).toBe(3));
    await vi.waitFor(() => expect(cell(/^Contoso CX, Cultural fit: 3, Meets expectations$/).textContent).toContain('3'));
    expect(within(grid()).getByRole('columnheader', { name: /Contoso CX.*1 of 3 criteria scored/ })).toBeTruthy();

    await fireEvent.keyDown(document.activeElement!, { key: 'Backspace' });
    await vi.waitFor(async () => expect(await storedValue(session.id, 'contoso', 'fit')).toBeUndefined());
    await vi.waitFor(() => expect(cell(/^Contoso CX, Cultural fit: not scored$/)).toBeTruthy());
    expect(document.activeElement).toBe(cell(/^Contoso CX, Cultural fit/));
  });

  it('refuses a digit outside the scale with a visible message and keeps the stored value', async () => {
    const session = await open(example());
    const start = cell(/^Northwind Contact, Independent audits/);
    start.focus();
    await fireEvent.keyDown(start, { key: '8' });
    expect(await screen.findByText('8 is outside the scale 0–5.')).toBeTruthy();
    expect((await storedValue(session.id, 'northwind', 'audits'))?.value).toBe(4);
  });

  it('reads "1", "0" typed quickly as 10 on a 1..10 scale', async () => {
    const session = await open(example({ scale: { min: 1, max: 10 }, scores: [] }));
    const start = cell(/^Northwind Contact, Independent audits/);
    start.focus();
    await fireEvent.keyDown(start, { key: '1' });
    await fireEvent.keyDown(start, { key: '0' });
    await vi.waitFor(async () => expect((await storedValue(session.id, 'northwind', 'audits'))?.value).toBe(10));
    await vi.waitFor(() => expect(cell(/^Northwind Contact, Independent audits: 10, Outstanding$/)).toBeTruthy());
  });

  it('opens the note editor with Enter, saves the note and returns focus to the cell; Escape cancels', async () => {
    const session = await open(example());
    const start = cell(/^Northwind Contact, Independent audits/);
    start.focus();
    await fireEvent.keyDown(start, { key: 'Enter' });
    const dialog = await screen.findByRole('dialog', { name: 'Evidence note' });
    const textarea = within(dialog).getByRole('textbox');
    await fireEvent.input(textarea, { target: { value: 'SOC 2 Type II report, 2026' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Save note' }));
    await vi.waitFor(async () => expect((await storedValue(session.id, 'northwind', 'audits'))?.note).toBe('SOC 2 Type II report, 2026'));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(cell(/^Northwind Contact, Independent audits: 4, Exceeds expectations, has an evidence note$/)));

    await fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    const again = await screen.findByRole('dialog', { name: 'Evidence note' });
    expect(within(again).getByRole<HTMLTextAreaElement>('textbox').value).toBe('SOC 2 Type II report, 2026');
    await fireEvent.keyDown(within(again).getByRole('textbox'), { key: 'Escape' });
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('lets a mouse user score the selected cell from the info panel, which shows guidance and the rubric label', async () => {
    const session = await open(example());
    const encryption = cell(/^Northwind Contact, Encryption at rest/);
    await fireEvent.focusIn(encryption);
    const panel = screen.getByRole('complementary');
    expect(within(panel).getByText('AES-256 with customer-managed keys.')).toBeTruthy();
    await fireEvent.click(within(panel).getByRole('button', { name: '5, Outstanding' }));
    await vi.waitFor(async () => expect((await storedValue(session.id, 'northwind', 'encryption'))?.value).toBe(5));
    await vi.waitFor(() => expect(within(panel).getByText('Outstanding')).toBeTruthy());
  });

  it('shows consensus and flags disagreement with text when asked', async () => {
    await open(example());
    expect(grid().textContent).not.toContain('spread');
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Show consensus' }));
    const audits = cell(/^Northwind Contact, Independent audits: 4/);
    expect(audits.textContent).toContain('x̄ 2.5');
    expect(audits.textContent).toContain('⚠ spread 3');
    expect(audits.getAttribute('aria-label')).toContain('evaluators disagree: spread 3');
    expect(audits.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('follows "who is scoring now" and removes an evaluator after a confirmation naming their scores', async () => {
    const session = await open(example());
    const who = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Who is scoring now' });
    await fireEvent.change(who, { target: { value: 'e2' } });
    await vi.waitFor(() => expect(session.currentEvaluatorId).toBe('e2'));
    expect(cell(/^Contoso CX, Independent audits: 2, Below expectations$/)).toBeTruthy();

    const { confirmState } = await import('../state/confirm.svelte');
    await fireEvent.click(screen.getByRole('button', { name: 'Remove evaluator Ben Security' }));
    await vi.waitFor(() => expect(confirmState.request?.message).toContain('This deletes 2 scores by Ben Security'));
    confirmState.answer(true);
    await vi.waitFor(async () => expect((await storedAssessment(session.id))?.evaluators.map((e) => e.id)).toEqual(['e1']));
    expect(screen.getByRole('button', { name: 'Remove evaluator Ana Buyer' })).toHaveProperty('disabled', true);
  });

  it('adds an evaluator with a role', async () => {
    const session = await open(example());
    await fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Chloé Ops' } });
    await fireEvent.input(screen.getByRole('textbox', { name: /Role/ }), { target: { value: 'Operations' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add evaluator' }));
    await vi.waitFor(async () =>
      expect((await storedAssessment(session.id))?.evaluators.find((e) => e.name === 'Chloé Ops')).toMatchObject({ role: 'Operations' }),
    );
  });

  it('says what to do when there are no vendors or no criteria', async () => {
    await open(example({ id: 'no-vendors', vendors: [], scores: [] }));
    expect(screen.getByRole('heading', { name: 'Add vendors first' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add vendors' }).getAttribute('href')).toBe('#/a/no-vendors/vendors');
    cleanup();
    await open(example({ id: 'no-criteria', categories: [], scores: [] }));
    expect(screen.getByRole('link', { name: 'Open the checklist' }).getAttribute('href')).toBe('#/a/no-criteria/checklist');
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('tells the evaluator a package was sent to what to score and how to send it back, and nobody else', async () => {
    await open(evaluatorPackageAssessment(workedExample(), 'ben'));
    const help = screen.getByRole('region', { name: 'You were sent this file to score as Ben (CX)' });
    const text = (help.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('type a number from 0 to 5');
    expect(text).toContain('press Export JSON at the top of the page and send the saved file back');
    expect(screen.getByRole('heading', { name: 'Scores by Ben (CX)' })).toBeTruthy();
    cleanup();
    await open(example());
    expect(screen.queryByRole('region', { name: /You were sent this file/ })).toBeNull();
  });
});
